import { defineIndicator, PARTNER_ROWS, ORGANISATION_CONTRIBUTIONS } from './define.js';

export const smePartnerShare = defineIndicator({
  id: 'sme_partner_share',
  definition:
    'Von den Partnerunternehmen am letzten Tag des Zeitraums, deren Größe bekannt ist, der Anteil der KMU (Kleinst-, kleine und mittlere Unternehmen, unter 250 Beschäftigte). Unternehmen mit unbekannter Größe zählen nicht mit; ohne solche Unternehmen gibt es keinen Wert.',
  source: `${PARTNER_ROWS} AND o.is_company AND o.size_class <> 'unknown'`,
  value: 'avg(CASE WHEN o.is_kmu THEN 1 ELSE 0 END)',
  breakdowns: { district: 'o.district' },
  contributions: { ...ORGANISATION_CONTRIBUTIONS('o'), numerator: 'o.is_kmu' },
});
