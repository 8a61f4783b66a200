import type { Core } from '@strapi/strapi';
import { INTERNAL_TYPES, isVerbundUid, typeNameOf } from '../constants';
import type { DocumentMiddleware } from './document-context';

/** Document-service actions that change what the public may read. */
const CHANGING_ACTIONS = new Set(['create', 'update', 'delete', 'clone', 'publish', 'unpublish', 'discardDraft']);

/**
 * Counts every change of a type the public API shows or populates (internal figures are never
 * public, so their changes leave the cache alone). Runs after the change itself: a change that
 * failed counts nothing.
 */
export const trackChanges =
  ({ strapi }: { strapi: Core.Strapi }): DocumentMiddleware =>
  async (context, next) => {
    if (!isVerbundUid(context.uid) || !CHANGING_ACTIONS.has(context.action) || INTERNAL_TYPES.includes(typeNameOf(context.uid))) return next();
    const result = await next();
    await strapi.plugin('verbund').service('public-cache').recordChange();
    return result;
  };
