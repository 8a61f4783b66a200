// The indicator catalogue as every package names it (docs/INDICATORS.md): id, German name, kind,
// unit, and how the dashboard presents it. Analytics adds the definition text and the SQL.

export const INDICATOR_KIND = {
  values: ['stock', 'flow', 'share'],
  labels: { stock: 'Bestand am Stichtag', flow: 'Summe im Zeitraum', share: 'Anteil' },
} as const;
export type IndicatorKind = (typeof INDICATOR_KIND.values)[number];

/** What a breakdown can split an indicator by. */
export const DIMENSION = {
  values: ['district', 'organisation_type', 'size_class', 'topic', 'event_type', 'format'],
  labels: {
    district: 'Region (Stadt/Landkreis)',
    organisation_type: 'Organisationstyp',
    size_class: 'Unternehmensgröße',
    topic: 'Thema',
    event_type: 'Veranstaltungsart',
    format: 'Format',
  },
} as const;
export type Dimension = (typeof DIMENSION.values)[number];

interface EntryBase {
  name: string;
  unit: string;
}
/** A share is a ratio 0..1; without rows in its denominator it has no value, and `emptyShare` says why. */
export type IndicatorEntry =
  | (EntryBase & { kind: 'stock' | 'flow' })
  | (EntryBase & { kind: 'share'; emptyShare: string });

const catalogue = <const T extends Record<string, IndicatorEntry>>(entries: T) => entries;

/** In the order of INDICATORS.md: dashboard, API and report all list the indicators so. */
export const INDICATOR_CATALOGUE = catalogue({
  partners: { name: 'Netzwerkpartner', kind: 'stock', unit: 'Organisationen' },
  partner_companies: { name: 'Partnerunternehmen', kind: 'stock', unit: 'Unternehmen' },
  sme_partner_share: {
    name: 'KMU-Anteil der Partnerunternehmen',
    kind: 'share',
    unit: 'Anteil',
    emptyShare: 'Am Stichtag gibt es keine Partnerunternehmen mit bekannter Größenklasse.',
  },
  training_providers: { name: 'Weiterbildungsträger im Verbund', kind: 'stock', unit: 'Organisationen' },
  consultations: { name: 'Beratungen', kind: 'flow', unit: 'Beratungen' },
  companies_counselled: { name: 'Beratene Unternehmen', kind: 'flow', unit: 'Unternehmen' },
  smes_counselled: { name: 'Beratene KMU', kind: 'flow', unit: 'Unternehmen' },
  needs_identified: { name: 'Identifizierte Weiterbildungsbedarfe', kind: 'flow', unit: 'Bedarfe' },
  needs_matched_share: {
    name: 'Bedarfe mit passendem Angebot',
    kind: 'share',
    unit: 'Anteil',
    emptyShare: 'Im Zeitraum wurden keine Weiterbildungsbedarfe identifiziert.',
  },
  course_runs: { name: 'Durchgeführte Kurse', kind: 'flow', unit: 'Kurse' },
  cooperative_course_runs: { name: 'Verbundkurse (betriebsübergreifend)', kind: 'flow', unit: 'Kurse' },
  course_participants: { name: 'Teilnehmende an Weiterbildungen', kind: 'flow', unit: 'Personen' },
  course_participants_sme: { name: 'davon aus KMU', kind: 'flow', unit: 'Personen' },
  new_course_offers: { name: 'Neu entwickelte Angebote', kind: 'flow', unit: 'Angebote' },
  events: { name: 'Verbundveranstaltungen', kind: 'flow', unit: 'Veranstaltungen' },
  working_group_meetings: { name: 'Arbeitskreistreffen', kind: 'flow', unit: 'Treffen' },
  event_participants: { name: 'Teilnehmende an Veranstaltungen', kind: 'flow', unit: 'Personen' },
  organisations_reached: { name: 'Erreichte Organisationen', kind: 'flow', unit: 'Organisationen' },
  repeat_engagement_share: {
    name: 'Wiederkehrende Beteiligung',
    kind: 'share',
    unit: 'Anteil',
    emptyShare: 'Im Zeitraum wurde keine Organisation erreicht.',
  },
  districts_reached: { name: 'Regionale Abdeckung', kind: 'flow', unit: 'Landkreise und Städte' },
  press_releases: { name: 'Pressemitteilungen', kind: 'flow', unit: 'Pressemitteilungen' },
});

export type IndicatorId = keyof typeof INDICATOR_CATALOGUE;
export const INDICATOR_IDS = Object.keys(INDICATOR_CATALOGUE) as IndicatorId[];

export const isIndicatorId = (value: string): value is IndicatorId => Object.hasOwn(INDICATOR_CATALOGUE, value);

/** The indicator's German name, or the id itself for one the catalogue does not know. */
export const indicatorName = (id: string): string => (isIndicatorId(id) ? INDICATOR_CATALOGUE[id].name : id);

/**
 * The overview's cards in their order: a headline indicator, optionally with a closely related
 * second one (a part of it or its follow-up). Indicators without a card are listed below them.
 */
export const OVERVIEW_CARDS: readonly { primary: IndicatorId; secondary?: IndicatorId }[] = [
  { primary: 'partners' },
  { primary: 'sme_partner_share' },
  { primary: 'companies_counselled' },
  { primary: 'needs_identified', secondary: 'needs_matched_share' },
  { primary: 'course_runs', secondary: 'cooperative_course_runs' },
  { primary: 'course_participants', secondary: 'course_participants_sme' },
  { primary: 'events', secondary: 'event_participants' },
  { primary: 'organisations_reached' },
  { primary: 'districts_reached' },
  { primary: 'press_releases' },
];

/** Why a share has no value: its denominator is empty, and 0 of 0 is not 0 %. */
export function emptyShareReason(id: string): string {
  const entry = isIndicatorId(id) ? INDICATOR_CATALOGUE[id] : undefined;
  return entry?.kind === 'share' ? entry.emptyShare : 'Die Bezugsgröße ist in diesem Zeitraum null, daher gibt es keinen Anteil.';
}
