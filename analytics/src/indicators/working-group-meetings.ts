import { defineIndicator } from './define.js';

export const workingGroupMeetings = defineIndicator({
  id: 'working_group_meetings',
  definition: 'Verbundveranstaltungen im Zeitraum vom Typ „Arbeitskreistreffen“.',
  source: "FROM held_event e WHERE e.event_date BETWEEN $from AND $to AND e.type = 'working_group_meeting'",
  value: 'count(*)',
  breakdowns: { format: 'e.format' },
  contributions: { type: 'event', id: 'e.document_id', name: 'e.title' },
});
