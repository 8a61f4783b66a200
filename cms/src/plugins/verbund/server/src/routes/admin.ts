import { AUDIT_READ_ACTION } from '../audit/permissions';

/** Only admins holding the trail's read permission (Super Admin, Koordination); no route writes an entry. */
const READ_AUDIT = {
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [AUDIT_READ_ACTION] } }],
};

/** The plugin's admin API, under `/verbund/…` next to the admin's own routes. */
export default {
  type: 'admin',
  routes: [
    { method: 'GET', path: '/audit-log', handler: 'audit-log.find', config: READ_AUDIT },
    { method: 'GET', path: '/audit-log.csv', handler: 'audit-log.exportCsv', config: READ_AUDIT },
  ],
};
