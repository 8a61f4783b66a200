import type { Core } from '@strapi/strapi';
import type { VerbundConfig } from './config';
import { getService } from './utils/get-service';
import { trackOtherChanges } from './middlewares/track-changes';

export const EMBARGO_CRON_JOB = 'verbund-embargo';
export const AUDIT_RETENTION_CRON_JOB = 'verbund-audit-retention';
/** Every night at 03:17: the trail's retention clean-up (a quiet hour, off the full hour other jobs take). */
const AUDIT_RETENTION_RULE = '0 17 3 * * *';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  const config = strapi.config.get('plugin::verbund') as VerbundConfig;
  const service = <Name extends Parameters<typeof getService>[1]>(name: Name) => getService(strapi, name);

  await service('roles').ensureAdminRoles();
  await service('roles').ensureUsersPermissionsRoles();
  await service('accounts').applyDefaults(config);
  await service('admin-layout').apply();
  // Records written before their display name existed get one.
  await service('display-name').fillMissing();
  await service('analytics-link').ensureExportToken(config);
  await service('analytics-link').ensureRefreshWebhook(config);

  strapi.cron.add({
    [EMBARGO_CRON_JOB]: {
      task: () => service('embargo').publishDue(),
      options: { rule: config.embargoCronRule },
    },
  });
  strapi.cron.add({
    [AUDIT_RETENTION_CRON_JOB]: {
      task: () => service('audit').purgeOlderThan(config.auditRetentionYears),
      options: { rule: AUDIT_RETENTION_RULE, tz: 'Europe/Berlin' },
    },
  });
  await service('embargo').adoptLegacySchedule();
  // Publications that fell due while the server was down go out now, not at the next tick.
  await service('embargo').publishDue();

  // The public cache follows changes made on other instances by polling the shared counter.
  await service('public-cache').ensureCounter();
  service('public-cache').startPolling(config.changePollMs);
  trackOtherChanges(strapi);
  await service('search').ensureFresh();
};

export default bootstrap;
