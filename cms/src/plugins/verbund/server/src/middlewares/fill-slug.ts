import type { Core } from '@strapi/strapi';
import { isVerbundUid, typeNameOf, type TypeName } from '../constants';
import { invalidFields } from '../validation/field-error';
import { findCurrent, isWrite, type DocumentMiddleware } from './document-context';
import { getService } from '../utils/get-service';

const SLUG_SOURCES: Partial<Record<TypeName, string>> = {
  organisation: 'name',
  'press-release': 'title',
  event: 'title',
  'course-offer': 'title',
  'working-group': 'name',
};

/**
 * Server-side URL slugs: a given slug must be free among the type's other documents, an empty one
 * is made from the title or name (Strapi's `uid` field is not filled over the API).
 */
export const fillSlug =
  ({ strapi }: { strapi: Core.Strapi }): DocumentMiddleware =>
  async (context, next) => {
    if (!isVerbundUid(context.uid) || !isWrite(context)) return next();
    const source = SLUG_SOURCES[typeNameOf(context.uid)];
    const data = context.params.data;
    if (!source || !data) return next();
    const slugService = getService(strapi, 'slug');
    const documentId = context.params.documentId;
    const given = typeof data.slug === 'string' ? data.slug.trim() : '';
    if (given) {
      if (await slugService.isTaken(context.uid, given, documentId)) {
        throw invalidFields([{ field: 'slug', message: `Das URL-Kürzel „${given}“ ist bereits vergeben.` }]);
      }
      return next();
    }
    const current = context.action === 'create' ? null : await findCurrent(strapi, context);
    const keepsExisting = !('slug' in data) && current?.slug;
    // Validation has refused a non-text title before; the check keeps the slug from ever crashing on one.
    const text = data[source] ?? current?.[source];
    if (!keepsExisting && typeof text === 'string' && text) data.slug = await slugService.unique(context.uid, text, documentId);
    return next();
  };
