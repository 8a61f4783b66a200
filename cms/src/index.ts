import type { Core } from '@strapi/strapi';
import { demoRequested } from './demo/demo-requested';
import { seedDemo } from './demo/seed';

export default {
  register() {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const { seed, reason } = demoRequested(process.env);
    if (reason) strapi.log.warn(`[demo] ${reason}`);
    if (seed) await seedDemo(strapi, { scale: Number(process.env.VERBUND_DEMO_SCALE ?? 1) });
  },
};
