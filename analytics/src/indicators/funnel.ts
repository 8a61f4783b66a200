import type { DuckDBConnection } from '@duckdb/node-api';
import { INDICATOR_CATALOGUE } from '@verbund/domain';
import type { FunnelResponse } from '@verbund/domain/contract';
import { queryOne, toNumberOrNull } from '../db.js';
import { courseParticipants } from './course-participants.js';
import { needsIdentified } from './needs-identified.js';

export type FunnelStep = FunnelResponse['steps'][number];

const FUNNEL_SQL = `
  SELECT (${needsIdentified.sql}) AS identified,
         (SELECT CAST(count(*) AS DOUBLE) FROM need_fact n WHERE n.identified_on BETWEEN $from AND $to AND n.has_match) AS matched,
         (${courseParticipants.sql}) AS participants`;

/** From identified training needs via needs with a matching offer to people trained, for one period. */
export async function computeFunnel(conn: DuckDBConnection, from: string, to: string): Promise<FunnelStep[]> {
  const row = await queryOne<{ identified: number; matched: number; participants: number }>(conn, FUNNEL_SQL, { from, to });
  return [
    { id: 'needs_identified', label: INDICATOR_CATALOGUE.needs_identified.name, value: toNumberOrNull(row?.identified) ?? 0 },
    { id: 'needs_matched', label: INDICATOR_CATALOGUE.needs_matched_share.name, value: toNumberOrNull(row?.matched) ?? 0 },
    { id: 'course_participants', label: INDICATOR_CATALOGUE.course_participants.name, value: toNumberOrNull(row?.participants) ?? 0 },
  ];
}
