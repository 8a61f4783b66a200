import type { DuckDBConnection } from '@duckdb/node-api';
import { queryOne } from './db.js';
import type { Term } from './periods.js';

export interface FundingProject extends Term {
  name: string;
  shortName: string | null;
  fundingProgramme: string | null;
  funder: string | null;
  grantReference: string | null;
  region: string | null;
}

const PROJECT_SQL = `
  SELECT name, short_name, funding_programme, funder, grant_reference, region,
         strftime(starts_on, '%Y-%m-%d') AS starts_on, strftime(ends_on, '%Y-%m-%d') AS ends_on
  FROM funding_project
  LIMIT 1`;

/** The loader guarantees exactly one project with a valid term. */
export async function readFundingProject(conn: DuckDBConnection): Promise<FundingProject> {
  const row = await queryOne<Record<string, string | null>>(conn, PROJECT_SQL);
  if (!row) throw new Error('snapshot has no funding_project row');
  return {
    name: row.name ?? '',
    shortName: row.short_name ?? null,
    fundingProgramme: row.funding_programme ?? null,
    funder: row.funder ?? null,
    grantReference: row.grant_reference ?? null,
    region: row.region ?? null,
    startsOn: row.starts_on!,
    endsOn: row.ends_on!,
  };
}
