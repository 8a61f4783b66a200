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
