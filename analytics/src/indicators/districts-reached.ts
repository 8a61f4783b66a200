import { DISTRICT, OUTSIDE_REGION } from '@verbund/domain';
import { defineIndicator, REACHED_ROWS } from './define.js';

export const districtsReached = defineIndicator({
  id: 'districts_reached',
  definition:
    'Anzahl der Landkreise und kreisfreien Städte der Region (ohne „außerhalb der Region“), in denen mindestens eine im Zeitraum erreichte Organisation ihren Sitz hat.',
  source: REACHED_ROWS,
  value: `count(DISTINCT CASE WHEN r.district <> '${OUTSIDE_REGION}' THEN r.district END)`,
  // A district is no record: it is listed with its key; the organisations behind it are those of organisations_reached.
  contributions: {
    type: 'district',
    id: 'r.district',
    name: 'r.district',
    labels: DISTRICT.labels,
    source: `${REACHED_ROWS} WHERE r.district <> '${OUTSIDE_REGION}'`,
  },
});
