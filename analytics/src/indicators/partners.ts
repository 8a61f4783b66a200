import { defineIndicator, ORG_BREAKDOWNS, PARTNER_ROWS, ORGANISATION_CONTRIBUTIONS } from './define.js';

export const partners = defineIndicator({
  id: 'partners',
  definition:
    'Organisationen, die am letzten Tag des Zeitraums Partner des Verbunds sind: „Partner seit“ liegt spätestens an diesem Tag, und „Partner bis“ ist leer oder liegt an oder nach diesem Tag.',
  source: PARTNER_ROWS,
  value: 'count(*)',
  breakdowns: ORG_BREAKDOWNS('o'),
  contributions: ORGANISATION_CONTRIBUTIONS('o'),
});
