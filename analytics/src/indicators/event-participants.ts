import { defineIndicator } from './define.js';

export const eventParticipants = defineIndicator({
  id: 'event_participants',
  definition: 'Summe der Gesamtteilnehmerzahlen der Verbundveranstaltungen im Zeitraum; eine Veranstaltung ohne Angabe zählt mit 0.',
  source: 'FROM held_event e WHERE e.event_date BETWEEN $from AND $to',
  value: 'coalesce(sum(e.attendees), 0)',
  breakdowns: { event_type: 'e.type', format: 'e.format' },
  contributions: { type: 'event', id: 'e.document_id', name: 'e.title', amount: 'e.attendees' },
});
