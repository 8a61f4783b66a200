export interface VerbundConfig {
  /** Cron rule (with seconds) of the embargo task that publishes press releases whose embargo ended. */
  embargoCronRule: string;
  /** Where the bootstrap writes the analytics export token; empty disables writing it. */
  analyticsTokenFile: string;
  /** Base URL of the analytics service that receives the refresh webhook; empty disables the webhook. */
  analyticsUrl: string;
  /** Shared secret the webhook sends as bearer token. */
  analyticsWebhookSecret: string;
  /** Page of the dashboard where a Steuerkreis member sets a new password; the reset email links to it with `?code=`. Empty keeps the stored setting. */
  passwordResetUrl: string;
  /** Rows per database page while streaming the export. */
  exportPageSize: number;
  /** Base URL of the public site; with `previewSecret` it turns on the admin's preview of drafts. */
  siteUrl: string;
  /** Shared with the site: its preview page fetches drafts with it. Empty: no preview. */
  previewSecret: string;
  /** How often (ms) each instance looks at the shared change counter; bounds how late another instance's change shows. */
  changePollMs: number;
  /** How many years the audit trail keeps an entry; a daily clean-up deletes older ones. */
  auditRetentionYears: number;
}

const isNonEmptyString = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

export default {
  default: (): VerbundConfig => ({
    embargoCronRule: '*/30 * * * * *',
    analyticsTokenFile: '',
    analyticsUrl: '',
    analyticsWebhookSecret: '',
    passwordResetUrl: '',
    exportPageSize: 500,
    siteUrl: '',
    previewSecret: '',
    changePollMs: 1000,
    auditRetentionYears: 10,
  }),
  validator(config: VerbundConfig) {
    if (!isNonEmptyString(config.embargoCronRule)) {
      throw new Error('verbund: embargoCronRule must be a non-empty cron rule');
    }
    if (!Number.isInteger(config.exportPageSize) || config.exportPageSize < 1) {
      throw new Error('verbund: exportPageSize must be a positive integer');
    }
    if (!Number.isInteger(config.changePollMs) || config.changePollMs < 50) {
      throw new Error('verbund: changePollMs must be an integer of at least 50');
    }
    // Records must be kept five years after the final report; less would lose the trail behind it.
    if (!Number.isInteger(config.auditRetentionYears) || config.auditRetentionYears < 1 || config.auditRetentionYears > 100) {
      throw new Error('verbund: auditRetentionYears must be an integer from 1 to 100');
    }
  },
};
