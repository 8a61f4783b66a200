import type { Core } from '@strapi/strapi';
import { INTERNAL_TYPES, isVerbundUid, REPORT_VERSION_UID, typeNameOf } from '../constants';
import type { DocumentMiddleware } from './document-context';
import { getService } from '../utils/get-service';

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
    if (
      !isVerbundUid(context.uid) ||
      !CHANGING_ACTIONS.has(context.action) ||
      INTERNAL_TYPES.includes(typeNameOf(context.uid)) ||
      context.uid === REPORT_VERSION_UID
    ) {
      return next();
    }
    const result = await next();
    await getService(strapi, 'public-cache').recordChange();
    return result;
  };

/**
 * Changes outside the document service that alter public answers count too. Media files reach
 * them as press photos (alternative text, caption, formats): an edit or removal in the media
 * library; uploads count once they are used, which is a change of the press release. The
 * permissions of the users-permissions roles decide who may read a public route at all: the
 * anonymous cache (middlewares/public-cache.ts) answers before that check, so any change of a
 * permission forgets its answers, on every instance.
 */
export const trackOtherChanges = (strapi: Core.Strapi) => {
  const count = () => getService(strapi, 'public-cache').recordChange();
  strapi.db.lifecycles.subscribe({ models: ['plugin::upload.file'], afterUpdate: count, afterUpdateMany: count, afterDelete: count, afterDeleteMany: count } as never);
  strapi.db.lifecycles.subscribe({
    models: ['plugin::users-permissions.permission'],
    afterCreate: count,
    afterCreateMany: count,
    afterUpdate: count,
    afterUpdateMany: count,
    afterDelete: count,
    afterDeleteMany: count,
  } as never);
};
