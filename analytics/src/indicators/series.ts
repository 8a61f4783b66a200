import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows, toNumberOrNull } from '../db.js';
import { InvalidQueryError } from '../errors.js';
import { type Bucket, buckets, type Granularity } from '../periods.js';
import { getIndicator } from './index.js';

export interface SeriesPoint extends Bucket {
  value: number | null;
  /** flows only: the value from the period's start to the bucket's end (distinct counts do not add up) */
  cumulative: number | null;
}

export function parseGranularity(value: string | null | undefined): Granularity {
  if (value === undefined || value === null || value === '' || value === 'month') return 'month';
  if (value === 'quarter') return 'quarter';
  throw new InvalidQueryError(`Unbekannte Auflösung „${value}“ (erlaubt: month, quarter).`);
}

const bucketBounds = (sql: string) => sql.replace(/\$from\b/g, 'b.bucket_from').replace(/\$to\b/g, 'b.bucket_to');
const cumulativeBounds = (sql: string) => sql.replace(/\$to\b/g, 'b.bucket_to');

/**
 * One statement for the whole series: the indicator's query becomes a subquery correlated with
 * each bucket. A stock is measured on the bucket's last day, flows and shares over the bucket.
 */
export async function computeSeries(
  conn: DuckDBConnection,
  id: string,
  from: string,
  to: string,
  granularity: Granularity,
): Promise<SeriesPoint[]> {
  const indicator = getIndicator(id);
  const list = buckets({ from, to }, granularity);
  // Bucket bounds come from validated ISO dates, so they can stand in the SQL as literals.
  const values = list.map((b, i) => `(${i}, DATE '${b.from}', DATE '${b.to}')`).join(', ');
  const cumulative = indicator.kind === 'flow' ? `(${cumulativeBounds(indicator.sql)})` : 'NULL';
  const sql = `
    SELECT b.idx, (${bucketBounds(indicator.sql)}) AS value, ${cumulative} AS cumulative
    FROM (VALUES ${values}) AS b(idx, bucket_from, bucket_to)
    ORDER BY b.idx`;
  const rows = await queryRows<{ idx: number; value: number | null; cumulative: number | null }>(
    conn,
    sql,
    indicator.kind === 'flow' ? { from } : undefined,
  );
  return rows.map((row) => ({
    ...list[row.idx]!,
    value: toNumberOrNull(row.value),
    cumulative: toNumberOrNull(row.cumulative),
  }));
}
