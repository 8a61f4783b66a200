import { defineIndicator, PARTNER_ROWS, ORGANISATION_CONTRIBUTIONS } from './define.js';

export const partnerCompanies = defineIndicator({
  id: 'partner_companies',
  definition: 'Netzwerkpartner am letzten Tag des Zeitraums, die Unternehmen sind (Organisationstyp „Unternehmen“).',
  source: `${PARTNER_ROWS} AND o.is_company`,
  value: 'count(*)',
  breakdowns: { district: 'o.district', size_class: 'o.size_key' },
  contributions: ORGANISATION_CONTRIBUTIONS('o'),
});
