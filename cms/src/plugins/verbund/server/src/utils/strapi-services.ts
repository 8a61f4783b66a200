import type { Core } from '@strapi/strapi';

// Strapi's own services the plugin calls, typed by the parts it uses: Strapi types
// `strapi.service(...)` by the app's generated registry, which does not name its internals.

export interface ApiToken {
  id: number;
  name: string;
  type: 'read-only' | 'full-access' | 'custom';
  expiresAt: string | null;
}

interface ApiTokenService {
  hash(accessKey: string): string;
  getByAccessKey(hash: string): Promise<ApiToken | null>;
  create(token: { name: string; description: string; type: ApiToken['type']; lifespan: number | null }): Promise<ApiToken & { accessKey: string }>;
  regenerate(id: number): Promise<ApiToken & { accessKey: string }>;
}

export const apiTokenService = (strapi: Core.Strapi) => strapi.service('admin::api-token-content-api') as unknown as ApiTokenService;

export interface Webhook {
  name: string;
  url: string;
  headers: Record<string, string>;
  events: string[];
  isEnabled: boolean;
}

interface WebhookStore {
  findWebhooks(): Promise<(Webhook & { id: string })[]>;
  createWebhook(webhook: Webhook): Promise<unknown>;
  updateWebhook(id: string, webhook: Webhook): Promise<unknown>;
}

export const webhookStore = (strapi: Core.Strapi) => strapi.get('webhookStore') as WebhookStore;

interface FieldMetadata {
  edit: { visible?: boolean; [key: string]: unknown };
  list: Record<string, unknown>;
}

/** The content manager's stored view configuration of a content type or component. */
export interface ViewConfiguration {
  settings: Record<string, unknown>;
  metadatas: Record<string, FieldMetadata>;
  layouts: { list: string[]; edit: unknown };
}

interface ConfigurationService {
  findConfiguration(target: { uid: string }): Promise<ViewConfiguration>;
  updateConfiguration(target: { uid: string }, configuration: ViewConfiguration): Promise<unknown>;
}

export const contentManagerService = (strapi: Core.Strapi, name: 'content-types' | 'components') =>
  strapi.plugin('content-manager').service(name) as ConfigurationService;

/** An admin permission as roles store it. */
export interface AdminPermission {
  action: string;
  subject: string | null;
  properties: Record<string, unknown>;
  conditions: string[];
}

interface AdminRoleService {
  createRolesIfNoneExist(): Promise<void>;
  create(role: { name: string; code: string; description: string }): Promise<{ id: number }>;
  assignPermissions(roleId: number, permissions: AdminPermission[]): Promise<unknown>;
}

export const adminRoleService = (strapi: Core.Strapi) => strapi.service('admin::role') as unknown as AdminRoleService;

interface ContentTypePermissionService {
  /** Expands content-manager actions on types into one permission per action with the types' fields. */
  getPermissionsWithNestedFields(
    actions: { actionId: string; subjects: string[]; options: { applyToProperties: string[] } }[],
  ): AdminPermission[];
}

export const contentTypePermissionService = (strapi: Core.Strapi) =>
  strapi.service('admin::content-type') as unknown as ContentTypePermissionService;

/** An admin action a plugin adds (shown in the role editor under its section). */
export interface AdminAction {
  section: 'plugins' | 'settings';
  displayName: string;
  uid: string;
  pluginName: string;
}

export const adminActionProvider = (strapi: Core.Strapi) =>
  (strapi.service('admin::permission') as unknown as { actionProvider: { registerMany(actions: AdminAction[]): Promise<void> } }).actionProvider;
