import type { Core } from '@strapi/strapi';
import { EMBARGO_CRON_JOB } from './bootstrap';

const destroy = ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.cron.remove(EMBARGO_CRON_JOB);
};

export default destroy;
