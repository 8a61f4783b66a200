// The enumerations of the `verbund` content model (docs/content-model.md) with the German label a
// reader sees for each stored key. The CMS schemas, the admin panel, analytics (breakdowns,
// reports, quality messages), the dashboard and the demo data all read them from here.

/** Stored keys in their display order, and the German label of each. */
export interface Vocabulary<K extends string> {
  readonly values: readonly K[];
  readonly labels: Readonly<Record<K, string>>;
}

export const vocabulary = <const K extends string>(labels: Record<K, string>): Vocabulary<K> => ({
  values: Object.keys(labels) as K[],
  labels,
});

/** The topic list shared by offers, needs, working groups and consultations. */
export const TOPIC = vocabulary({
  digitalisation: 'Digitalisierung',
  automation: 'Automatisierung',
  e_mobility: 'E-Mobilität',
  data_and_ai: 'Daten und KI',
  it_security: 'IT-Sicherheit',
  leadership: 'Führung',
  sustainability: 'Nachhaltigkeit',
  languages: 'Sprachen',
  health_and_safety: 'Arbeits- und Gesundheitsschutz',
  other: 'Sonstiges Thema',
});

/** The default region (Braunschweig–Wolfsburg) and the key for places outside it. */
export const DISTRICT = vocabulary({
  braunschweig: 'Braunschweig',
  salzgitter: 'Salzgitter',
  wolfsburg: 'Wolfsburg',
  gifhorn: 'Gifhorn',
  goslar: 'Goslar',
  helmstedt: 'Helmstedt',
  peine: 'Peine',
  wolfenbuettel: 'Wolfenbüttel',
  outside_region: 'Außerhalb der Region',
});

export const OUTSIDE_REGION = 'outside_region' satisfies District;

export const ORGANISATION_TYPE = vocabulary({
  company: 'Unternehmen',
  training_provider: 'Weiterbildungsträger',
  chamber: 'Kammer',
  trade_union: 'Gewerkschaft',
  university: 'Hochschule',
  research: 'Forschungseinrichtung',
  employment_agency: 'Agentur für Arbeit / Jobcenter',
  economic_development: 'Wirtschaftsförderung',
  other: 'Sonstige Organisation',
});

/** Employees: micro < 10, small < 50, medium < 250, large from 250. */
export const SIZE_CLASS = vocabulary({
  micro: 'Kleinstunternehmen (<10)',
  small: 'Kleines Unternehmen (<50)',
  medium: 'Mittleres Unternehmen (<250)',
  large: 'Großunternehmen (≥250)',
  unknown: 'Größe unbekannt',
});

/** Analytics' size key also sorts organisations that are no company (their size class is meaningless). */
export const NOT_COMPANY = 'not_company';
export const SIZE_KEY_LABELS: Readonly<Record<SizeClass | typeof NOT_COMPANY, string>> = {
  ...SIZE_CLASS.labels,
  [NOT_COMPANY]: 'Kein Unternehmen',
};

export const EVENT_TYPE = vocabulary({
  kickoff: 'Auftaktveranstaltung',
  working_group_meeting: 'Arbeitskreistreffen',
  steering_committee_meeting: 'Steuerkreissitzung',
  workshop: 'Workshop',
  information_event: 'Informationsveranstaltung',
  conference: 'Konferenz',
  other: 'Sonstige Veranstaltung',
});

export const EVENT_FORMAT = vocabulary({ onsite: 'Präsenz', online: 'Online', hybrid: 'Hybrid' });

export const EVENT_STATUS = vocabulary({
  scheduled: 'Geplant',
  cancelled: 'Abgesagt',
  postponed: 'Verschoben',
  moved_online: 'Ins Digitale verlegt',
});

export const COURSE_FORMAT = vocabulary({ onsite: 'Präsenz', online: 'Online', blended: 'Blended Learning' });

export const COURSE_RUN_STATUS = vocabulary({
  planned: 'Geplant',
  running: 'Läuft',
  completed: 'Abgeschlossen',
  cancelled: 'Abgesagt',
});

export const CONSULTATION_FORMAT = vocabulary({
  on_site: 'Vor Ort',
  remote: 'Telefon/Video',
  at_event: 'Bei einer Veranstaltung',
});

export const TRAINING_NEED_STATUS = vocabulary({
  open: 'Offen',
  in_progress: 'In Bearbeitung',
  matched: 'Passendes Angebot gefunden',
  closed_unmatched: 'Ohne Angebot abgeschlossen',
});

/** The periods an indicator target is set for: each project year and the whole term. */
export const TARGET_PERIOD = vocabulary({
  project_year_1: 'Projektjahr 1',
  project_year_2: 'Projektjahr 2',
  project_year_3: 'Projektjahr 3',
  term: 'Gesamtlaufzeit',
});

/** Event, course-offer and consultation formats share one breakdown dimension. */
export const FORMAT_LABELS: Readonly<Record<EventFormat | CourseFormat | ConsultationFormat, string>> = {
  ...EVENT_FORMAT.labels,
  ...COURSE_FORMAT.labels,
  ...CONSULTATION_FORMAT.labels,
};

/** What a breakdown, a report or a quality message shows for an empty key. */
export const UNKNOWN_LABEL = 'Ohne Angabe';

/** The German label of a stored key; an empty key is „Ohne Angabe“, a key outside the list is shown as is. */
export function labelFor(labels: Readonly<Record<string, string>>, key: string | null): string {
  if (key === null || key === '') return UNKNOWN_LABEL;
  return labels[key] ?? key;
}

type ValueOf<V> = V extends Vocabulary<infer K> ? K : never;
export type Topic = ValueOf<typeof TOPIC>;
export type District = ValueOf<typeof DISTRICT>;
export type OrganisationType = ValueOf<typeof ORGANISATION_TYPE>;
export type SizeClass = ValueOf<typeof SIZE_CLASS>;
export type EventType = ValueOf<typeof EVENT_TYPE>;
export type EventFormat = ValueOf<typeof EVENT_FORMAT>;
export type EventStatus = ValueOf<typeof EVENT_STATUS>;
export type CourseFormat = ValueOf<typeof COURSE_FORMAT>;
export type CourseRunStatus = ValueOf<typeof COURSE_RUN_STATUS>;
export type ConsultationFormat = ValueOf<typeof CONSULTATION_FORMAT>;
export type TrainingNeedStatus = ValueOf<typeof TRAINING_NEED_STATUS>;
export type TargetPeriod = ValueOf<typeof TARGET_PERIOD>;
