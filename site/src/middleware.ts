import { defineMiddleware } from 'astro:middleware';

/**
 * Everything comes from the site itself: no script runs (JSON-LD is data, not script), no
 * third-party request, no framing; no cookie is ever set.
 */
const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'",
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'permissions-policy': 'interest-cohort=()',
};

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  response.headers.delete('set-cookie');
  return response;
});
