import exportController from './export';
import preview from './preview';
import { publicControllers } from './public-content';
import search from './search';
import session from './session';

export default { ...publicControllers, export: exportController, preview, search, session };
