import { defineIndicator, dateDe } from './define.js';

export const cooperativeCourseRuns = defineIndicator({
  id: 'cooperative_course_runs',
  definition:
    'Durchgeführte Kurse im Zeitraum (veröffentlicht, nicht abgesagt, Beginn im Zeitraum), an denen Beschäftigte aus mindestens zwei verschiedenen Unternehmen teilnehmen.',
  source: 'FROM held_run r WHERE r.starts_on BETWEEN $from AND $to AND r.participating_companies >= 2',
  value: 'count(*)',
  breakdowns: { district: 'r.district', topic: 'r.topic', format: 'r.format' },
  contributions: { type: 'course-run', id: 'r.document_id', name: `coalesce(r.title, 'Kurs') || ' ab ' || ${dateDe('r.starts_on')}` },
});
