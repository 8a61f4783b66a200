import { errors } from '@strapi/utils';
import type { PublicType } from './public-types';

const MAX_PAGE_SIZE = 100;
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

type AttributeTypes = Record<string, string>;

const ARRAY_OPERATORS = new Set(['$in', '$notIn', '$between']);
const PRESENCE_OPERATORS = new Set(['$null', '$notNull']);
const NUMERIC = new Set(['integer', 'biginteger', 'decimal', 'float']);
const DATES = new Set(['date', 'datetime', 'time', 'timestamp']);

const isScalar = (value: unknown) => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/** Why a single filter value does not fit the field's type, or null when it does. */
const valueProblem = (type: string | undefined, value: unknown): string | null => {
  if (!isScalar(value)) return 'muss ein einzelner Wert sein';
  const text = String(value);
  if (type && NUMERIC.has(type) && !Number.isFinite(Number(text))) return 'muss eine Zahl sein';
  if (type && DATES.has(type) && Number.isNaN(Date.parse(text))) return 'muss ein Datum sein (JJJJ-MM-TT)';
  if (type === 'boolean' && !['true', 'false', '1', '0'].includes(text)) return 'muss true oder false sein';
  return null;
};

const checkOperand = (field: string, type: string | undefined, operator: string, operand: unknown) => {
  const fail = (reason: string) => badRequest(`Filter „${field}“ (${operator}): Der Wert ${reason}.`);
  if (PRESENCE_OPERATORS.has(operator)) {
    if (!['true', 'false', true, false].includes(operand as string | boolean)) throw fail('muss true oder false sein');
    return;
  }
  if (ARRAY_OPERATORS.has(operator)) {
    if (!Array.isArray(operand)) throw fail('muss eine Liste sein, z. B. filters[feld][$in][0]=a');
    if (operator === '$between' && operand.length !== 2) throw fail('muss genau zwei Werte haben (von, bis)');
    for (const item of operand) {
      const problem = valueProblem(type, item);
      if (problem) throw fail(problem);
    }
    return;
  }
  const problem = valueProblem(type, operand);
  if (problem) throw fail(problem);
};

/**
 * Walks the requested filter tree: only the view's own fields, only known operators, and only
 * values that fit the field's type reach the query builder (which would answer a 500 otherwise).
 */
const checkFilterNode = (view: PublicType, types: AttributeTypes, node: unknown): void => {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) {
    throw badRequest('Jede Filterbedingung muss ein Objekt sein, z. B. filters[title][$eq]=Text.');
  }
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (key === '$and' || key === '$or') {
      if (!Array.isArray(value)) throw badRequest(`„${key}“ erwartet eine Liste von Bedingungen, z. B. filters[${key}][0][title][$eq]=Text.`);
      value.forEach((child) => checkFilterNode(view, types, child));
    } else if (key === '$not') {
      checkFilterNode(view, types, value);
    } else if (view.fields.includes(key) || key === 'documentId') {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        checkOperand(key, types[key], '$eq', value);
        continue;
      }
      for (const [operator, operand] of Object.entries(value as Record<string, unknown>)) {
        if (!FIELD_OPERATORS.has(operator)) throw badRequest(`Unbekannter Filter-Operator „${operator}“ für „${key}“.`);
        checkOperand(key, types[key], operator, operand);
      }
    } else {
      throw badRequest(`Nach „${key}“ kann nicht gefiltert werden. Erlaubt sind: ${view.fields.join(', ')}.`);
    }
  }
};

export const publicFilters = (view: PublicType, attributes: Record<string, { type: string }>, requested: unknown, now: Date) => {
  if (requested === undefined) return view.scope(now);
  if (requested === null || typeof requested !== 'object') {
    throw badRequest('„filters“ muss ein Objekt sein, z. B. filters[title][$containsi]=Weiterbildung.');
  }
  const types = Object.fromEntries(Object.entries(attributes).map(([name, attribute]) => [name, attribute.type]));
  checkFilterNode(view, types, requested);
  return { $and: [view.scope(now), requested] };
};

export const publicSort = (view: PublicType, requested: unknown) => {
  const entries = asList(requested);
  if (entries.length === 0) return view.defaultSort;
  for (const entry of entries) {
    const [field, direction = 'asc'] = entry.split(':');
    if (!view.fields.includes(field)) throw badRequest(`Nach „${field}“ kann nicht sortiert werden.`);
    if (!['asc', 'desc'].includes(direction.toLowerCase())) throw badRequest(`Sortierrichtung „${direction}“ ist unbekannt (asc oder desc).`);
  }
  return entries;
};

export const publicPagination = (requested: unknown) => {
  const { page = '1', pageSize = '25' } = (requested ?? {}) as Record<string, string>;
  const pageNumber = Number(page);
  const size = Number(pageSize);
  if (!Number.isInteger(pageNumber) || pageNumber < 1) throw badRequest('„pagination[page]“ muss eine ganze Zahl ab 1 sein.');
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badRequest(`„pagination[pageSize]“ muss eine ganze Zahl von 1 bis ${MAX_PAGE_SIZE} sein.`);
  }
  return { page: pageNumber, pageSize: size };
};
