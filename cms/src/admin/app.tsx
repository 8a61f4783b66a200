import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    // German is the working language of the network's staff; English stays as fallback.
    locales: ['de'],
    notifications: { releases: false },
    tutorials: false,
  },
  bootstrap(_app: StrapiApp) {},
};
