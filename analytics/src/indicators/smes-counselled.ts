import { defineIndicator, ORGANISATION_CONTRIBUTIONS } from './define.js';

export const smesCounselled = defineIndicator({
  id: 'smes_counselled',
  definition:
    'Beratene Unternehmen im Zeitraum, die KMU sind (Kleinst-, kleine und mittlere Unternehmen, unter 250 Beschäftigte); jedes zählt einmal.',
  source: 'FROM consultation_fact c WHERE c.date BETWEEN $from AND $to AND c.is_kmu',
  value: 'count(DISTINCT c.organisation_id)',
  breakdowns: { district: 'c.district', size_class: 'c.size_key' },
  contributions: ORGANISATION_CONTRIBUTIONS('c', 'organisation_id', 'org_name'),
});
