import { defineIndicator, ORG_BREAKDOWNS, dateDe } from './define.js';

export const needsIdentified = defineIndicator({
  id: 'needs_identified',
  definition: 'Weiterbildungsbedarfe, die im Zeitraum identifiziert wurden (Datum „identifiziert am“ im Zeitraum).',
  source: 'FROM need_fact n WHERE n.identified_on BETWEEN $from AND $to',
  value: 'count(*)',
  breakdowns: { ...ORG_BREAKDOWNS('n', 'org_type'), topic: 'n.topic' },
  contributions: { type: 'training-need', id: 'n.document_id', name: `'Bedarf vom ' || ${dateDe('n.identified_on')} || coalesce(' – ' || n.org_name, '')` },
});
