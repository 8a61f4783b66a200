import { defineIndicator, ORG_BREAKDOWNS, REACHED_ROWS, ORGANISATION_CONTRIBUTIONS } from './define.js';

export const organisationsReached = defineIndicator({
  id: 'organisations_reached',
  definition:
    'Organisationen mit mindestens einem Kontakt im Zeitraum; jede zählt einmal. Kontakte sind Beratungen, Teilnahmen an nicht abgesagten Veranstaltungen und Teilnahmen an nicht abgesagten Kursen, datiert nach Beratungsdatum, Veranstaltungsbeginn bzw. Kursbeginn.',
  source: REACHED_ROWS,
  value: 'count(*)',
  breakdowns: ORG_BREAKDOWNS('r', 'org_type'),
  contributions: ORGANISATION_CONTRIBUTIONS('r', 'organisation_id', 'org_name'),
});
