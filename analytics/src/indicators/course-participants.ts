import { defineIndicator, ORG_BREAKDOWNS, dateDe } from './define.js';

export const courseParticipants = defineIndicator({
  id: 'course_participants',
  definition:
    'Summe der Teilnehmenden aller Kursteilnahmen in den durchgeführten Kursen des Zeitraums (veröffentlicht, nicht abgesagt, Beginn im Zeitraum). Region, Organisationstyp und Größe beziehen sich auf die entsendende Organisation.',
  source: 'FROM run_participation p WHERE p.starts_on BETWEEN $from AND $to',
  value: 'coalesce(sum(p.participants), 0)',
  breakdowns: { ...ORG_BREAKDOWNS('p', 'org_type'), topic: 'p.topic', format: 'p.format' },
  contributions: { type: 'course-participation', id: 'p.document_id', name: `coalesce(p.org_name, 'Ohne Organisation') || ' in ' || coalesce(p.run_title, 'Kurs') || ' ab ' || ${dateDe('p.starts_on')}`, amount: 'p.participants' },
});
