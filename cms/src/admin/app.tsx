import type { StrapiApp } from '@strapi/strapi/admin';
import { preferGerman } from './default-language';
import { showEnumerationLabels } from './enumeration-labels';
import { registerCustomFields, registerEnumSelect } from './fields';
import { dismissMediaLibraryBanner } from './media-library-banner';
import { adminTranslations, GERMAN, UNLISTED } from './translations/de';

export default {
  config: {
    // German is the working language of the network's staff; English stays as fallback.
    locales: ['de'],
    translations: { de: { ...adminTranslations(GERMAN), ...UNLISTED } },
    notifications: { releases: false },
    tutorials: false,
  },
  // Runs before the admin's first render, which reads the stored language and creates the store.
  register(app: StrapiApp) {
    preferGerman();
    app.addMiddlewares([dismissMediaLibraryBanner]);
    registerCustomFields(app);
    registerEnumSelect(app);
  },
  // The content manager's hooks exist once every plugin has registered.
  bootstrap(app: StrapiApp) {
    showEnumerationLabels(app);
  },
};
