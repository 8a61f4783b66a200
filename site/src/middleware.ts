import { defineMiddleware } from 'astro:middleware';
import { siteSettings, type SiteSettings } from './lib/cms';

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

/** The CMS admin shows the preview of a draft in a frame; only the CMS may frame it. */
const cmsOrigin = () => new URL(process.env.CMS_URL ?? 'http://127.0.0.1:1337').origin;

export const onRequest = defineMiddleware(async (context, next) => {
  // Asked on first use, then shared by the page and its layout: one CMS round trip, not one each.
  let settings: Promise<SiteSettings | null> | undefined;
  context.locals.siteSettings = () => (settings ??= siteSettings());
  const response = await next();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  response.headers.delete('set-cookie');
  if (context.locals.preview) {
    const csp = SECURITY_HEADERS['content-security-policy'].replace("frame-ancestors 'none'", `frame-ancestors ${cmsOrigin()}`);
    response.headers.set('content-security-policy', csp);
    // A draft: never kept, never indexed.
    response.headers.set('cache-control', 'no-store');
    response.headers.set('x-robots-tag', 'noindex, nofollow');
  }
  return response;
});
