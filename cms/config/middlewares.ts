export default [
  'strapi::logger',
  'strapi::errors',
  // German text for failed admin logins (see the file for why it sits inside strapi::errors).
  'global::admin-login-german',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
