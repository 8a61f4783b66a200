import type { Core } from '@strapi/strapi';
import { isVerbundUid, typeNameOf, uidOf, type TypeName } from '../constants';
import { fieldLabel } from '../admin-config/labels';
import { checkAttributes } from '../validation/attribute-rules';
import { invalidFields, type FieldProblem } from '../validation/field-error';
import { RECORD_RULES, REQUIRED_RELATIONS } from '../validation/record-rules';
import { readRelationChange, type RelationRef } from '../utils/relations';
import { formatBerlin } from '../services/embargo';

interface DocumentContext {
  uid: string;
  action: string;
  contentType: { attributes: Record<string, any>; options?: { draftAndPublish?: boolean } };
  params: { documentId?: string; data?: Record<string, unknown>; status?: string; [key: string]: unknown };
}

type Next = () => Promise<unknown>;

const SLUG_SOURCES: Partial<Record<TypeName, string>> = {
  organisation: 'name',
  'press-release': 'title',
  event: 'title',
  'course-offer': 'title',
  'working-group': 'name',
};

const findCurrent = (strapi: Core.Strapi, context: DocumentContext) => {
  const { documentId } = context.params;
  if (!documentId) return Promise.resolve(null);
  const where: Record<string, unknown> = { documentId };
  if (context.contentType.options?.draftAndPublish) where.publishedAt = null;
  return strapi.db.query(context.uid as never).findOne({ where }) as Promise<Record<string, unknown> | null>;
};

const refExists = async (strapi: Core.Strapi, target: string, ref: RelationRef) => {
  const where = ref.documentId ? { documentId: ref.documentId } : { id: ref.id };
  return (await strapi.db.query(target as never).count({ where })) > 0;
};

const currentRelationCount = (strapi: Core.Strapi, uid: string, documentId: string, field: string) =>
  strapi.db
    .query(uid as never)
    .findOne({ where: { documentId }, populate: { [field]: { select: ['id'] } } } as never)
    .then((row: any) => (row?.[field] ? 1 : 0));

const checkRelations = async (strapi: Core.Strapi, type: TypeName, context: DocumentContext, isCreate: boolean) => {
  const problems: FieldProblem[] = [];
  const data = context.params.data ?? {};
  const required = REQUIRED_RELATIONS[type] ?? {};
  for (const [field, attribute] of Object.entries(context.contentType.attributes)) {
    if (attribute.type !== 'relation') continue;
    const label = fieldLabel(type, field);
    if (!(field in data)) {
      if (isCreate && required[field]) problems.push({ field, message: `„${label}“: ${required[field]}` });
      continue;
    }
    const change = readRelationChange(data[field]);
    for (const ref of change.added) {
      if (!(await refExists(strapi, attribute.target, ref))) {
        problems.push({ field, message: `„${label}“: Der gewählte Eintrag (${ref.documentId ?? ref.id}) existiert nicht.` });
      }
    }
    if (required[field] && change.added.length === 0) {
      const emptied =
        isCreate ||
        change.replaces ||
        (change.disconnects && (await currentRelationCount(strapi, context.uid, context.params.documentId!, field)) <= 1);
      if (emptied) problems.push({ field, message: `„${label}“: ${required[field]}` });
    }
  }
  return problems;
};

const fillSlug = async (strapi: Core.Strapi, type: TypeName, context: DocumentContext, current: Record<string, unknown> | null) => {
  const source = SLUG_SOURCES[type];
  const data = context.params.data;
  if (!source || !data) return [];
  const slugService = strapi.plugin('verbund').service('slug');
  const documentId = context.params.documentId;
  const given = typeof data.slug === 'string' ? data.slug.trim() : '';
  if (given) {
    if (await slugService.isTaken(context.uid, given, documentId)) {
      return [{ field: 'slug', message: `Das URL-Kürzel „${given}“ ist bereits vergeben.` }];
    }
    return [];
  }
  const keepsExisting = !('slug' in data) && current?.slug;
  const text = (data[source] ?? current?.[source]) as string | undefined;
  if (!keepsExisting && text) data.slug = await slugService.unique(context.uid, text, documentId);
  return [];
};

const embargoMessage = (embargoUntil: string | Date) =>
  `Sperrfrist bis ${formatBerlin(new Date(embargoUntil))}: Die Pressemitteilung kann vorher nicht veröffentlicht werden. ` +
  'Sie ist vorgemerkt und wird zu diesem Zeitpunkt automatisch veröffentlicht.';

/**
 * One document-service middleware for every write to the plugin's types: German field-level
 * validation before anything is written, server-side slugs, and the embargo guard on publishing.
 */
export const documentRules =
  ({ strapi }: { strapi: Core.Strapi }) =>
  async (context: DocumentContext, next: Next) => {
    if (!isVerbundUid(context.uid)) return next();
    const type = typeNameOf(context.uid);
    const embargo = strapi.plugin('verbund').service('embargo');

    if (context.action === 'publish' && context.uid === uidOf('press-release')) {
      const draft = await findCurrent(strapi, context);
      if (draft && embargo.isFuture(draft.embargoUntil)) {
        await embargo.schedule(context.params.documentId!, draft.embargoUntil as string);
        throw invalidFields([{ field: 'embargoUntil', message: embargoMessage(draft.embargoUntil as string) }]);
      }
      return next();
    }

    if (context.action !== 'create' && context.action !== 'update') return next();

    const isCreate = context.action === 'create';
    context.params.data = context.params.data ?? {};
    const data = context.params.data;
    const current = isCreate ? null : await findCurrent(strapi, context);
    const merged = { ...(current ?? {}), ...data };

    const problems = [
      ...checkAttributes(type, context.contentType.attributes, data, isCreate && !current),
      ...(RECORD_RULES[type] ?? []).map((rule) => rule(merged)).filter((problem): problem is FieldProblem => problem !== null),
      ...(await checkRelations(strapi, type, context, isCreate && !current)),
      ...(await fillSlug(strapi, type, context, current)),
    ];
    if (problems.length > 0) throw invalidFields(problems);

    const publishesNow = context.params.status === 'published' && context.uid === uidOf('press-release');
    if (publishesNow && embargo.isFuture(merged.embargoUntil)) {
      // Saved as a draft and scheduled instead: publishing it now would break the embargo.
      delete context.params.status;
      const saved = (await next()) as { documentId: string };
      await embargo.schedule(saved.documentId, merged.embargoUntil as string);
      return saved;
    }
    return next();
  };
