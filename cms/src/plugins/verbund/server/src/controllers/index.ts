import exportController from './export';
import preview from './preview';
import { publicControllers } from './public-content';
import session from './session';

export default { ...publicControllers, export: exportController, preview, session };
