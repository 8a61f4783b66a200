import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows } from '../db.js';
import { LoadError } from '../errors.js';
import { TABLES } from './typed-tables.js';

const PROJECT_SQL = `
  SELECT CAST(count(*) AS INTEGER) AS n,
         CAST(count(*) FILTER (WHERE starts_on IS NOT NULL AND ends_on IS NOT NULL AND starts_on <= ends_on) AS INTEGER) AS valid
  FROM funding_project`;

function duplicatesSql(): string {
  return TABLES.map(
    (t) => `SELECT '${t.type}' AS type, document_id FROM ${t.table} GROUP BY document_id HAVING count(*) > 1`,
  ).join('\nUNION ALL\n');
}

/** Checks without which no figure is trustworthy; a failure keeps the previous snapshot. */
export async function runSanityChecks(conn: DuckDBConnection): Promise<void> {
  const [project] = await queryRows<{ n: number; valid: number }>(conn, PROJECT_SQL);
  if (!project || project.n !== 1) {
    throw new LoadError(
      'sanity',
      `expected 1 funding-project, found ${project?.n ?? 0}`,
      project?.n
        ? `Der Export enthält ${project.n} Förderprojekte statt einem.`
        : 'Der Export enthält kein Förderprojekt – ohne Laufzeit lassen sich keine Zeiträume berechnen.',
    );
  }
  if (project.valid !== 1) {
    throw new LoadError(
      'sanity',
      'funding-project has no valid startsOn/endsOn',
      'Beim Förderprojekt fehlen Beginn oder Ende der Laufzeit, oder der Beginn liegt nach dem Ende.',
    );
  }

  const duplicates = await queryRows<{ type: string; document_id: string }>(conn, `${duplicatesSql()} LIMIT 5`);
  if (duplicates.length > 0) {
    const list = duplicates.map((d) => `${d.type} ${d.document_id}`).join(', ');
    throw new LoadError('sanity', `duplicate documentIds: ${list}`, `Der Export enthält Datensätze doppelt (${list}).`);
  }
}
