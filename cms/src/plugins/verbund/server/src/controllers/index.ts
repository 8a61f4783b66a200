import exportController from './export';
import { publicControllers } from './public-content';

export default { ...publicControllers, export: exportController };
