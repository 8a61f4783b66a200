// The public course search's answer (`GET /api/verbund/search`): the plugin writes it, the public
// website reads it. Types only: neither side validates the other at run time.

/** The filters the answer counts per value (facets), in the order the website shows them. */
export const SEARCH_FACETS = ['topic', 'district', 'format', 'dqrLevel', 'azav', 'voucher', 'provider'] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];

/** A published run of an offer (those matching the date and district filters, soonest first). */
export interface SearchRun {
  documentId: string;
  startsOn: string;
  endsOn: string | null;
  city: string | null;
  district: string | null;
  districtLabel: string | null;
  runStatus: string;
}

export interface SearchHit {
  documentId: string;
  slug: string;
  title: string;
  summary: string | null;
  topic: string | null;
  topicLabel: string | null;
  format: string | null;
  formatLabel: string | null;
  dqrLevel: number | null;
  durationHours: number | null;
  priceEur: number | null;
  azavCertified: boolean;
  educationVoucher: boolean;
  certificate: string | null;
  provider: { name: string; slug: string } | null;
  runs: SearchRun[];
  /** Relevance for a text query; null without one. */
  score: number | null;
}

export interface SearchFacetValue {
  value: string;
  label: string;
  count: number;
}

export interface SearchAnswer {
  data: SearchHit[];
  meta: {
    /** The parameters as the search understood them (defaults filled in). */
    query: object;
    pagination: { page: number; pageSize: number; pageCount: number; total: number };
    facets: Partial<Record<SearchFacet, SearchFacetValue[]>>;
  };
}
