import { defineIndicator, ORG_BREAKDOWNS, REACHED_ROWS, ORGANISATION_CONTRIBUTIONS } from './define.js';

export const repeatEngagementShare = defineIndicator({
  id: 'repeat_engagement_share',
  definition:
    'Von den im Zeitraum erreichten Organisationen der Anteil mit mindestens zwei Kontakten im Zeitraum (Beratungen, Veranstaltungs- und Kursteilnahmen). Ohne erreichte Organisationen gibt es keinen Wert.',
  source: REACHED_ROWS,
  value: 'avg(CASE WHEN r.interactions >= 2 THEN 1 ELSE 0 END)',
  breakdowns: ORG_BREAKDOWNS('r', 'org_type'),
  contributions: { ...ORGANISATION_CONTRIBUTIONS('r', 'organisation_id', 'org_name'), numerator: 'r.interactions >= 2' },
});
