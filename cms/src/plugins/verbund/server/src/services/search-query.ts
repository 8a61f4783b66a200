import courseOffer from '../content-types/course-offer/schema.json';
import { COURSE_FORMAT, DISTRICT, TOPIC } from '@verbund/domain';
import { PAGE_MAX } from '../validation/boundaries';
import { bad, day, fromList, many, one, whole, WHOLE } from '../utils/query-params';

export const SEARCH_SORTS = ['relevance', 'start', 'title', 'price'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];
export const SEARCH_PAGE_SIZE_MAX = 50;
export const SEARCH_TEXT_MAX = 200;
const DEFAULT_PAGE_SIZE = 10;

const DQR_MIN = courseOffer.attributes.dqrLevel.min;
const DQR_MAX = courseOffer.attributes.dqrLevel.max;
const PRICE_MAX = courseOffer.attributes.priceEur.max;

/** The search request after checking: what the search runs on, and what `meta.query` shows. */
export interface SearchQuery {
  q: string | null;
  topic: string[];
  district: string[];
  format: string[];
  from: string | null;
  to: string | null;
  dqrLevel: number[];
  azav: boolean;
  voucher: boolean;
  priceMax: number | null;
  provider: string[];
  sort: SearchSort;
  page: number;
  pageSize: number;
}

const flag = (name: string, value: unknown) => {
  const text = one(name, value);
  if (text === null) return false;
  if (text !== 'true') throw bad(`„${name}“ kennt nur den Wert true (Filter an); ohne den Parameter ist der Filter aus.`);
  return true;
};

const PRICE = /^\d{1,9}([.,]\d{1,2})?$/;
const SLUG = /^[a-z0-9][a-z0-9-]{0,199}$/;

/** Checks the query string of `GET /search`; every problem is a German 400 naming the parameter. */
export const parseSearchQuery = (query: Record<string, unknown>): SearchQuery => {
  const q = one('q', query.q);
  if (q !== null && q.length > SEARCH_TEXT_MAX) throw bad(`„q“ darf höchstens ${SEARCH_TEXT_MAX} Zeichen lang sein.`);
  const from = day('from', query.from);
  const to = day('to', query.to);
  if (from && to && from > to) throw bad('„from“ darf nicht nach „to“ liegen.');
  const dqrLevel = many('dqrLevel', query.dqrLevel).map((value) => {
    const level = WHOLE.test(value) ? Number(value) : NaN;
    if (!(level >= DQR_MIN && level <= DQR_MAX)) throw bad(`„dqrLevel“ muss eine ganze Zahl von ${DQR_MIN} bis ${DQR_MAX} sein.`);
    return level;
  });
  const priceText = one('priceMax', query.priceMax);
  if (priceText !== null && !PRICE.test(priceText)) throw bad('„priceMax“ muss ein Betrag in Euro sein, z. B. 1500 oder 1499,50.');
  const priceMax = priceText === null ? null : Number(priceText.replace(',', '.'));
  if (priceMax !== null && priceMax > PRICE_MAX) throw bad(`„priceMax“ darf höchstens ${PRICE_MAX.toLocaleString('de-DE')} Euro sein.`);
  const provider = many('provider', query.provider);
  const badSlug = provider.find((slug) => !SLUG.test(slug));
  if (badSlug !== undefined) throw bad(`„provider“: „${badSlug.slice(0, 40)}“ ist kein URL-Kürzel eines Bildungsträgers (Kleinbuchstaben, Ziffern, Bindestriche).`);
  const sortText = one('sort', query.sort);
  if (sortText !== null && !(SEARCH_SORTS as readonly string[]).includes(sortText)) {
    throw bad(`„sort“: „${sortText.slice(0, 40)}“ ist unbekannt. Erlaubt sind: ${SEARCH_SORTS.join(', ')}.`);
  }
  // Relevance needs a search text; without one the soonest start is the natural order.
  const sort = (sortText === 'relevance' && q === null ? 'start' : sortText ?? (q === null ? 'start' : 'relevance')) as SearchSort;
  return {
    q,
    topic: fromList('topic', query.topic, TOPIC.values),
    district: fromList('district', query.district, DISTRICT.values),
    format: fromList('format', query.format, COURSE_FORMAT.values),
    from,
    to,
    dqrLevel: [...new Set(dqrLevel)].sort((a, b) => a - b),
    azav: flag('azav', query.azav),
    voucher: flag('voucher', query.voucher),
    priceMax,
    provider,
    sort,
    page: whole('page', query.page, 1, PAGE_MAX),
    pageSize: whole('pageSize', query.pageSize, DEFAULT_PAGE_SIZE, SEARCH_PAGE_SIZE_MAX),
  };
};
