import type { Core } from '@strapi/strapi';
import { PUBLIC_TYPES, type PublicType } from '../services/public-types';
import { publicFilters, publicPagination, publicPopulate, publicSort } from '../services/public-query';
import { schemaOf } from '../utils/schema';

type Context = {
  query: Record<string, unknown>;
  params: Record<string, string>;
  body: unknown;
  notFound: (message?: string) => void;
};

/**
 * The public read API. Every request is answered from published versions only (`status` in the
 * query is ignored on purpose: Strapi's own API would return drafts for `?status=draft`).
 */
const publicContent = ({ strapi }: { strapi: Core.Strapi }) => {
  const documents = (view: PublicType) => strapi.documents(view.uid as never) as any;

  const find = (routeKey: string) => async (ctx: Context) => {
    const view = PUBLIC_TYPES[routeKey];
    const now = new Date();
    const populate = publicPopulate(view, ctx.query.populate);
    if (view.kind === 'single') {
      const [entry] = await documents(view).findMany({ status: 'published', fields: view.fields, populate, limit: 1 });
      if (!entry) return ctx.notFound('Noch nicht angelegt.');
      ctx.body = { data: entry, meta: {} };
      return;
    }
    const { attributes } = schemaOf(strapi, view.uid);
    const filters = publicFilters(view, attributes, ctx.query.filters, now);
    const { page, pageSize } = publicPagination(ctx.query.pagination);
    const [data, total] = await Promise.all([
      documents(view).findMany({
        status: 'published',
        fields: view.fields,
        populate,
        filters,
        sort: publicSort(view, attributes, ctx.query.sort),
        limit: pageSize,
        start: (page - 1) * pageSize,
      }),
      documents(view).count({ status: 'published', filters }),
    ]);
    ctx.body = { data, meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } } };
  };

  const findOne = (routeKey: string) => async (ctx: Context) => {
    const view = PUBLIC_TYPES[routeKey];
    const { id } = ctx.params;
    const byIdOrSlug = view.fields.includes('slug') ? { $or: [{ documentId: id }, { slug: id }] } : { documentId: id };
    const [entry] = await documents(view).findMany({
      status: 'published',
      fields: view.fields,
      populate: publicPopulate(view, ctx.query.populate),
      filters: { $and: [view.scope(new Date()), byIdOrSlug] },
      limit: 1,
    });
    if (!entry) return ctx.notFound('Nicht gefunden.');
    ctx.body = { data: entry, meta: {} };
  };

  return { find, findOne };
};

/** One controller per public route key, so that each appears as its own permission (e.g. `press-releases.find`). */
export const publicControllers = Object.fromEntries(
  Object.keys(PUBLIC_TYPES).map((routeKey) => [
    routeKey,
    ({ strapi }: { strapi: Core.Strapi }) => {
      const { find, findOne } = publicContent({ strapi });
      return { find: find(routeKey), findOne: findOne(routeKey) };
    },
  ])
);
