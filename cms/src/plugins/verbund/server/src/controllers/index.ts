import auditEntries from './audit-entries';
import auditLog from './audit-log';
import exportController from './export';
import preview from './preview';
import { publicControllers } from './public-content';
import reportVersions from './report-versions';
import search from './search';
import session from './session';

export default { ...publicControllers, 'audit-entries': auditEntries, 'audit-log': auditLog, export: exportController, preview, 'report-versions': reportVersions, search, session };
