export default ({ env }) => ({
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  app: { keys: env.array('APP_KEYS') },
  // The analytics service forwards dashboard logins and names the browser in X-Forwarded-For, so
  // that the login rate limit applies per person. Strapi listens on 127.0.0.1: only this machine's
  // processes (analytics, a reverse proxy) can set the header, and maxIpsCount 1 reads the address
  // the nearest of them wrote. Exposing Strapi directly (HOST=0.0.0.0) needs CMS_TRUST_PROXY=false.
  proxy: { koa: env.bool('CMS_TRUST_PROXY', true), maxIpsCount: 1 },
  cron: { enabled: true },
  // No internet on the machines this runs on: the daily update check would only time out.
  logger: { updates: { enabled: false }, startup: { enabled: env.bool('STRAPI_STARTUP_LOG', true) } },
});
