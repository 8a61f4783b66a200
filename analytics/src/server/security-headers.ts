import type { ServerResponse } from 'node:http';

/**
 * The dashboard is a Vite build served from this origin: one script and one stylesheet file, no
 * inline script or <style>, no url() in the CSS; React, Tremor and recharts set styles through
 * the DOM's style object, which CSP does not restrict (checked in the build: no
 * setAttribute('style'), no injected <style>). It talks to /api on the same origin only. So
 * everything is 'self', without 'unsafe-inline'. Nobody may frame it (clickjacking on the login).
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  // Report and API URLs carry periods and indicator ids; no other site needs to learn them.
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
};

/** Set before anything else is written, so every answer (file, JSON, error, 404) carries them. */
export function setSecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}
