import type { Core } from '@strapi/strapi';
import { parseSearchQuery } from '../services/search-query';

/** `GET /api/verbund/search`: the public course search (services/search.ts). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: { query: Record<string, unknown>; body: unknown }) {
    ctx.body = await strapi.plugin('verbund').service('search').search(parseSearchQuery(ctx.query));
  },
});
