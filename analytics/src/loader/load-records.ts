import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows, sqlString } from '../db.js';
import { describeError, isDiskFull, LoadError } from '../errors.js';
import type { ExportFraming } from './framing.js';

/**
 * One scan of the NDJSON with DuckDB's reader into a temporary table: the envelope typed, the
 * attributes kept as JSON for the per-type tables. Temporary, so the raw text never lands in
 * the snapshot file.
 */
function loadSql(ndjsonPath: string): string {
  return `
    CREATE TEMP TABLE raw_record AS
    SELECT type,
           documentId AS document_id,
           CAST(updatedAt AS TIMESTAMPTZ) AS updated_at,
           CAST(publishedAt AS TIMESTAMPTZ) AS published_at,
           fields,
           relations
    FROM read_json(${sqlString(ndjsonPath)},
                   format = 'newline_delimited',
                   maximum_object_size = 67108864,
                   columns = {type: 'VARCHAR', documentId: 'VARCHAR', updatedAt: 'VARCHAR', publishedAt: 'VARCHAR',
                              fields: 'JSON', relations: 'JSON'})`;
}

const COUNT_SQL = `
  SELECT coalesce(type, '') AS type,
         CAST(count(*) AS INTEGER) AS records,
         CAST(count(*) FILTER (WHERE document_id IS NULL) AS INTEGER) AS without_id
  FROM raw_record
  GROUP BY 1
  ORDER BY 1`;

/**
 * DuckDB's error names a line, but not reliably the broken one; on failure (only) the file is
 * read once more to tell the coordinator which line to look at.
 */
async function findBrokenLine(path: string): Promise<number | null> {
  let number = 0;
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  for await (const line of lines) {
    number += 1;
    if (line.trim() === '') continue;
    try {
      const value: unknown = JSON.parse(line);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return number;
    } catch {
      return number;
    }
  }
  return null;
}

const FRAMING_TYPES = new Set(['_meta', '_end']);

/** Loads the records and checks them against the `_end` counts; returns records per type. */
export async function loadRecords(
  conn: DuckDBConnection,
  ndjsonPath: string,
  framing: ExportFraming,
): Promise<Record<string, number>> {
  try {
    await conn.run(loadSql(ndjsonPath));
  } catch (error) {
    if (isDiskFull(error)) {
      throw new LoadError('parse', describeError(error), 'Auf dem Server ist nicht genug Speicherplatz frei, um die Daten zu laden.', {
        cause: error,
      });
    }
    const line = await findBrokenLine(ndjsonPath);
    throw new LoadError(
      'parse',
      describeError(error),
      line ? `Der Export enthält in Zeile ${line} kein gültiges JSON.` : 'Der Export enthält fehlerhafte Zeilen (kein gültiges JSON).',
      { cause: error },
    );
  }

  const rows = await queryRows<{ type: string; records: number; without_id: number }>(conn, COUNT_SQL);
  const counts: Record<string, number> = {};
  for (const row of rows) {
    if (row.type === '') {
      throw new LoadError('parse', `${row.records} records without type`, 'Der Export enthält Zeilen ohne Typangabe.');
    }
    if (FRAMING_TYPES.has(row.type)) {
      if (row.records !== 1) {
        throw new LoadError('framing', `${row.records} ${row.type} lines`, `Der Export enthält ${row.records} Zeilen vom Typ ${row.type} statt einer.`);
      }
      continue;
    }
    if (row.without_id > 0) {
      throw new LoadError('parse', `${row.without_id} ${row.type} records without documentId`, `Der Export enthält Datensätze vom Typ „${row.type}“ ohne documentId.`);
    }
    counts[row.type] = row.records;
  }

  const types = new Set([...Object.keys(counts), ...Object.keys(framing.counts)]);
  const mismatches = [...types].filter((type) => (counts[type] ?? 0) !== (framing.counts[type] ?? 0));
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  if (mismatches.length > 0 || total !== framing.count) {
    const detail = mismatches.map((t) => `${t}: ${counts[t] ?? 0} statt ${framing.counts[t] ?? 0}`).join(', ');
    throw new LoadError(
      'framing',
      `record counts differ from _end (${detail || `total ${total} instead of ${framing.count}`})`,
      `Der Export ist unvollständig: Die Anzahl der Datensätze stimmt nicht mit der Schlusszeile überein (${detail || `insgesamt ${total} statt ${framing.count}`}).`,
    );
  }
  return counts;
}
