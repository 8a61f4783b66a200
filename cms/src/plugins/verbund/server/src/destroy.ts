import type { Core } from '@strapi/strapi';
import { EMBARGO_CRON_JOB } from './bootstrap';
import { getService } from './utils/get-service';

const destroy = ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.cron.remove(EMBARGO_CRON_JOB);
  getService(strapi, 'public-cache').stopPolling();
};

export default destroy;
