import { defineIndicator, dateDe } from './define.js';

export const courseRuns = defineIndicator({
  id: 'course_runs',
  definition: 'Veröffentlichte, nicht abgesagte Kursdurchführungen, die im Zeitraum beginnen.',
  source: 'FROM held_run r WHERE r.starts_on BETWEEN $from AND $to',
  value: 'count(*)',
  breakdowns: { district: 'r.district', topic: 'r.topic', format: 'r.format' },
  contributions: { type: 'course-run', id: 'r.document_id', name: `coalesce(r.title, 'Kurs') || ' ab ' || ${dateDe('r.starts_on')}` },
});
