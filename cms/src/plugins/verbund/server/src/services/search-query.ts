import { errors } from '@strapi/utils';
import courseOffer from '../content-types/course-offer/schema.json';
import courseRun from '../content-types/course-run/schema.json';
import { TOPICS } from '../topics';
import { PAGE_MAX } from '../validation/boundaries';

export const SEARCH_SORTS = ['relevance', 'start', 'title', 'price'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];
export const SEARCH_PAGE_SIZE_MAX = 50;
export const SEARCH_TEXT_MAX = 200;
const DEFAULT_PAGE_SIZE = 10;

export const DISTRICTS: readonly string[] = courseRun.attributes.district.enum;
export const OFFER_FORMATS: readonly string[] = courseOffer.attributes.format.enum;
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

const bad = (message: string) => new errors.ValidationError(message);

/** Every value of a repeatable parameter (`?topic=a&topic=b` or `?topic=a,b`). */
const many = (name: string, value: unknown): string[] => {
  if (value === undefined) return [];
  const items = Array.isArray(value) ? value : [value];
  if (items.some((item) => typeof item !== 'string')) throw bad(`„${name}“ muss ein einfacher Wert sein, z. B. ${name}=wert (mehrere durch Wiederholen).`);
  return [...new Set((items as string[]).flatMap((item) => item.split(',')).map((item) => item.trim()).filter(Boolean))];
};

const one = (name: string, value: unknown): string | null => {
  if (value === undefined) return null;
  if (typeof value !== 'string') throw bad(`„${name}“ darf nur einmal und als einfacher Wert angegeben werden.`);
  return value.trim() === '' ? null : value.trim();
};

const fromList = (name: string, value: unknown, allowed: readonly string[]) => {
  const values = many(name, value);
  const unknown = values.find((item) => !allowed.includes(item));
  if (unknown !== undefined) throw bad(`„${name}“: Der Wert „${unknown.slice(0, 40)}“ ist unbekannt. Erlaubt sind: ${allowed.join(', ')}.`);
  return values;
};

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const day = (name: string, value: unknown) => {
  const text = one(name, value);
  if (text === null) return null;
  const match = DAY.exec(text);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== text) throw bad(`„${name}“ muss ein gültiges Datum im Format JJJJ-MM-TT sein, z. B. 2026-03-01.`);
  return text;
};

const flag = (name: string, value: unknown) => {
  const text = one(name, value);
  if (text === null) return false;
  if (text !== 'true') throw bad(`„${name}“ kennt nur den Wert true (Filter an); ohne den Parameter ist der Filter aus.`);
  return true;
};

const WHOLE = /^\d{1,9}$/;
const whole = (name: string, value: unknown, fallback: number, max: number) => {
  const text = one(name, value);
  if (text === null) return fallback;
  const number = WHOLE.test(text) ? Number(text) : NaN;
  if (!(number >= 1 && number <= max)) throw bad(`„${name}“ muss eine ganze Zahl von 1 bis ${max.toLocaleString('de-DE')} sein.`);
  return number;
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
    topic: fromList('topic', query.topic, TOPICS),
    district: fromList('district', query.district, DISTRICTS),
    format: fromList('format', query.format, OFFER_FORMATS),
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
