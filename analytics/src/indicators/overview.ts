import type { DuckDBConnection } from '@duckdb/node-api';
import { comparisonPeriod, type Period, type Term } from '../periods.js';
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
  /** The value in the comparison period; null where there is none. */
  previousValue: number | null;
}

/** The period a figure is compared with; null for the term and the first project year. */
export interface Comparison {
  key: string;
  label: string;
  from: string;
  to: string;
}

export interface IndicatorOverview {
  key: string;
  from: string;
  to: string;
  label: string;
  comparison: Comparison | null;
  indicators: IndicatorRow[];
}

/** Every indicator for a period with its target, progress and the comparison period's value. */
export async function computeOverview(conn: DuckDBConnection, period: Period, term: Term): Promise<IndicatorOverview> {
  const compared = comparisonPeriod(period, term);
  const values = await computeIndicatorMap(conn, period);
  const previousValues = compared ? await computeIndicatorMap(conn, compared) : new Map<string, number | null>();
  const targets = await readTargets(conn, targetPeriodFor(period, term));
  return {
    key: period.key,
    from: period.from,
    to: period.to,
    label: period.label,
    comparison: compared && { key: compared.key, label: compared.label, from: compared.from, to: compared.to },
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
