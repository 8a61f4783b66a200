import { defineIndicator } from './define.js';

export const pressReleases = defineIndicator({
  id: 'press_releases',
  definition: 'Veröffentlichte Pressemitteilungen, deren Veröffentlichungsdatum im Zeitraum liegt.',
  source: 'FROM press_release p WHERE p.release_date BETWEEN $from AND $to',
  value: 'count(*)',
  contributions: { type: 'press-release', id: 'p.document_id', name: 'p.title' },
});
