import type { Topic } from '@verbund/domain';

// German titles and texts of the fictional events, by topic, so that a workshop on IT
// security reads like one.

export const WORKSHOP_TITLES: Record<Topic, readonly string[]> = {
  digitalisation: ['Digitale Prozesse im Kleinbetrieb', 'Weiterbildungsbedarfe digital erheben', 'Von Papier zu Prozess: Dokumentenmanagement'],
  automation: ['Cobots in der Fertigung', 'Einstieg in die Steuerungstechnik', 'Automatisierung im Handwerk'],
  e_mobility: ['Hochvolt-Sicherheit in der Werkstatt', 'Qualifizierung für neue Antriebe', 'Ladeinfrastruktur im Betrieb'],
  data_and_ai: ['KI-Werkzeuge im Büroalltag', 'Datenkompetenz für Fachkräfte', 'Maschinendaten nutzen'],
  it_security: ['Phishing erkennen, Betrieb schützen', 'Notfallplan IT-Sicherheit', 'Informationssicherheit für kleine Betriebe'],
  leadership: ['Führen in Veränderungsprozessen', 'Mitarbeitergespräche zur Weiterbildung', 'Gesund führen'],
  sustainability: ['Energiemanagement im Betrieb', 'Nachhaltigkeitsbericht für den Mittelstand', 'Kreislaufwirtschaft in der Produktion'],
  languages: ['Deutsch am Arbeitsplatz fördern', 'Technisches Englisch im Kundenkontakt'],
  health_and_safety: ['Psychische Gefährdungsbeurteilung', 'Ergonomie am Arbeitsplatz', 'Arbeitsschutz im Wandel'],
  other: ['Lernen im Prozess der Arbeit', 'Kompetenzen sichtbar machen', 'Weiterbildung planen mit dem Qualifizierungsplan'],
};

export const INFORMATION_TITLES: readonly string[] = [
  'Förderung betrieblicher Weiterbildung – was zahlt die Agentur für Arbeit?',
  'Bildungsgutschein und Qualifizierungschancengesetz',
  'Verbundkurse – gemeinsam weiterbilden über Betriebsgrenzen',
  'Weiterbildung in der Transformation der Automobilindustrie',
  'Teilqualifizierung für An- und Ungelernte',
  'Weiterbildungsberatung für kleine Unternehmen',
];

export const OTHER_TITLES: readonly ((place: string) => string)[] = [
  (place) => `Netzwerkfrühstück ${place}`,
  (place) => `Unternehmensbesuch in ${place}`,
  (place) => `Lernreise Weiterbildung ${place}`,
  (place) => `Netzwerkabend des Weiterbildungsverbundes in ${place}`,
];

export const WORKING_GROUP_FOCUS: Record<Topic, readonly string[]> = {
  digitalisation: ['Bedarfserhebung Digitalisierung', 'Planung eines Verbundkurses ERP', 'Erfahrungen mit digitalen Lernplattformen'],
  automation: ['Robotik in kleinen Serien', 'Qualifizierung von Anlagenführern'],
  e_mobility: ['Hochvolt-Qualifizierung in Werkstätten', 'Umschulung in der Zulieferindustrie', 'Betriebsbesuch E-Antriebsfertigung'],
  data_and_ai: ['Datenprojekte in KMU', 'KI-Anwendungen im Betrieb'],
  it_security: ['Sicherheitsvorfälle aus der Praxis', 'Schulungskonzept IT-Sicherheit'],
  leadership: ['Strategische Personalplanung', 'Führungskräfteentwicklung im Verbund', 'Nachfolge und Wissenstransfer'],
  sustainability: ['Energieeffizienz im Betrieb', 'Nachhaltigkeitsberichterstattung für Zulieferer'],
  languages: ['Sprachförderung im Betrieb', 'Berufsbezogene Deutschkurse'],
  health_and_safety: ['Gesundheitsmanagement in kleinen Betrieben', 'Arbeitsschutzunterweisung digital'],
  other: ['Gemeinsame Kursplanung', 'Qualitätsstandards für Verbundkurse', 'Auswertung der Kursanmeldungen'],
};

export const PUBLIC_HEALTH_RULES_2022 =
  'Zutritt nach den Regeln der Niedersächsischen Corona-Verordnung (derzeit 2G): Bitte bringen Sie Ihren Impf- oder Genesenennachweis und einen Lichtbildausweis mit. Außerhalb des Sitzplatzes ist eine medizinische Maske zu tragen.';

export const VOLUNTARY_TEST_NOTE =
  'Die Corona-Beschränkungen sind aufgehoben. Wir empfehlen einen Selbsttest vor der Anreise; Masken liegen am Einlass bereit.';

/** "Arbeitskreis Führung" → "Arbeitskreises Führung", as in "Treffen des Arbeitskreises …" */
export function workingGroupGenitive(name: string): string {
  return name.replace(/^Arbeitskreis /, 'Arbeitskreises ');
}
