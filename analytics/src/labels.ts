/** German labels for the enumeration values that appear in breakdowns, quality messages and reports. */

export const DISTRICT_LABELS: Record<string, string> = {
  braunschweig: 'Braunschweig',
  salzgitter: 'Salzgitter',
  wolfsburg: 'Wolfsburg',
  gifhorn: 'Gifhorn',
  goslar: 'Goslar',
  helmstedt: 'Helmstedt',
  peine: 'Peine',
  wolfenbuettel: 'Wolfenbüttel',
  outside_region: 'Außerhalb der Region',
};

export const ORGANISATION_TYPE_LABELS: Record<string, string> = {
  company: 'Unternehmen',
  training_provider: 'Weiterbildungsträger',
  chamber: 'Kammer',
  trade_union: 'Gewerkschaft',
  university: 'Hochschule',
  research: 'Forschungseinrichtung',
  employment_agency: 'Agentur für Arbeit / Jobcenter',
  economic_development: 'Wirtschaftsförderung',
  other: 'Sonstige Organisation',
};

export const SIZE_CLASS_LABELS: Record<string, string> = {
  micro: 'Kleinstunternehmen (<10)',
  small: 'Kleines Unternehmen (<50)',
  medium: 'Mittleres Unternehmen (<250)',
  large: 'Großunternehmen (≥250)',
  unknown: 'Größe unbekannt',
  not_company: 'Kein Unternehmen',
};

export const TOPIC_LABELS: Record<string, string> = {
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
};

export const EVENT_TYPE_LABELS: Record<string, string> = {
  kickoff: 'Auftaktveranstaltung',
  working_group_meeting: 'Arbeitskreistreffen',
  steering_committee_meeting: 'Steuerkreissitzung',
  workshop: 'Workshop',
  information_event: 'Informationsveranstaltung',
  conference: 'Konferenz',
  other: 'Sonstige Veranstaltung',
};

/** Event formats, course-offer formats and consultation formats share one dimension. */
export const FORMAT_LABELS: Record<string, string> = {
  onsite: 'Präsenz',
  online: 'Online',
  hybrid: 'Hybrid',
  blended: 'Blended Learning',
  on_site: 'Vor Ort',
  remote: 'Telefon/Video',
  at_event: 'Bei einer Veranstaltung',
};

export const UNKNOWN_LABEL = 'Ohne Angabe';

export function labelFor(labels: Record<string, string>, key: string | null): string {
  if (key === null || key === '') return UNKNOWN_LABEL;
  return labels[key] ?? key;
}
