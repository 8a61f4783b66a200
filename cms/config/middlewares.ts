export default ({ env }) => {
  // The admin panel's own origin, the dashboard and the public site; anything else gets no CORS
  // headers (Strapi's default reflects every origin, with credentials).
  const adminOrigin = env('PUBLIC_URL', '') ? new URL(env('PUBLIC_URL')).origin : `http://${env('HOST', '127.0.0.1')}:${env.int('PORT', 1337)}`;
  // Comma-separated; unset or empty means the local dashboard (4000) and site (4321).
  const origins = env('CORS_ORIGINS', '') ? env.array('CORS_ORIGINS').filter(Boolean) : ['http://127.0.0.1:4000', 'http://127.0.0.1:4321'];
  return [
    'strapi::logger',
    'strapi::errors',
    // German text for failed admin logins (see the file for why it sits inside strapi::errors).
    'global::admin-login-german',
    'strapi::security',
    { name: 'strapi::cors', config: { origin: [...new Set([adminOrigin, ...origins])] } },
    'strapi::poweredBy',
    // Repeated anonymous GETs of the public API from memory, before routing and authentication;
    // only answers the public routes produced and kept (see the file).
    'plugin::verbund.anonymous-cache',
    'strapi::query',
    // German messages for bodies the parser refuses (too large, no JSON); must come right before strapi::body.
    'plugin::verbund.request-body',
    'strapi::body',
    'strapi::session',
    'strapi::favicon',
    'strapi::public',
  ];
};
