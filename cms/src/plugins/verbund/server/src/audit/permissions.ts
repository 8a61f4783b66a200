import type { AdminAction } from '../utils/strapi-services';
import { PLUGIN_ID } from '../constants';

/** The admin permission that opens the trail (page, API, CSV); granted to Koordination in services/roles.ts. */
export const AUDIT_READ_ACTION = `plugin::${PLUGIN_ID}.audit-log.read`;

export const AUDIT_PERMISSIONS: AdminAction[] = [
  { section: 'plugins', displayName: 'Änderungsprotokoll lesen', uid: 'audit-log.read', pluginName: PLUGIN_ID },
];
