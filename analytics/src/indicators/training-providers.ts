import { defineIndicator, PARTNER_ROWS, ORGANISATION_CONTRIBUTIONS } from './define.js';

export const trainingProviders = defineIndicator({
  id: 'training_providers',
  definition: 'Netzwerkpartner am letzten Tag des Zeitraums, die Weiterbildungsträger sind.',
  source: `${PARTNER_ROWS} AND o.type = 'training_provider'`,
  value: 'count(*)',
  breakdowns: { district: 'o.district' },
  contributions: ORGANISATION_CONTRIBUTIONS('o'),
});
