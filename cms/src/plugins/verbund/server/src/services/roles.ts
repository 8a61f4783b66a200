import type { Core } from '@strapi/strapi';
import { uidOf, type TypeName } from '../constants';
import { PUBLIC_TYPES } from './public-types';
import { adminRoleService, contentTypePermissionService, type AdminPermission } from '../utils/strapi-services';
import { AUDIT_READ_ACTION } from '../audit/permissions';

type CrudAction = 'create' | 'read' | 'update' | 'delete' | 'publish';
type Grants = Partial<Record<TypeName, CrudAction[]>>;

const FULL: CrudAction[] = ['create', 'read', 'update', 'delete', 'publish'];
const EDIT: CrudAction[] = ['create', 'read', 'update', 'delete'];
const READ: CrudAction[] = ['read'];

const MEDIA_LIBRARY = [
  'plugin::upload.read',
  'plugin::upload.configure-view',
  'plugin::upload.assets.create',
  'plugin::upload.assets.update',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
];

export interface AdminRoleDefinition {
  code: string;
  name: string;
  description: string;
  grants: Grants;
  pluginActions: string[];
}

export const ADMIN_ROLES: AdminRoleDefinition[] = [
  {
    code: 'verbund-kommunikation',
    name: 'Kommunikation',
    description: 'Pressemitteilungen, Veranstaltungen, Kontakte und Medien pflegen und veröffentlichen; Organisationen lesen.',
    grants: { 'press-release': FULL, event: FULL, contact: EDIT, 'site-settings': ['create', 'read', 'update'], organisation: READ, 'working-group': READ },
    pluginActions: MEDIA_LIBRARY,
  },
  {
    code: 'verbund-koordination',
    name: 'Koordination',
    description:
      'Angebote, Durchführungen, Organisationen und Arbeitskreise pflegen und veröffentlichen; Beratungen, Bedarfe, Teilnahmen und Zielwerte erfassen; Pressemitteilungen und Veranstaltungen lesen.',
    grants: {
      'course-offer': FULL,
      'course-run': FULL,
      organisation: EDIT,
      'working-group': EDIT,
      consultation: EDIT,
      'training-need': EDIT,
      'event-participation': EDIT,
      'course-participation': EDIT,
      'indicator-target': EDIT,
      'funding-project': ['create', 'read', 'update'],
      'press-release': READ,
      event: READ,
      contact: READ,
    },
    // The audit trail: who changed which partner, consultation or target, for the funder's reports.
    pluginActions: ['plugin::upload.read', AUDIT_READ_ACTION],
  },
];

export const STEUERKREIS_ROLE = { type: 'steuerkreis', name: 'Steuerkreis', description: 'Mitglieder des Steuerkreises: lesen das Kennzahlen-Dashboard.' };

/** Content-API actions of the plugin that each users-permissions role gets. */
const publicReadActions = () => [
  ...Object.entries(PUBLIC_TYPES).flatMap(([routeKey, view]) =>
    view.kind === 'single' ? [`plugin::verbund.${routeKey}.find`] : [`plugin::verbund.${routeKey}.find`, `plugin::verbund.${routeKey}.findOne`]
  ),
  'plugin::verbund.search.find',
];

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  adminPermissions(role: AdminRoleDefinition) {
    const actions = Object.entries(role.grants).flatMap(([type, crud]) =>
      crud!.map((action) => ({
        actionId: `plugin::content-manager.explorer.${action}`,
        subjects: [uidOf(type as TypeName)],
        options: { applyToProperties: action === 'delete' || action === 'publish' ? [] : ['fields'] },
      }))
    );
    const contentPermissions = contentTypePermissionService(strapi).getPermissionsWithNestedFields(actions);
    const pluginPermissions: AdminPermission[] = role.pluginActions.map((action) => ({ action, subject: null, properties: {}, conditions: [] }));
    return [...contentPermissions, ...pluginPermissions];
  },

  /** Creates the two editorial admin roles when missing and (re)sets their permissions: safe to run on every start. */
  async ensureAdminRoles() {
    const roleService = adminRoleService(strapi);
    // The admin creates its default roles (Super Admin among them) only while no role exists at all.
    await roleService.createRolesIfNoneExist();
    const ids: Record<string, number> = {};
    for (const role of ADMIN_ROLES) {
      const existing = await strapi.db.query('admin::role').findOne({ where: { code: role.code } });
      const saved = existing ?? (await roleService.create({ name: role.name, code: role.code, description: role.description }));
      await roleService.assignPermissions(saved.id, this.adminPermissions(role));
      ids[role.code] = saved.id;
    }
    return ids;
  },

  async ensureUsersPermissionsRoles() {
    const roles = strapi.db.query('plugin::users-permissions.role');
    let steuerkreis = await roles.findOne({ where: { type: STEUERKREIS_ROLE.type } });
    if (!steuerkreis) steuerkreis = await roles.create({ data: STEUERKREIS_ROLE });
    const publicRole = await roles.findOne({ where: { type: 'public' } });
    const authenticated = await roles.findOne({ where: { type: 'authenticated' } });
    if (!publicRole || !authenticated) {
      throw new Error('[verbund] users-permissions has not created its roles yet: list it before verbund in config/plugins');
    }
    const grants: Array<[{ id: number }, string[]]> = [
      [publicRole, publicReadActions()],
      [authenticated, publicReadActions()],
      [steuerkreis, [...publicReadActions(), 'plugin::users-permissions.user.me', 'plugin::verbund.session.me']],
    ];
    const permissions = strapi.db.query('plugin::users-permissions.permission');
    for (const [role, actions] of grants) {
      for (const action of actions) {
        if (!(await permissions.findOne({ where: { action, role: role.id } }))) {
          await permissions.create({ data: { action, role: role.id } });
        }
      }
    }
    return { steuerkreis: steuerkreis.id as number };
  },
});
