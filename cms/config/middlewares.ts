export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // German messages for bodies the parser refuses (too large, no JSON); must come right before strapi::body.
  'plugin::verbund.request-body',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
