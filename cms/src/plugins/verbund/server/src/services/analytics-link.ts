import { existsSync, readFileSync } from 'node:fs';
import type { Core } from '@strapi/strapi';
import { writeFileAtomic } from '@verbund/domain/atomic-write';
import { ANALYTICS_TOKEN_NAME, ANALYTICS_WEBHOOK_NAME } from '../constants';
import type { VerbundConfig } from '../config';
import { apiTokenService, webhookStore, type Webhook } from '../utils/strapi-services';

const WEBHOOK_EVENTS = ['entry.create', 'entry.update', 'entry.delete', 'entry.publish', 'entry.unpublish'];

/** Connects the CMS to the analytics service: the read-only export token and the refresh webhook. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * The token's plain key is only known when it is created or regenerated, so it is handed over
   * through a file that the start script passes on to the analytics service.
   */
  async ensureExportToken(config: VerbundConfig) {
    const apiTokens = apiTokenService(strapi);
    const existing = await strapi.db.query('admin::api-token').findOne({ where: { name: ANALYTICS_TOKEN_NAME } });
    const file = config.analyticsTokenFile;
    const fileHoldsKey = file && existsSync(file) && readFileSync(file, 'utf8').trim().length > 0;
    if (existing && (!file || fileHoldsKey)) return;
    const created = existing
      ? await apiTokens.regenerate(existing.id)
      : await apiTokens.create({
          name: ANALYTICS_TOKEN_NAME,
          description: 'Nur-Lese-Zugang der Kennzahlen-Auswertung zum Datenexport (/api/verbund/export).',
          type: 'read-only',
          lifespan: null,
        });
    if (file) {
      await writeFileAtomic(file, `${created.accessKey}\n`, { mode: 0o600 });
      strapi.log.info(`[verbund] analytics export token written to ${file}`);
    }
  },

  async ensureRefreshWebhook(config: VerbundConfig) {
    if (!config.analyticsUrl) return;
    const store = webhookStore(strapi);
    const webhook: Webhook = {
      name: ANALYTICS_WEBHOOK_NAME,
      url: `${config.analyticsUrl.replace(/\/$/, '')}/api/refresh`,
      headers: config.analyticsWebhookSecret ? { Authorization: `Bearer ${config.analyticsWebhookSecret}` } : {},
      events: WEBHOOK_EVENTS,
      isEnabled: true,
    };
    const existing = (await store.findWebhooks()).find((candidate) => candidate.name === ANALYTICS_WEBHOOK_NAME);
    if (existing) await store.updateWebhook(existing.id, webhook);
    else await store.createWebhook(webhook);
    // Only the store: Strapi's webhooks provider bootstraps after the plugins and hands every stored
    // webhook to the runner. Registering it here as well made every change POST twice.
  },
});
