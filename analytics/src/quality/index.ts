import type { DuckDBConnection } from '@duckdb/node-api';
import type { QualityCheck, QualityFinding } from './check.js';
import { companySizeCheck } from './company-size.js';
import { courseRunCapacityCheck } from './course-run-capacity.js';
import { eventHeadcountCheck } from './event-headcount.js';
import { orphanedParticipationsCheck } from './orphaned-participations.js';
import { partnershipDatesCheck } from './partnership-dates.js';
import { pressPhotoImageCheck } from './press-photo-image.js';
import { trainingNeedStatusCheck } from './training-need-status.js';
import { unreadableValuesCheck } from './unreadable-values.js';

export type { QualityCheck, QualityFinding } from './check.js';

export const QUALITY_CHECKS: readonly QualityCheck[] = [
  eventHeadcountCheck,
  courseRunCapacityCheck,
  trainingNeedStatusCheck,
  partnershipDatesCheck,
  companySizeCheck,
  orphanedParticipationsCheck,
  pressPhotoImageCheck,
  unreadableValuesCheck,
];

export interface QualityResult {
  id: string;
  title: string;
  description: string;
  findings: QualityFinding[];
}

/** Every check over the whole snapshot; findings are shown beside the figures, never fixed. */
export async function runQualityChecks(conn: DuckDBConnection): Promise<QualityResult[]> {
  const results: QualityResult[] = [];
  for (const check of QUALITY_CHECKS) {
    results.push({ id: check.id, title: check.title, description: check.description, findings: await check.run(conn) });
  }
  return results;
}
