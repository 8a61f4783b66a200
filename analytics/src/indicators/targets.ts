import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows, toNumberOrNull } from '../db.js';
import { type DateRange, projectYears, type Term } from '../periods.js';

/** `indicator-target.period` values: the whole term or a project year. */
export type TargetPeriod = 'term' | `project_year_${number}`;

/** Targets exist for the term and project years only; any other period has none. */
export function targetPeriodFor(range: DateRange, term: Term): TargetPeriod | null {
  if (range.from === term.startsOn && range.to === term.endsOn) return 'term';
  const year = projectYears(term).find((py) => py.from === range.from && py.to === range.to);
  return year ? `project_year_${year.n}` : null;
}

/** If a target was entered twice, the most recently edited one applies. */
const TARGETS_SQL = `
  SELECT indicator, arg_max(target, updated_at) AS target
  FROM indicator_target
  WHERE period = $period AND indicator IS NOT NULL
  GROUP BY indicator`;

export async function readTargets(conn: DuckDBConnection, period: TargetPeriod | null): Promise<Map<string, number | null>> {
  if (period === null) return new Map();
  const rows = await queryRows<{ indicator: string; target: number | null }>(conn, TARGETS_SQL, { period });
  return new Map(rows.map((r) => [r.indicator, toNumberOrNull(r.target)]));
}

export function progress(value: number | null, target: number | null): number | null {
  if (value === null || target === null || target === 0) return null;
  return value / target;
}
