import exportController from './export';
import { publicControllers } from './public-content';
import search from './search';
import session from './session';

export default { ...publicControllers, export: exportController, search, session };
