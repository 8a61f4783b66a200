import type { Core } from '@strapi/strapi';
import { EMBARGO_CRON_JOB } from './bootstrap';

const destroy = ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.cron.remove(EMBARGO_CRON_JOB);
  strapi.plugin('verbund').service('public-cache').stopPolling();
};

export default destroy;
