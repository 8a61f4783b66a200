import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows, toNumberOrNull } from '../db.js';
import type { DateRange } from '../periods.js';
import { INDICATORS } from './index.js';

export interface IndicatorValue {
  id: string;
  value: number | null;
}

/** All indicators as scalar subqueries of one statement: one round-trip per period. */
const ALL_SQL = INDICATORS.map(
  (indicator, index) => `SELECT ${index} AS ord, '${indicator.id}' AS id, (${indicator.sql}) AS value`,
).join('\nUNION ALL\n');

export async function computeIndicators(conn: DuckDBConnection, from: string, to: string): Promise<IndicatorValue[]> {
  const rows = await queryRows<{ ord: number; id: string; value: number | null }>(conn, `${ALL_SQL}\nORDER BY ord`, { from, to });
  return rows.map((row) => ({ id: row.id, value: toNumberOrNull(row.value) }));
}

export async function computeIndicatorMap(conn: DuckDBConnection, range: DateRange): Promise<Map<string, number | null>> {
  const values = await computeIndicators(conn, range.from, range.to);
  return new Map(values.map((v) => [v.id, v.value]));
}
