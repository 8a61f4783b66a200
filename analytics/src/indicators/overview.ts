import type { DuckDBConnection } from '@duckdb/node-api';
import { type DateRange, type Period, previousRange, type Term } from '../periods.js';
import { computeIndicatorMap } from './compute.js';
import { type Indicator, INDICATORS } from './index.js';
import { progress, readTargets, targetPeriodFor } from './targets.js';

export interface IndicatorRow {
  id: string;
  name: string;
  kind: Indicator['kind'];
  unit: string;
  value: number | null;
  target: number | null;
  progress: number | null;
  previousValue: number | null;
}

export interface IndicatorOverview {
  key: string;
  from: string;
  to: string;
  label: string;
  previous: DateRange;
  indicators: IndicatorRow[];
}

/** Every indicator for a period with its target, progress and the previous period's value. */
export async function computeOverview(conn: DuckDBConnection, period: Period, term: Term): Promise<IndicatorOverview> {
  const previous = previousRange(period);
  const values = await computeIndicatorMap(conn, period);
  const previousValues = await computeIndicatorMap(conn, previous);
  const targets = await readTargets(conn, targetPeriodFor(period, term));
  return {
    key: period.key,
    from: period.from,
    to: period.to,
    label: period.label,
    previous,
    indicators: INDICATORS.map((indicator) => {
      const value = values.get(indicator.id) ?? null;
      const target = targets.get(indicator.id) ?? null;
      return {
        id: indicator.id,
        name: indicator.name,
        kind: indicator.kind,
        unit: indicator.unit,
        value,
        target,
        progress: progress(value, target),
        previousValue: previousValues.get(indicator.id) ?? null,
      };
    }),
  };
}
