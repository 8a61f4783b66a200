import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    // German is the working language of the network's staff; English stays as fallback.
    locales: ['de'],
    notifications: { releases: false },
    tutorials: false,
    translations: {
      de: {
        // A press release under embargo answers "publish" with its saved, scheduled draft (see the
        // plugin's embargo guard); the admin's one success text must not claim it is public.
        'content-manager.success.record.publish':
          'Gespeichert. Veröffentlicht – oder, bei einer Pressemitteilung mit Sperrfrist, als Entwurf vorgemerkt für das Ende der Sperrfrist.',
      },
    },
  },
  bootstrap(_app: StrapiApp) {},
};
