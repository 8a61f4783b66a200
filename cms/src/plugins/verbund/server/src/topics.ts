/**
 * The topic vocabulary shared by offers, needs, working groups and consultations, with the German
 * label staff pick from. Kept free of imports: the admin's topic field imports it as is.
 */
export const TOPICS = [
  'digitalisation',
  'automation',
  'e_mobility',
  'data_and_ai',
  'it_security',
  'leadership',
  'sustainability',
  'languages',
  'health_and_safety',
  'other',
] as const;

export type Topic = (typeof TOPICS)[number];

export const TOPIC_LABELS: Record<Topic, string> = {
  digitalisation: 'Digitalisierung',
  automation: 'Automatisierung',
  e_mobility: 'Elektromobilität',
  data_and_ai: 'Daten und künstliche Intelligenz',
  it_security: 'IT-Sicherheit',
  leadership: 'Führung',
  sustainability: 'Nachhaltigkeit',
  languages: 'Sprachen',
  health_and_safety: 'Arbeits- und Gesundheitsschutz',
  other: 'Weitere Themen',
};
