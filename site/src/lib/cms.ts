/**
 * The site's only data source: the CMS's anonymous public API (`/api/verbund/...`). The CMS
 * decides what is public (published, not under embargo, public events, no internal types), so
 * whatever this client is given may be shown.
 */
export const cmsUrl = () => (process.env.CMS_URL ?? 'http://127.0.0.1:1337').replace(/\/+$/, '');

/** The CMS answered with an error (its German message) or could not be reached (status 0). */
export class CmsError extends Error {
  constructor(
    message: string,
    readonly status: number
  ) {
    super(message);
  }
}

export type Query = Record<string, string | number | boolean | readonly string[] | undefined>;

/** Strapi's bracket syntax (`filters[type][$eq]=…`) written as plain keys; arrays repeat the key. */
const searchParams = (query: Query) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item));
  }
  return params;
};

export async function cmsGet<T>(path: string, query: Query = {}, headers: Record<string, string> = {}): Promise<T> {
  const params = searchParams(query).toString();
  let response: Response;
  try {
    response = await fetch(`${cmsUrl()}/api/verbund/${path}${params ? `?${params}` : ''}`, {
      headers: { accept: 'application/json', ...headers },
      signal: AbortSignal.timeout(10_000),
    });
  } catch {
    throw new CmsError('Die Inhalte sind gerade nicht erreichbar. Bitte versuchen Sie es später erneut.', 0);
  }
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!response.ok) {
    throw new CmsError(body?.error?.message ?? 'Die Inhalte sind gerade nicht erreichbar. Bitte versuchen Sie es später erneut.', response.status);
  }
  return body as T;
}

/** One record by slug, or null when the CMS has none that is public. */
export async function cmsFindOne<T>(path: string, slug: string, query: Query = {}): Promise<T | null> {
  try {
    return (await cmsGet<{ data: T }>(`${path}/${encodeURIComponent(slug)}`, query)).data;
  } catch (error) {
    if (error instanceof CmsError && error.status === 404) return null;
    throw error;
  }
}

/** The draft of a record for the admin's preview (with the shared secret), or null when there is none. */
export async function cmsPreview<T>(routeKey: string, documentId: string, secret: string): Promise<T | null> {
  try {
    const path = `preview/${encodeURIComponent(routeKey)}/${encodeURIComponent(documentId)}`;
    return (await cmsGet<{ data: T }>(path, {}, { authorization: `Bearer ${secret}` })).data;
  } catch (error) {
    if (error instanceof CmsError && (error.status === 404 || error.status === 401)) return null;
    throw error;
  }
}

export interface Page<T> {
  data: T[];
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
}

/** Every record of a collection, page by page (feeds and the sitemap list all of them). */
export async function cmsAll<T>(path: string, query: Query = {}): Promise<T[]> {
  const all: T[] = [];
  for (let page = 1; ; page += 1) {
    const { data, meta } = await cmsGet<Page<T>>(path, { ...query, 'pagination[page]': page, 'pagination[pageSize]': 100 });
    all.push(...data);
    if (page >= meta.pagination.pageCount) return all;
  }
}

export interface Media {
  url: string;
  alternativeText: string | null;
  caption: string | null;
  width: number | null;
  height: number | null;
  mime: string;
  formats?: Record<string, { url: string; width: number; height: number }> | null;
}

export interface PressPhoto {
  id: number;
  image: Media | null;
  caption: string | null;
  credit: string | null;
  photographer: string | null;
}

export interface PressContact {
  documentId: string;
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
}

export interface EventSummary {
  documentId: string;
  title: string;
  slug: string;
  type: string;
  startsAt: string;
  endsAt: string | null;
  format: string;
  eventStatus: string;
}

export interface BlockNode {
  type: string;
  text?: string;
  level?: number;
  format?: string;
  url?: string;
  bold?: boolean;
  italic?: boolean;
  children?: BlockNode[];
}

export interface PressRelease {
  documentId: string;
  title: string;
  slug: string;
  subtitle: string | null;
  dateline: string | null;
  releaseDate: string;
  lead: string | null;
  body: BlockNode[] | null;
  tags: string[] | null;
  publishedAt: string;
  photos?: PressPhoto[];
  pressContact?: PressContact | null;
  relatedEvents?: EventSummary[];
}

export interface Venue {
  name: string | null;
  street: string | null;
  postcode: string | null;
  city: string | null;
}

export interface AgendaItem {
  id: number;
  time: string | null;
  title: string;
  speaker: string | null;
  organisation: string | null;
}

export interface WorkingGroup {
  documentId: string;
  name: string;
  slug: string;
  topic: string | null;
  description: string | null;
}

export interface Event extends EventSummary {
  summary: string | null;
  description: string | null;
  timezone: string | null;
  capacity: number | null;
  hygieneNotes: string | null;
  publishedAt: string;
  updatedAt: string;
  venue?: Venue | null;
  agenda?: AgendaItem[];
  workingGroup?: WorkingGroup | null;
}

export interface CourseRun {
  documentId: string;
  startsOn: string;
  endsOn: string | null;
  district: string | null;
  city: string | null;
  seats: number | null;
  runStatus: string;
}

export interface CourseOffer {
  documentId: string;
  title: string;
  slug: string;
  summary: string | null;
  description: string | null;
  topic: string | null;
  targetGroup: string | null;
  prerequisites: string | null;
  certificate: string | null;
  dqrLevel: number | null;
  format: string | null;
  durationHours: number | null;
  priceEur: number | string | null;
  azavCertified: boolean | null;
  educationVoucher: boolean | null;
  publishedAt: string;
  provider?: { documentId: string; name: string; slug: string; district: string | null; website: string | null } | null;
  runs?: CourseRun[];
}

export interface SteeringMember {
  id: number;
  name: string;
  organisation: string | null;
  role: string | null;
}

export interface FundingProject {
  name: string;
  shortName: string | null;
  fundingProgramme: string | null;
  funder: string | null;
  startsOn: string;
  endsOn: string;
  region: string | null;
  description: string | null;
  steeringCommittee?: SteeringMember[];
}

export interface SiteSettings {
  siteName: string;
  tagline: string | null;
  fundingNotice: string | null;
  imprint: string;
  privacyPolicy: string;
  accessibilityStatement: string;
  accessibilityContactEmail: string;
  accessibilityContactPhone: string | null;
  accessibilityReviewedOn: string | null;
}

/** The texts every page's header and footer need; a site without them still renders. */
export async function siteSettings(): Promise<SiteSettings | null> {
  try {
    return (await cmsGet<{ data: SiteSettings }>('site-settings')).data;
  } catch {
    return null;
  }
}
