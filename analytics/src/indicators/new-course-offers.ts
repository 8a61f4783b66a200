import { defineIndicator } from './define.js';

export const newCourseOffers = defineIndicator({
  id: 'new_course_offers',
  definition:
    'Veröffentlichte Kursangebote, die als „neu im Verbund“ markiert sind und deren erste durchgeführte (nicht abgesagte) Kursdurchführung im Zeitraum beginnt.',
  source: 'FROM new_offer n WHERE n.first_run_on BETWEEN $from AND $to',
  value: 'count(*)',
  breakdowns: { topic: 'n.topic', format: 'n.format' },
  contributions: { type: 'course-offer', id: 'n.document_id', name: 'n.title' },
});
