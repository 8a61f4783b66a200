import { cmsGet, type Query } from './cms';

// The answer's shape is written once, in the domain package, for the plugin and this site.
import type { SearchAnswer, SearchFacetValue } from '@verbund/domain';

export type SearchResult = SearchAnswer;
export type FacetValue = SearchFacetValue;

/** The query parameters /kurse passes on to the search, under the same names (so links are shareable as they are). */
export const SEARCH_PARAMS = ['q', 'topic', 'district', 'format', 'from', 'to', 'dqrLevel', 'azav', 'voucher', 'priceMax', 'provider', 'sort', 'page'] as const;
const REPEATABLE = new Set(['format']);

export const SORTS = [
  { value: 'relevance', label: 'Relevanz' },
  { value: 'start', label: 'Nächster Termin' },
  { value: 'title', label: 'Titel (A–Z)' },
  { value: 'price', label: 'Preis (aufsteigend)' },
] as const;

export const PAGE_SIZE = 10;

/** The page's own query, reduced to the search's parameters, empty values left out. */
export function searchQuery(url: URL): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const name of SEARCH_PARAMS) {
    const values = url.searchParams.getAll(name).filter((value) => value !== '');
    if (values.length === 0) continue;
    query[name] = REPEATABLE.has(name) ? values : values[0];
  }
  return query;
}

export const searchCourses = (query: Record<string, string | string[]>) =>
  cmsGet<SearchResult>('search', { ...(query as Query), pageSize: PAGE_SIZE });

/** The address of /kurse with the given query, changes applied (undefined removes a parameter). */
export function kurseHref(query: Record<string, string | string[]>, changes: Record<string, string | string[] | undefined> = {}) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...query, ...changes })) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(name, item);
  }
  const text = params.toString();
  return text ? `/kurse?${text}` : '/kurse';
}
