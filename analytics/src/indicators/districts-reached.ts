import { OUTSIDE_REGION } from '@verbund/domain';
import { defineIndicator, REACHED_ROWS } from './define.js';

export const districtsReached = defineIndicator({
  id: 'districts_reached',
  definition:
    'Anzahl der Landkreise und kreisfreien Städte der Region (ohne „außerhalb der Region“), in denen mindestens eine im Zeitraum erreichte Organisation ihren Sitz hat.',
  source: REACHED_ROWS,
  value: `count(DISTINCT CASE WHEN r.district <> '${OUTSIDE_REGION}' THEN r.district END)`,
});
