import { defineIndicator, ORG_BREAKDOWNS, dateDe } from './define.js';

export const needsMatchedShare = defineIndicator({
  id: 'needs_matched_share',
  definition:
    'Von den im Zeitraum identifizierten Weiterbildungsbedarfen der Anteil, dem mindestens ein veröffentlichtes Kursangebot als passend zugeordnet ist. Ohne identifizierte Bedarfe gibt es keinen Wert.',
  source: 'FROM need_fact n WHERE n.identified_on BETWEEN $from AND $to',
  value: 'avg(CASE WHEN n.has_match THEN 1 ELSE 0 END)',
  breakdowns: { ...ORG_BREAKDOWNS('n', 'org_type'), topic: 'n.topic' },
  contributions: { type: 'training-need', id: 'n.document_id', name: `'Bedarf vom ' || ${dateDe('n.identified_on')} || coalesce(' – ' || n.org_name, '')`, numerator: 'n.has_match' },
});
