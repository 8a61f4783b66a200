import type { Core } from '@strapi/strapi';
import { AUDIT_RETENTION_CRON_JOB, EMBARGO_CRON_JOB } from './bootstrap';
import { getService } from './utils/get-service';

const destroy = ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.cron.remove(EMBARGO_CRON_JOB);
  strapi.cron.remove(AUDIT_RETENTION_CRON_JOB);
  getService(strapi, 'public-cache').stopPolling();
};

export default destroy;
