import { errors } from '@strapi/utils';
import type { PublicType } from './public-types';

const MAX_PAGE_SIZE = 100;
const FIELD_OPERATORS = new Set([
  '$eq', '$eqi', '$ne', '$nei', '$lt', '$lte', '$gt', '$gte', '$in', '$notIn', '$contains', '$notContains',
  '$containsi', '$notContainsi', '$startsWith', '$startsWithi', '$endsWith', '$endsWithi', '$null', '$notNull', '$between',
]);
const LOGICAL_OPERATORS = new Set(['$and', '$or', '$not']);

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

const checkFilterNode = (view: PublicType, node: unknown, path: string): void => {
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (LOGICAL_OPERATORS.has(key)) {
      (Array.isArray(value) ? value : [value]).forEach((child) => checkFilterNode(view, child, path));
    } else if (view.fields.includes(key) || key === 'documentId') {
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        for (const operator of Object.keys(value)) {
          if (!FIELD_OPERATORS.has(operator)) throw badRequest(`Unbekannter Filter-Operator „${operator}“ für „${key}“.`);
        }
      }
    } else {
      throw badRequest(`Nach „${path}${key}“ kann nicht gefiltert werden. Erlaubt sind: ${view.fields.join(', ')}.`);
    }
  }
};

export const publicFilters = (view: PublicType, requested: unknown, now: Date) => {
  if (requested !== undefined && (requested === null || typeof requested !== 'object')) {
    throw badRequest('„filters“ muss ein Objekt sein, z. B. filters[title][$containsi]=Weiterbildung.');
  }
  checkFilterNode(view, requested, '');
  return requested ? { $and: [view.scope(now), requested] } : view.scope(now);
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
