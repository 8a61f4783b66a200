import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/**
 * Who the caller is, for the analytics service's dashboard login. Only the Steuerkreis role is
 * granted this route, so Strapi itself answers 403 for every other role and 401 for a bad JWT;
 * users-permissions' own `/users/me` cannot serve here because it strips the role from its answer.
 * A full-access API token also passes Strapi's check but is nobody's login: no user, no session.
 * PolicyError, not ForbiddenError: Strapi's route wrapper replaces a ForbiddenError's message with "Forbidden".
 */
export default (_deps: { strapi: Core.Strapi }) => ({
  async me(ctx: any) {
    if (!ctx.state.user) {
      throw new errors.PolicyError('Ein API-Token ist keine Anmeldung: Die Sitzung gibt es nur für angemeldete Mitglieder des Steuerkreises.');
    }
    const { username, email, role } = ctx.state.user as { username: string; email: string; role: { type: string; name: string } };
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { username, email, role: { type: role.type, name: role.name } };
  },
});
