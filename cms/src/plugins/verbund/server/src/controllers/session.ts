import type { Core } from '@strapi/strapi';

/**
 * Who the caller is, for the analytics service's dashboard login. Only the Steuerkreis role is
 * granted this route, so Strapi itself answers 403 for every other role and 401 for a bad JWT;
 * users-permissions' own `/users/me` cannot serve here because it strips the role from its answer.
 */
export default (_deps: { strapi: Core.Strapi }) => ({
  async me(ctx: any) {
    const { username, email, role } = ctx.state.user as { username: string; email: string; role: { type: string; name: string } };
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { username, email, role: { type: role.type, name: role.name } };
  },
});
