import { defineIndicator, dateDe } from './define.js';

const rows = 'FROM consultation_fact c WHERE c.date BETWEEN $from AND $to';

export const consultations = defineIndicator({
  id: 'consultations',
  definition: 'Beratungen, deren Datum im Zeitraum liegt.',
  source: rows,
  value: 'count(*)',
  breakdowns: {
    district: 'c.district',
    organisation_type: 'c.org_type',
    size_class: 'c.size_key',
    format: 'c.format',
    // A consultation on several topics counts once under each of them.
    topic: {
      key: 't.topic',
      source: `FROM consultation_fact c, unnest(CASE WHEN len(c.topics) = 0 THEN [NULL]::VARCHAR[] ELSE c.topics END) AS t(topic)
        WHERE c.date BETWEEN $from AND $to`,
    },
  },
  contributions: { type: 'consultation', id: 'c.document_id', name: `'Beratung am ' || ${dateDe('c.date')} || coalesce(' – ' || c.org_name, '')` },
});
