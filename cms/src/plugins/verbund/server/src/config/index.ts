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
  /** How often (ms) each instance looks at the shared change counter; bounds how late another instance's change shows. */
  changePollMs: number;
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
    changePollMs: 1000,
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
  },
};
