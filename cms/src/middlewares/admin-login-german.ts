/**
 * The admin's login page shows the message of a failed POST /admin/login as it comes, untranslated
 * (admin's pages/Auth/components/Login), and Strapi answers in English. This middleware, inside
 * `strapi::errors`, gives the two answers a user meets there German wording; "User not active"
 * stays, because the login page recognises that one by its text and opens its own German page.
 */
import type { Core } from '@strapi/strapi';

const GERMAN_MESSAGES: Record<string, string> = {
  'Invalid credentials': 'E-Mail-Adresse oder Passwort ist falsch.',
  // RateLimitError's default message; the admin allows five attempts per five minutes.
  'Too many requests, please try again later.': 'Zu viele Anmeldeversuche. Bitte versuchen Sie es in einigen Minuten erneut.',
};

export default (_config: unknown, _context: { strapi: Core.Strapi }) =>
  async (ctx: { method: string; path: string }, next: () => Promise<void>) => {
    if (ctx.method !== 'POST' || ctx.path !== '/admin/login') return next();
    try {
      await next();
    } catch (error) {
      if (error instanceof Error && error.message in GERMAN_MESSAGES) error.message = GERMAN_MESSAGES[error.message];
      throw error;
    }
  };
