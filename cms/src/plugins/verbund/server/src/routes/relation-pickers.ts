import type { Core } from '@strapi/strapi';
import { isVerbundUid, typeNameOf } from '../constants';
import { RELATION_TARGET_RULES } from '../validation/record-rules';

/**
 * Relation pickers offer only the records a relation may take (validation/record-rules.ts), so
 * nobody picks a record that saving would refuse: the content manager's route for available
 * relations gets the rule's condition as an extra filter. Its routes are mounted after the
 * register phase, so the route is amended here.
 */
const filterAvailable = async (ctx: any, next: () => Promise<unknown>) => {
  const { model, targetField } = ctx.params ?? {};
  const rule = typeof model === 'string' && isVerbundUid(model) ? RELATION_TARGET_RULES[typeNameOf(model)]?.[targetField] : undefined;
  if (rule) {
    const query = ctx.request.query;
    ctx.request.query = { ...query, filters: query.filters ? { $and: [query.filters, rule.where] } : rule.where };
  }
  return next();
};

export const filterRelationPickers = (strapi: Core.Strapi) => {
  const routers = strapi.plugin('content-manager').routes as unknown as Record<string, { routes: any[] }>;
  const route = routers.admin.routes.find((candidate) => candidate.method === 'GET' && candidate.path === '/relations/:model/:targetField');
  if (route) route.config = { ...route.config, middlewares: [...(route.config?.middlewares ?? []), filterAvailable] };
};
