/**
 * German names of the indicators and target periods, as the dashboard and reports show them
 * (the analytics package defines the same names for its computations; the plugin cannot import it).
 */
export const INDICATOR_LABELS: Record<string, string> = {
  partners: 'Netzwerkpartner',
  partner_companies: 'Partnerunternehmen',
  sme_partner_share: 'KMU-Anteil der Partnerunternehmen',
  training_providers: 'Weiterbildungsträger im Verbund',
  consultations: 'Beratungen',
  companies_counselled: 'Beratene Unternehmen',
  smes_counselled: 'Beratene KMU',
  needs_identified: 'Identifizierte Weiterbildungsbedarfe',
  needs_matched_share: 'Bedarfe mit passendem Angebot',
  course_runs: 'Durchgeführte Kurse',
  cooperative_course_runs: 'Verbundkurse (betriebsübergreifend)',
  course_participants: 'Teilnehmende an Weiterbildungen',
  course_participants_sme: 'Teilnehmende an Weiterbildungen aus KMU',
  new_course_offers: 'Neu entwickelte Angebote',
  events: 'Verbundveranstaltungen',
  working_group_meetings: 'Arbeitskreistreffen',
  event_participants: 'Teilnehmende an Veranstaltungen',
  organisations_reached: 'Erreichte Organisationen',
  repeat_engagement_share: 'Wiederkehrende Beteiligung',
  districts_reached: 'Regionale Abdeckung',
  press_releases: 'Pressemitteilungen',
};

export const PERIOD_LABELS: Record<string, string> = {
  project_year_1: 'Projektjahr 1',
  project_year_2: 'Projektjahr 2',
  project_year_3: 'Projektjahr 3',
  term: 'Gesamtlaufzeit',
};
