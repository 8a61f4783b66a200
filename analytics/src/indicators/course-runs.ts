import { defineIndicator } from './define.js';

export const courseRuns = defineIndicator({
  id: 'course_runs',
  definition: 'Veröffentlichte, nicht abgesagte Kursdurchführungen, die im Zeitraum beginnen.',
  source: 'FROM held_run r WHERE r.starts_on BETWEEN $from AND $to',
  value: 'count(*)',
  breakdowns: { district: 'r.district', topic: 'r.topic', format: 'r.format' },
});
