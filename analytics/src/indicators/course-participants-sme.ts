import { defineIndicator, dateDe } from './define.js';

export const courseParticipantsSme = defineIndicator({
  id: 'course_participants_sme',
  definition: 'Der Teil der Teilnehmenden an Weiterbildungen im Zeitraum, deren Organisation ein KMU ist (Unternehmen unter 250 Beschäftigten).',
  source: 'FROM run_participation p WHERE p.starts_on BETWEEN $from AND $to AND p.is_kmu',
  value: 'coalesce(sum(p.participants), 0)',
  breakdowns: { district: 'p.district', size_class: 'p.size_key', topic: 'p.topic', format: 'p.format' },
  contributions: { type: 'course-participation', id: 'p.document_id', name: `coalesce(p.org_name, 'Ohne Organisation') || ' in ' || coalesce(p.run_title, 'Kurs') || ' ab ' || ${dateDe('p.starts_on')}`, amount: 'p.participants' },
});
