import type { DuckDBConnection } from '@duckdb/node-api';
import { queryOne, queryRows, sqlString } from '../db.js';
import type { ExportFraming } from './framing.js';

export interface SnapshotMeta {
  /** when the CMS produced the export (ISO, UTC) */
  snapshotAt: string;
  /** when this snapshot was loaded (ISO, UTC) */
  loadedAt: string;
  counts: Record<string, number>;
}

export async function writeSnapshotMeta(
  conn: DuckDBConnection,
  framing: ExportFraming,
  counts: Record<string, number>,
  loadedAt: Date,
): Promise<void> {
  await conn.run(`
    CREATE TABLE snapshot_meta AS
    SELECT CAST(${sqlString(framing.exportedAt)} AS TIMESTAMPTZ) AS snapshot_at,
           CAST(${sqlString(loadedAt.toISOString())} AS TIMESTAMPTZ) AS loaded_at,
           ${framing.formatVersion} AS format_version`);
  const values = Object.entries(counts).map(([type, n]) => `(${sqlString(type)}, ${n})`);
  await conn.run(`CREATE TABLE snapshot_count (type VARCHAR, records INTEGER)`);
  if (values.length > 0) await conn.run(`INSERT INTO snapshot_count VALUES ${values.join(', ')}`);
}

const META_SQL = `
  SELECT strftime(snapshot_at, '%Y-%m-%dT%H:%M:%S.%gZ') AS snapshot_at,
         strftime(loaded_at, '%Y-%m-%dT%H:%M:%S.%gZ') AS loaded_at
  FROM snapshot_meta`;

/** Reads the meta back (the session runs in UTC, so the `Z` suffix is right). */
export async function readSnapshotMeta(conn: DuckDBConnection): Promise<SnapshotMeta> {
  const meta = await queryOne<{ snapshot_at: string; loaded_at: string }>(conn, META_SQL);
  const rows = await queryRows<{ type: string; records: number }>(conn, 'SELECT type, records FROM snapshot_count ORDER BY type');
  return {
    snapshotAt: meta?.snapshot_at ?? '',
    loadedAt: meta?.loaded_at ?? '',
    counts: Object.fromEntries(rows.map((r) => [r.type, r.records])),
  };
}
