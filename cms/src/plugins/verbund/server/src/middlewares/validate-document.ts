import type { Core } from '@strapi/strapi';
import { isVerbundUid, typeNameOf, type TypeName } from '../constants';
import { fieldLabel } from '../admin-config/labels';
import { checkAttributes, type SchemaSource } from '../validation/attribute-rules';
import { invalidFields, type FieldProblem } from '../validation/field-error';
import { RECORD_RULES, RELATION_TARGET_RULES, REQUIRED_RELATIONS } from '../validation/record-rules';
import { isRelationInput, readRelationChange, type RelationRef } from '../utils/relations';
import { findCurrent, isWrite, type DocumentContext, type DocumentMiddleware } from './document-context';
import { schemaOf } from '../utils/schema';

const refExists = async (strapi: Core.Strapi, target: string, ref: RelationRef, condition: Record<string, unknown> = {}) => {
  const where = { ...condition, ...(ref.documentId ? { documentId: ref.documentId } : { id: ref.id }) };
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
    if (attribute.type !== 'relation' || !attribute.target) continue;
    const { target } = attribute;
    const label = fieldLabel(type, field);
    if (!(field in data)) {
      if (isCreate && required[field]) problems.push({ field, message: `„${label}“: ${required[field]}` });
      continue;
    }
    if (!isRelationInput(data[field])) {
      problems.push({ field, message: `„${label}“: Bitte einen bestehenden Eintrag wählen (der Verweis hat keine gültige Form).` });
      continue;
    }
    const change = readRelationChange(data[field]);
    const targetRule = RELATION_TARGET_RULES[type]?.[field];
    for (const ref of change.added) {
      if (!(await refExists(strapi, target, ref))) {
        problems.push({ field, message: `„${label}“: Der gewählte Eintrag (${ref.documentId ?? ref.id}) existiert nicht.` });
      } else if (targetRule && !(await refExists(strapi, target, ref, targetRule.where))) {
        problems.push({ field, message: `„${label}“: ${targetRule.message}` });
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

const schemaSource = (strapi: Core.Strapi): SchemaSource => ({
  componentAttributes: (uid) => schemaOf(strapi, uid).attributes,
  mediaExists: async (id) => (await strapi.db.query('plugin::upload.file').count({ where: { id } })) > 0,
});

/**
 * German field-level validation of every create and update of the plugin's types, before anything
 * is written: the schema's own constraints, rules across fields, and relations that must exist.
 */
export const validateDocument =
  ({ strapi }: { strapi: Core.Strapi }): DocumentMiddleware =>
  async (context, next) => {
    if (!isVerbundUid(context.uid) || !isWrite(context)) return next();
    const type = typeNameOf(context.uid);
    context.params.data = context.params.data ?? {};
    const data = context.params.data;
    const current = context.action === 'create' ? null : await findCurrent(strapi, context);
    const isCreate = context.action === 'create' && !current;
    const merged = { ...(current ?? {}), ...data };
    const fieldProblems = await checkAttributes(schemaSource(strapi), type, context.contentType.attributes, data, isCreate);
    // Rules across fields only make sense on fields that are valid on their own.
    const recordProblems =
      fieldProblems.length > 0 ? [] : (RECORD_RULES[type] ?? []).map((rule) => rule(merged)).filter((problem): problem is FieldProblem => problem !== null);
    const problems = [...fieldProblems, ...recordProblems, ...(await checkRelations(strapi, type, context, isCreate))];
    if (problems.length > 0) throw invalidFields(problems);
    return next();
  };
