import type { Core } from '@strapi/strapi';
import type { AuditFieldChange } from '@verbund/domain/contract';
import { fieldLabel, TYPE_LAYOUTS } from '../admin-config/labels';
import { isVerbundUid, typeNameOf, uidOf, type TypeName } from '../constants';
import { DISPLAY_NAME_FIELD } from '../services/display-name';
import { schemaOf, type SchemaAttribute } from '../utils/schema';
import { isRedacted, NAME_FIELD_OVERRIDES } from './redaction';

/** Attributes Strapi or the plugin maintain themselves: not what a person changed. */
const BOOKKEEPING = new Set(['createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations', DISPLAY_NAME_FIELD]);

/** Which stored version of a draft & publish record a comparison reads. */
export type Version = 'draft' | 'published';

/** A record as the trail compares it: every edited field normalised, relations as document ids with their names. */
export interface Snapshot {
  name: string;
  publishedAt: string | null;
  values: Record<string, unknown>;
}

type Row = Record<string, any>;

/** The field that names a record of this type in the trail. */
export const nameFieldOf = (type: TypeName) => NAME_FIELD_OVERRIDES[type] ?? TYPE_LAYOUTS[type].mainField;

const targetNameField = (target: string) => (isVerbundUid(target) ? nameFieldOf(typeNameOf(target)) : null);

const editedAttributes = (strapi: Core.Strapi, uid: string) =>
  Object.entries(schemaOf(strapi, uid).attributes).filter(([name, attribute]) => !BOOKKEEPING.has(name) && (attribute as { private?: boolean }).private !== true);

const mediaPopulate = { select: ['id', 'name'] };

/** What to load with a record: related records' ids and names, components with their media. */
const populateOf = (strapi: Core.Strapi, uid: string): Record<string, unknown> => {
  const populate: Record<string, unknown> = {};
  for (const [name, attribute] of editedAttributes(strapi, uid)) {
    if (attribute.type === 'relation' && attribute.target) {
      const nameField = targetNameField(attribute.target);
      populate[name] = { select: ['documentId', ...(nameField ? [nameField] : [])] };
    } else if (attribute.type === 'media') populate[name] = mediaPopulate;
    else if (attribute.type === 'component' && attribute.component) {
      const inner = Object.fromEntries(
        Object.entries(schemaOf(strapi, attribute.component).attributes)
          .filter(([, componentAttribute]) => componentAttribute.type === 'media')
          .map(([field]) => [field, mediaPopulate])
      );
      populate[name] = Object.keys(inner).length > 0 ? { populate: inner } : true;
    }
  }
  return populate;
};

const mediaValue = (file: Row | null | undefined) => (file ? { id: file.id, name: file.name } : null);

/** One value in a form that compares equal exactly when a person would call it unchanged. */
const normalise = (strapi: Core.Strapi, attribute: SchemaAttribute, value: any): unknown => {
  if (value === undefined || value === null || value === '') return attribute.type === 'relation' && isMany(attribute) ? [] : null;
  switch (attribute.type) {
    case 'relation': {
      const nameField = attribute.target ? targetNameField(attribute.target) : null;
      const ref = (row: Row) => ({ documentId: row.documentId as string, name: nameField ? ((row[nameField] as string | null) ?? '') : '' });
      if (!Array.isArray(value)) return ref(value);
      const unique = new Map(value.map((row: Row) => [row.documentId as string, ref(row)]));
      return [...unique.values()].sort((a, b) => a.documentId.localeCompare(b.documentId));
    }
    case 'media':
      return Array.isArray(value) ? value.map(mediaValue) : mediaValue(value);
    case 'component': {
      const componentAttributes = schemaOf(strapi, attribute.component!).attributes;
      const item = (row: Row) =>
        Object.fromEntries(Object.entries(componentAttributes).map(([field, componentAttribute]) => [field, normalise(strapi, componentAttribute, row[field])]));
      return Array.isArray(value) ? value.map(item) : item(value);
    }
    case 'datetime':
      return new Date(value).toISOString();
    case 'date':
      return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
    case 'integer':
    case 'biginteger':
    case 'decimal':
    case 'float':
      return Number(value);
    case 'boolean':
      return Boolean(value);
    default:
      return value;
  }
};

const isMany = (attribute: SchemaAttribute) => /ToMany$/.test(attribute.relation ?? '');

/**
 * The stored version of a record (draft or published; a type without draft & publish has one), or
 * null when there is none. Read through the query layer, so inside the write's transaction.
 */
export const readSnapshot = async (strapi: Core.Strapi, type: TypeName, documentId: string, version: Version): Promise<Snapshot | null> => {
  const uid = uidOf(type);
  const schema = schemaOf(strapi, uid);
  const where: Record<string, unknown> = { documentId };
  if (schema.options?.draftAndPublish) where.publishedAt = version === 'draft' ? null : { $notNull: true };
  const row = (await strapi.db.query(uid as never).findOne({ where, populate: populateOf(strapi, uid) } as never)) as Row | null;
  if (!row) return null;
  const values = Object.fromEntries(editedAttributes(strapi, uid).map(([name, attribute]) => [name, normalise(strapi, attribute, row[name])]));
  return { name: String(row[nameFieldOf(type)] ?? ''), publishedAt: row.publishedAt ? new Date(row.publishedAt).toISOString() : null, values };
};

/** JSON with sorted keys: stored JSON and components compare by content, not by key order. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, inner) =>
    inner && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.keys(inner).sort().map((key) => [key, inner[key]])) : inner
  );

const isEmpty = (value: unknown) => value === null || (Array.isArray(value) && value.length === 0);

/**
 * The fields that differ between two versions of a record, in the edit view's order. A record that
 * did not exist on one side contributes its filled fields. Redacted fields say only that they changed.
 */
export const changesBetween = (strapi: Core.Strapi, type: TypeName, before: Snapshot | null, after: Snapshot | null): AuditFieldChange[] => {
  const order = Object.keys(TYPE_LAYOUTS[type].fields);
  const fields = editedAttributes(strapi, uidOf(type))
    .map(([name]) => name)
    .sort((a, b) => (order.indexOf(a) + 1 || Infinity) - (order.indexOf(b) + 1 || Infinity));
  const changes: AuditFieldChange[] = [];
  for (const field of fields) {
    const old = before ? before.values[field] : null;
    const next = after ? after.values[field] : null;
    if (canonical(old) === canonical(next) || (isEmpty(old) && isEmpty(next))) continue;
    const redacted = isRedacted(type, field);
    changes.push({ field, label: fieldLabel(type, field), old: redacted ? null : old, new: redacted ? null : next, redacted });
  }
  return changes;
};
