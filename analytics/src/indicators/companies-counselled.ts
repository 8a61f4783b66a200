import { defineIndicator, ORGANISATION_CONTRIBUTIONS } from './define.js';

export const companiesCounselled = defineIndicator({
  id: 'companies_counselled',
  definition: 'Unternehmen mit mindestens einer Beratung im Zeitraum; jedes Unternehmen zählt einmal.',
  source: 'FROM consultation_fact c WHERE c.date BETWEEN $from AND $to AND c.is_company',
  value: 'count(DISTINCT c.organisation_id)',
  breakdowns: { district: 'c.district', size_class: 'c.size_key' },
  contributions: ORGANISATION_CONTRIBUTIONS('c', 'organisation_id', 'org_name'),
});
