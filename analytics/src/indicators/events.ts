import { defineIndicator } from './define.js';

export const events = defineIndicator({
  id: 'events',
  definition: 'Veröffentlichte, nicht abgesagte Veranstaltungen, die im Zeitraum beginnen (Datum nach deutscher Zeit).',
  source: 'FROM held_event e WHERE e.event_date BETWEEN $from AND $to',
  value: 'count(*)',
  breakdowns: { event_type: 'e.type', format: 'e.format' },
  contributions: { type: 'event', id: 'e.document_id', name: 'e.title' },
});
