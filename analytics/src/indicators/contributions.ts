import type { DuckDBConnection } from '@duckdb/node-api';
import { labelFor } from '@verbund/domain';
import type { Contribution } from '@verbund/domain/contract';
import { queryRows, toNumberOrNull } from '../db.js';
import type { DateRange } from '../periods.js';
import { getIndicator, INDICATORS } from './index.js';

/** The records behind one indicator's value in a period (see `ContributionSpec`). */
export async function computeContributions(conn: DuckDBConnection, id: string, range: DateRange): Promise<Contribution[]> {
  const indicator = getIndicator(id);
  const rows = await queryRows<{ document_id: string | null; name: string | null; role: Contribution['role']; amount: number | null }>(
    conn,
    indicator.contributionSql,
    { from: range.from, to: range.to },
  );
  const labels = indicator.contributionLabels;
  return rows
    .filter((row) => row.document_id !== null)
    .map((row) => ({
      type: indicator.contributionType,
      documentId: row.document_id!,
      name: labels ? labelFor(labels, row.name) : (row.name ?? row.document_id!),
      role: row.role,
      amount: toNumberOrNull(row.amount) ?? 0,
    }));
}

/** Every indicator's records for a period, by indicator id. */
export async function computeAllContributions(conn: DuckDBConnection, range: DateRange): Promise<Map<string, Contribution[]>> {
  const result = new Map<string, Contribution[]>();
  for (const indicator of INDICATORS) result.set(indicator.id, await computeContributions(conn, indicator.id, range));
  return result;
}

