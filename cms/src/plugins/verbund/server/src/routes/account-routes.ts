import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/** Strapi's default email provider needs a local mail server and DNS; only a configured provider (SMTP_HOST) sends. */
const DEFAULT_EMAIL_PROVIDER = 'sendmail';

const NOT_SET_UP =
  'Passwort-Zurücksetzen ist nicht eingerichtet: Der CMS-Server hat keinen E-Mail-Versand (SMTP_HOST). Bitte wenden Sie sich an die Verbundkoordination.';
const NOT_SENT =
  'Die E-Mail zum Zurücksetzen des Passworts konnte nicht versendet werden. Bitte versuchen Sie es später erneut oder wenden Sie sich an die Verbundkoordination.';
const NO_REGISTRATION = 'Selbstregistrierung ist abgeschaltet: Zugänge zum Kennzahlen-Dashboard legt die Verbundkoordination an.';

/** A 503 in the shape of Strapi's error answers: the server cannot do this now, the request was fine. */
const unavailable = (ctx: any, message: string) => {
  ctx.status = 503;
  ctx.body = { data: null, error: { status: 503, name: 'ServiceUnavailableError', message, details: {} } };
};

const forgotPassword = (strapi: Core.Strapi) => async (ctx: any, next: () => Promise<unknown>) => {
  // Answered for every address alike, so the reply never tells whether an account exists.
  if (strapi.config.get('plugin::email.provider') === DEFAULT_EMAIL_PROVIDER) return unavailable(ctx, NOT_SET_UP);
  try {
    return await next();
  } catch (error) {
    if (error instanceof errors.ApplicationError) throw error;
    strapi.log.error(`[verbund] password reset email not sent: ${(error as Error).message}`);
    return unavailable(ctx, NOT_SENT);
  }
};

const register = (strapi: Core.Strapi) => async (_ctx: unknown, next: () => Promise<unknown>) => {
  const advanced = (await strapi.store({ type: 'plugin', name: 'users-permissions' }).get({ key: 'advanced' })) as { allow_register?: boolean } | null;
  // PolicyError keeps the German message: Strapi's route wrapper turns a ForbiddenError into a bare "Forbidden".
  if (!advanced?.allow_register) throw new errors.PolicyError(NO_REGISTRATION);
  return next();
};

const GUARDS: Record<string, (strapi: Core.Strapi) => (ctx: any, next: () => Promise<unknown>) => Promise<unknown>> = {
  'POST /auth/forgot-password': forgotPassword,
  'POST /auth/local/register': register,
};

/**
 * German answers on users-permissions' account routes where Strapi's own are English or a 500:
 * a password reset without email delivery, and self-registration, which the platform switches off
 * (services/accounts). Routes are mounted after the register phase, so they are amended here.
 */
export const guardAccountRoutes = (strapi: Core.Strapi) => {
  const routers = strapi.plugin('users-permissions').routes as unknown as Record<string, { routes: any[] }>;
  const routes = routers['content-api'].routes;
  for (const route of routes) {
    const guard = GUARDS[`${route.method} ${route.path}`];
    if (guard) route.config = { ...route.config, middlewares: [...(route.config?.middlewares ?? []), guard(strapi)] };
  }
};
