import { errors } from '@strapi/utils';
import { typeNameOf, type TypeName } from '../constants';
import { fieldLabel } from '../admin-config/labels';
import { DOCUMENT_ID_MAX_LENGTH, PAGE_MAX, PAGE_SIZE_MAX } from '../validation/boundaries';
import { TEXT_TYPES, valueProblem, type Attribute } from '../validation/value-rules';
import type { PublicType } from './public-types';

const FIELD_OPERATORS = new Set([
  '$eq', '$eqi', '$ne', '$nei', '$lt', '$lte', '$gt', '$gte', '$in', '$notIn', '$contains', '$notContains',
  '$containsi', '$notContainsi', '$startsWith', '$startsWithi', '$endsWith', '$endsWithi', '$null', '$notNull', '$between',
]);

const badRequest = (message: string) => new errors.ValidationError(message);

const asList = (value: unknown): string[] => {
  if (value === undefined || value === null || value === '') return [];
  if (Array.isArray(value)) return value.flatMap(asList);
  if (typeof value === 'string') return value.split(',').map((part) => part.trim()).filter(Boolean);
  if (typeof value === 'object') return Object.keys(value as object);
  return [];
};

/**
 * Only the names of the requested relations are read from the request; what is populated below
 * them is fixed by the type's public view, so no depth or wildcard can reach internal records.
 */
export const publicPopulate = (view: PublicType, requested: unknown) => {
  const names = asList(requested);
  const wanted = names.includes('*') ? Object.keys(view.populate) : names.filter((name) => name in view.populate);
  return Object.fromEntries(wanted.map((name) => [name, view.populate[name]]));
};

type Attributes = Record<string, Attribute>;

const ARRAY_OPERATORS = new Set(['$in', '$notIn', '$between']);
const PRESENCE_OPERATORS = new Set(['$null', '$notNull']);
const TEXT_MATCH_OPERATORS = new Set([
  '$eqi', '$nei', '$contains', '$notContains', '$containsi', '$notContainsi', '$startsWith', '$startsWithi', '$endsWith', '$endsWithi',
]);
/** Fields Strapi adds to every type, which the view may expose but no schema file lists. */
const SYSTEM_ATTRIBUTES: Attributes = { documentId: { type: 'string', maxLength: DOCUMENT_ID_MAX_LENGTH }, publishedAt: { type: 'datetime' }, updatedAt: { type: 'datetime' } };
/** JSON and blocks columns cannot be compared or ordered by the database (PostgreSQL answers with an error). */
const UNORDERED_TYPES = new Set(['json', 'blocks']);
const NUMBER = /^-?\d+(\.\d+)?$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A query-string value as the field's own type (the query string only knows text), for the boundary rules. */
const asFieldValue = (attribute: Attribute, value: string): unknown => {
  if (['integer', 'biginteger', 'decimal', 'float'].includes(attribute.type)) return NUMBER.test(value) ? Number(value) : value;
  if (attribute.type === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  // A whole day is a natural bound for a point in time: "from 2024-03-01".
  if (attribute.type === 'datetime' && DAY.test(value)) return `${value}T00:00:00Z`;
  return value;
};

const attributeOf = (attributes: Attributes, field: string) => attributes[field] ?? SYSTEM_ATTRIBUTES[field];

const checkOperand = (type: TypeName, attributes: Attributes, field: string, operator: string, operand: unknown) => {
  const attribute = attributeOf(attributes, field);
  const label = fieldLabel(type, field);
  const fail = (reason: string) => badRequest(`Filter „${label}“ (${operator}): ${reason}`);
  if (PRESENCE_OPERATORS.has(operator)) {
    if (!['true', 'false', true, false].includes(operand as string | boolean)) throw fail('Der Wert muss true oder false sein.');
    return;
  }
  if (TEXT_MATCH_OPERATORS.has(operator)) {
    if (!TEXT_TYPES.has(attribute.type) && attribute.type !== 'enumeration') throw fail('Dieser Operator gilt nur für Textfelder.');
    if (typeof operand !== 'string' || operand.length > 255) throw fail('Der Wert muss ein Text mit höchstens 255 Zeichen sein.');
    return;
  }
  const items = ARRAY_OPERATORS.has(operator) ? operand : [operand];
  if (!Array.isArray(items)) throw fail('Der Wert muss eine Liste sein, z. B. filters[feld][$in][0]=a.');
  if (operator === '$between' && items.length !== 2) throw fail('Der Wert muss genau zwei Werte haben (von, bis).');
  if (items.length > PAGE_SIZE_MAX) throw fail(`Die Liste darf höchstens ${PAGE_SIZE_MAX} Werte haben.`);
  for (const item of items) {
    if (typeof item !== 'string') throw fail('Der Wert muss ein einzelner Wert sein.');
    const problem = valueProblem(attribute, asFieldValue(attribute, item), { label });
    if (problem) throw fail(problem);
  }
};

/**
 * Walks the requested filter tree: only the view's own fields, only known operators, and only
 * values the field could hold reach the query builder (which would answer a 500 otherwise).
 */
const checkFilterNode = (view: PublicType, attributes: Attributes, node: unknown): void => {
  const type = typeNameOf(view.uid);
  if (node === null || typeof node !== 'object' || Array.isArray(node)) {
    throw badRequest('Jede Filterbedingung muss ein Objekt sein, z. B. filters[title][$eq]=Text.');
  }
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key === '$and' || key === '$or') {
      if (!Array.isArray(value)) throw badRequest(`„${key}“ erwartet eine Liste von Bedingungen, z. B. filters[${key}][0][title][$eq]=Text.`);
      value.forEach((child) => checkFilterNode(view, attributes, child));
    } else if (key === '$not') {
      checkFilterNode(view, attributes, value);
    } else if ((view.fields.includes(key) || key === 'documentId') && !UNORDERED_TYPES.has(attributeOf(attributes, key).type)) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        checkOperand(type, attributes, key, '$eq', value);
        continue;
      }
      for (const [operator, operand] of Object.entries(value as Record<string, unknown>)) {
        if (!FIELD_OPERATORS.has(operator)) throw badRequest(`Unbekannter Filter-Operator „${operator.slice(0, 40)}“ für „${fieldLabel(type, key)}“.`);
        checkOperand(type, attributes, key, operator, operand);
      }
    } else {
      throw badRequest(`Nach „${key.slice(0, 40)}“ kann nicht gefiltert werden. Erlaubt sind: ${filterableFields(view, attributes).join(', ')}.`);
    }
  }
};

const filterableFields = (view: PublicType, attributes: Attributes) =>
  view.fields.filter((field) => !UNORDERED_TYPES.has(attributeOf(attributes, field).type));

export const publicFilters = (view: PublicType, attributes: Attributes, requested: unknown, now: Date) => {
  if (requested === undefined) return view.scope(now);
  if (requested === null || typeof requested !== 'object') {
    throw badRequest('„filters“ muss ein Objekt sein, z. B. filters[title][$containsi]=Weiterbildung.');
  }
  checkFilterNode(view, attributes, requested);
  return { $and: [view.scope(now), requested] };
};

export const publicSort = (view: PublicType, attributes: Attributes, requested: unknown) => {
  const entries = asList(requested);
  if (entries.length === 0) return view.defaultSort;
  for (const entry of entries) {
    const [field, direction = 'asc', ...rest] = entry.split(':');
    if (!filterableFields(view, attributes).includes(field) || rest.length > 0) {
      throw badRequest(`Nach „${entry.slice(0, 40)}“ kann nicht sortiert werden. Erlaubt sind: ${filterableFields(view, attributes).join(', ')}.`);
    }
    if (!['asc', 'desc'].includes(direction.toLowerCase())) throw badRequest(`Sortierrichtung „${direction}“ ist unbekannt (asc oder desc).`);
  }
  return entries;
};

const WHOLE_NUMBER = /^\d{1,9}$/;

/** Page and page size as the query string gives them: whole numbers only (no 1e21, no 2.5), within limits. */
export const publicPagination = (requested: unknown) => {
  const { page = '1', pageSize = '25' } = (requested !== null && typeof requested === 'object' ? requested : {}) as Record<string, unknown>;
  const pageNumber = typeof page === 'string' && WHOLE_NUMBER.test(page) ? Number(page) : NaN;
  const size = typeof pageSize === 'string' && WHOLE_NUMBER.test(pageSize) ? Number(pageSize) : NaN;
  if (!(pageNumber >= 1 && pageNumber <= PAGE_MAX)) {
    throw badRequest(`„pagination[page]“ muss eine ganze Zahl von 1 bis ${PAGE_MAX.toLocaleString('de-DE')} sein.`);
  }
  if (!(size >= 1 && size <= PAGE_SIZE_MAX)) throw badRequest(`„pagination[pageSize]“ muss eine ganze Zahl von 1 bis ${PAGE_SIZE_MAX} sein.`);
  return { page: pageNumber, pageSize: size };
};
