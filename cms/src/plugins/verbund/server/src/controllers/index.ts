import exportController from './export';
import { publicControllers } from './public-content';
import session from './session';

export default { ...publicControllers, export: exportController, session };
