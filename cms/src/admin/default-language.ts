/**
 * Strapi's admin starts in English unless the browser has stored a language
 * (StrapiApp.render: localStorage['strapi-admin-language'] || 'en'); there is no setting for the
 * default. Storing German before the first render makes it the default, and a language a user
 * picked later (stored under the same key by the language menu) is left alone.
 */
const LANGUAGE_KEY = 'strapi-admin-language';

export const preferGerman = () => {
  if (window.localStorage.getItem(LANGUAGE_KEY) === null) window.localStorage.setItem(LANGUAGE_KEY, 'de');
};
