import type { Core } from '@strapi/strapi';
import MiniSearch from 'minisearch';
import { uidOf } from '../constants';
import { berlinDayOf, COURSE_FORMAT, DISTRICT, labelFor, SEARCH_FACETS, TOPIC, type SearchAnswer, type SearchFacet, type SearchHit, type SearchRun, type Topic } from '@verbund/domain';
import type { SearchQuery } from './search-query';
import { getService } from '../utils/get-service';

// The package declares its types only through `exports`, which this build's node resolution does not read.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { stemmer } = require('@orama/stemmers/german') as { stemmer: (word: string) => string };

const OFFER = uidOf('course-offer');
const RUN = uidOf('course-run');
const PROVIDER_TYPE = 'training_provider';


/** An offer as the index holds it: the answer's fields (stricter where the index guarantees them) and its description. */
interface Offer extends Omit<SearchHit, 'topic' | 'topicLabel' | 'format' | 'formatLabel' | 'provider' | 'score'> {
  description: string | null;
  topic: Topic;
  topicLabel: string;
  format: string;
  formatLabel: string;
  provider: { name: string; slug: string };
  /** All published runs, soonest first (the answer carries the matching ones). */
  runs: SearchRun[];
}

/**
 * One form for a word however it is typed: lower case, umlauts and ß folded, and the ASCII spelling
 * of umlauts too (so „Führung“, „Fuehrung“ and „Fuhrung“ meet), then the German Snowball stem
 * („Weiterbildungen“ → „weiterbild“).
 */
export const normaliseTerm = (term: string) => {
  const folded = term
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ä/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/ü/g, 'u')
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u');
  return stemmer(folded);
};

const SEARCH_FIELDS = ['title', 'summary', 'description', 'topicLabel', 'providerName'] as const;
/** A hit in the title counts most, then topic and provider, then the short summary, then the description. */
const BOOST = { title: 4, topicLabel: 2, providerName: 2, summary: 1.5, description: 1 };

/** What the index holds of an offer: the searched fields. */
type IndexedOffer = { documentId: string } & Record<(typeof SEARCH_FIELDS)[number], string>;

const indexedOf = (offer: Offer): IndexedOffer => ({
  documentId: offer.documentId,
  title: offer.title,
  summary: offer.summary ?? '',
  description: offer.description ?? '',
  topicLabel: offer.topicLabel,
  providerName: offer.provider.name,
});

const createIndex = () =>
  new MiniSearch<IndexedOffer>({
    idField: 'documentId',
    fields: [...SEARCH_FIELDS],
    processTerm: (term) => normaliseTerm(term) || null,
    searchOptions: {
      boost: BOOST,
      // Every word must match (a catalogue narrows down), each as a prefix („Digi“).
      combineWith: 'AND',
      prefix: true,
    },
  });

/**
 * A typo per five letters („Digitalisirung“) is tolerated when the words as typed find nothing:
 * matching every word against the whole vocabulary with edits is the search's dearest step, and
 * near-misses of a word that exists would only widen a list that already has its hits.
 * Short words only exactly, or nearly everything matches.
 */
const TYPO_TOLERANCE = { fuzzy: (term: string) => (term.length >= 5 ? 0.2 : false) };

/** Today in Berlin, as the YYYY-MM-DD dates of runs are meant. */

/** ISO dates compare as strings; `localeCompare` would ask the collation library each time. */
const byIsoDate = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const asNumber = (value: unknown) => (value === null || value === undefined || value === '' ? null : Number(value));

type Dimension = 'topic' | 'district' | 'format' | 'dqrLevel' | 'azav' | 'voucher' | 'provider' | 'price';

/** The districts an offer's runs take place in, each once. */
const districtsOf = (runs: SearchRun[]) => [...new Set(runs.map((run) => run.district).filter((district): district is string => district !== null))];

const GERMAN = new Intl.Collator('de');

/**
 * Full-text search over published offers of training providers and their published runs, in
 * memory. The offers are read from the database at start and again on first use after any content
 * change (public-cache's generation moves on every change, here and, via the counter, elsewhere);
 * the full-text index then takes in only the offers whose searched text changed, and drops those
 * that are gone (indexing is what costs at scale, reading the rows much less).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let offers = new Map<string, Offer>();
  const index = createIndex();
  /** Per indexed offer, its searched text as indexed: an offer is indexed again only when that changed. */
  const indexedText = new Map<string, string>();
  /** Each offer's place in German title order, computed once per read instead of per comparison. */
  let titleRank = new Map<string, number>();
  /** Provider slugs in the German order of their names, and the names (the provider facet). */
  let providerOrder: string[] = [];
  let providerNames = new Map<string, string>();
  /** Per offer, the values it counts for in each facet; the districts are those of all its runs (without a date range). */
  let facetValuesOf = new Map<string, Record<SearchFacet, string[]>>();
  let builtFor: number | null = null;
  let building: Promise<void> | null = null;
  const cache = () => getService(strapi, 'public-cache');

  const load = async () => {
    const rows = (await strapi.documents(OFFER as never).findMany({
      status: 'published',
      fields: ['title', 'slug', 'summary', 'description', 'topic', 'format', 'dqrLevel', 'durationHours', 'priceEur', 'azavCertified', 'educationVoucher', 'certificate'],
      populate: { provider: { fields: ['name', 'slug', 'type'] } },
    } as never)) as any[];
    const runs = (await strapi.documents(RUN as never).findMany({
      status: 'published',
      fields: ['startsOn', 'endsOn', 'city', 'district', 'runStatus'],
      populate: { courseOffer: { fields: ['documentId'] } },
    } as never)) as any[];
    const runsOf = new Map<string, SearchRun[]>();
    for (const run of runs) {
      const offerId = run.courseOffer?.documentId;
      if (!offerId) continue;
      const list = runsOf.get(offerId) ?? [];
      list.push({
        documentId: run.documentId,
        startsOn: run.startsOn,
        endsOn: run.endsOn ?? null,
        city: run.city ?? null,
        district: run.district ?? null,
        districtLabel: run.district ? labelFor(DISTRICT.labels, run.district) : null,
        runStatus: run.runStatus,
      });
      runsOf.set(offerId, list);
    }
    const next = new Map<string, Offer>();
    for (const row of rows) {
      if (row.provider?.type !== PROVIDER_TYPE) continue;
      next.set(row.documentId, {
        documentId: row.documentId,
        slug: row.slug,
        title: row.title,
        summary: row.summary ?? null,
        description: row.description ?? null,
        topic: row.topic,
        topicLabel: TOPIC.labels[row.topic as Topic],
        format: row.format,
        formatLabel: labelFor(COURSE_FORMAT.labels, row.format),
        dqrLevel: asNumber(row.dqrLevel),
        durationHours: asNumber(row.durationHours),
        priceEur: asNumber(row.priceEur),
        azavCertified: Boolean(row.azavCertified),
        educationVoucher: Boolean(row.educationVoucher),
        certificate: row.certificate ?? null,
        provider: { name: row.provider.name, slug: row.provider.slug },
        runs: (runsOf.get(row.documentId) ?? []).sort((a, b) => byIsoDate(a.startsOn, b.startsOn)),
      });
    }
    return next;
  };

  /** Takes the offers just read: the index follows the changed text only, the orders are computed again. Returns how many were (re)indexed or dropped. */
  const apply = (next: Map<string, Offer>) => {
    let touched = 0;
    for (const documentId of [...indexedText.keys()]) {
      if (next.has(documentId)) continue;
      index.discard(documentId);
      indexedText.delete(documentId);
      touched += 1;
    }
    for (const offer of next.values()) {
      const document = indexedOf(offer);
      const text = JSON.stringify(SEARCH_FIELDS.map((field) => document[field]));
      const before = indexedText.get(offer.documentId);
      if (before === text) continue;
      if (before === undefined) index.add(document);
      else index.replace(document);
      indexedText.set(offer.documentId, text);
      touched += 1;
    }
    offers = next;
    facetValuesOf = new Map(
      [...next.values()].map((offer) => [
        offer.documentId,
        {
          topic: [offer.topic],
          district: districtsOf(offer.runs),
          format: [offer.format],
          dqrLevel: offer.dqrLevel === null ? [] : [String(offer.dqrLevel)],
          azav: offer.azavCertified ? ['true'] : [],
          voucher: offer.educationVoucher ? ['true'] : [],
          provider: [offer.provider.slug],
        },
      ])
    );
    titleRank = new Map([...next.values()].sort((a, b) => GERMAN.compare(a.title, b.title)).map((offer, rank) => [offer.documentId, rank]));
    providerNames = new Map([...next.values()].map((offer) => [offer.provider.slug, offer.provider.name]));
    providerOrder = [...providerNames.keys()].sort((a, b) => GERMAN.compare(providerNames.get(a)!, providerNames.get(b)!));
    return touched;
  };

  /**
   * Rebuilds when content changed since the last build; one build at a time, waited for by every
   * search meanwhile. A build that started before the latest change is not enough, but one that
   * started after the search began is: at most two builds, however often content changes.
   */
  const ensureFresh = async () => {
    const wanted = cache().generation();
    while (builtFor === null || builtFor < wanted) {
      if (!building) {
        const generation = cache().generation();
        const first = builtFor === null;
        const started = performance.now();
        building = load()
          .then((next) => {
            const read = performance.now();
            const touched = apply(next);
            builtFor = generation;
            const ms = (from: number) => Math.round(performance.now() - from);
            strapi.log.info(
              first
                ? `[verbund] Suchindex aufgebaut: ${next.size} Angebote in ${ms(started)} ms.`
                : `[verbund] Suchindex aktualisiert: ${touched} von ${next.size} Angeboten neu indiziert, ${ms(started)} ms (davon Lesen ${Math.round(read - started)} ms).`
            );
          })
          .finally(() => {
            building = null;
          });
      }
      await building;
    }
  };

  const search = async (query: SearchQuery): Promise<SearchAnswer> => {
    await ensureFresh();
    const textHits = (q: string) => {
      const asTyped = index.search(q);
      return asTyped.length ? asTyped : index.search(q, TYPO_TOLERANCE);
    };
    const scores = query.q ? new Map(textHits(query.q).map((hit) => [hit.id as string, hit.score])) : null;
    const today = berlinDayOf(new Date());
    const runFiltered = Boolean(query.from || query.to || query.district.length);
    const inDates = (run: SearchRun) => (!query.from || run.startsOn >= query.from) && (!query.to || run.startsOn <= query.to);

    const dated = Boolean(query.from || query.to);

    /**
     * Per offer: which filters it fails, and the runs within the date range (the district facet
     * counts those). An offer failing two filters is neither a result nor counted in any facet, so
     * it is not kept; without a date range the runs and districts are the precomputed ones.
     */
    interface Checked {
      offer: Offer;
      matchingRuns: SearchRun[];
      failed: Dimension[];
      facetValues: Record<SearchFacet, string[]>;
      titleRank: number;
      nextStart?: string;
    }
    const checked: Checked[] = [];
    for (const offer of scores ? [...scores.keys()].map((id) => offers.get(id)!) : offers.values()) {
      const failed: Dimension[] = [];
      if (query.topic.length && !query.topic.includes(offer.topic)) failed.push('topic');
      if (query.format.length && !query.format.includes(offer.format)) failed.push('format');
      if (query.dqrLevel.length && (offer.dqrLevel === null || !query.dqrLevel.includes(offer.dqrLevel))) failed.push('dqrLevel');
      if (query.azav && !offer.azavCertified) failed.push('azav');
      if (query.voucher && !offer.educationVoucher) failed.push('voucher');
      if (query.priceMax !== null && (offer.priceEur === null || offer.priceEur > query.priceMax)) failed.push('price');
      if (query.provider.length && !query.provider.includes(offer.provider.slug)) failed.push('provider');
      if (failed.length > 1) continue;
      const datedRuns = dated ? offer.runs.filter(inDates) : offer.runs;
      const matchingRuns = query.district.length ? datedRuns.filter((run) => run.district !== null && query.district.includes(run.district)) : datedRuns;
      // A date range or place asks for a run there and then; without either, an offer without runs counts too.
      if (runFiltered && matchingRuns.length === 0) failed.push('district');
      if (failed.length > 1) continue;
      const precomputed = facetValuesOf.get(offer.documentId)!;
      checked.push({
        offer,
        matchingRuns: runFiltered ? matchingRuns : offer.runs,
        failed,
        // The district facet counts the runs within the date range.
        facetValues: dated ? { ...precomputed, district: districtsOf(datedRuns) } : precomputed,
        titleRank: titleRank.get(offer.documentId)!,
      });
    }
    const results = checked.filter((entry) => entry.failed.length === 0);
    if (query.sort === 'start') {
      for (const entry of results) entry.nextStart = entry.matchingRuns.find((run) => run.startsOn >= today)?.startsOn ?? (runFiltered ? entry.matchingRuns[0]?.startsOn : undefined);
    }
    const nextStart = (entry: Checked) => entry.nextStart;
    const byTitle = (a: Checked, b: Checked) => a.titleRank - b.titleRank;
    const nullsLast = <T>(a: T | null | undefined, b: T | null | undefined, compare: (x: T, y: T) => number) =>
      a == null ? (b == null ? 0 : 1) : b == null ? -1 : compare(a, b);
    const order: Record<SearchQuery['sort'], (a: Checked, b: Checked) => number> = {
      relevance: (a, b) => (scores!.get(b.offer.documentId)! - scores!.get(a.offer.documentId)!) || byTitle(a, b),
      start: (a, b) => nullsLast(nextStart(a), nextStart(b), byIsoDate) || byTitle(a, b),
      title: byTitle,
      price: (a, b) => nullsLast(a.offer.priceEur, b.offer.priceEur, (x, y) => x - y) || byTitle(a, b),
    };
    results.sort(order[query.sort]);

    // A facet counts the offers that fail no other filter: none failed (they count in every facet), or only its own.
    const counts = Object.fromEntries(SEARCH_FACETS.map((facet) => [facet, new Map<string, number>()])) as Record<SearchFacet, Map<string, number>>;
    const countIn = (facet: SearchFacet, entry: Checked) => {
      const facetCounts = counts[facet];
      for (const value of entry.facetValues[facet]) facetCounts.set(value, (facetCounts.get(value) ?? 0) + 1);
    };
    for (const entry of checked) {
      if (entry.failed.length === 0) for (const facet of SEARCH_FACETS) countIn(facet, entry);
      else if ((SEARCH_FACETS as readonly string[]).includes(entry.failed[0])) countIn(entry.failed[0] as SearchFacet, entry);
    }
    const facetOrder: Record<SearchFacet, { values: string[]; selected: string[]; label: (value: string) => string }> = {
      topic: { values: [...TOPIC.values], selected: query.topic, label: (value) => TOPIC.labels[value as Topic] },
      district: { values: [...DISTRICT.values], selected: query.district, label: (value) => labelFor(DISTRICT.labels, value) },
      format: { values: [...COURSE_FORMAT.values], selected: query.format, label: (value) => labelFor(COURSE_FORMAT.labels, value) },
      dqrLevel: { values: ['1', '2', '3', '4', '5', '6', '7', '8'], selected: query.dqrLevel.map(String), label: (value) => `DQR-Niveau ${value}` },
      azav: { values: ['true'], selected: query.azav ? ['true'] : [], label: () => 'AZAV-zertifiziert' },
      voucher: { values: ['true'], selected: query.voucher ? ['true'] : [], label: () => 'Mit Bildungsgutschein förderfähig' },
      provider: {
        values: providerOrder,
        selected: query.provider,
        label: (value) => providerNames.get(value) ?? value,
      },
    };
    const facets = Object.fromEntries(
      SEARCH_FACETS.map((facet) => {
        const { values, selected, label } = facetOrder[facet];
        const count = (value: string) => counts[facet].get(value) ?? 0;
        const shown = [...values, ...selected.filter((value) => !values.includes(value))];
        return [facet, shown.filter((value) => count(value) > 0 || selected.includes(value)).map((value) => ({ value, label: label(value), count: count(value) }))];
      })
    );

    const start = (query.page - 1) * query.pageSize;
    const data = results.slice(start, start + query.pageSize).map(({ offer, matchingRuns }) => ({
      ...offer,
      runs: matchingRuns,
      score: scores ? Math.round(scores.get(offer.documentId)! * 1000) / 1000 : null,
    }));
    return {
      data,
      meta: {
        query,
        pagination: { page: query.page, pageSize: query.pageSize, pageCount: Math.ceil(results.length / query.pageSize), total: results.length },
        facets,
      },
    };
  };

  return { ensureFresh, search };
};
