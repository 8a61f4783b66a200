import type { DuckDBConnection } from '@duckdb/node-api';
import { formatRangeDe } from '../format.js';
import { type BreakdownRow, computeBreakdown } from '../indicators/breakdown.js';
import { DIMENSION_LABELS, DIMENSIONS, type Dimension, INDICATORS } from '../indicators/index.js';
import { computeOverview, type IndicatorOverview } from '../indicators/overview.js';
import type { Period } from '../periods.js';
import type { FundingProject } from '../project.js';
import { type QualityResult, runQualityChecks } from '../quality/index.js';

export interface ReportBreakdown {
  dimension: Dimension;
  dimensionLabel: string;
  indicators: Array<{ id: string; name: string; kind: string; rows: BreakdownRow[] }>;
}

/** Everything the funder's report shows for one period, gathered once for both writers. */
export interface ReportData {
  project: FundingProject;
  period: Period;
  /** export time of the snapshot (ISO, UTC) */
  snapshotAt: string;
  overview: IndicatorOverview;
  /** each indicator's definition by id, as it was when the figures were computed */
  definitions: Record<string, string>;
  breakdowns: ReportBreakdown[];
  quality: QualityResult[];
  /** a frozen version's title and who froze it when; absent for the live report */
  frozen?: { title: string; createdAt: string; createdBy: string };
}

export async function collectReportData(
  conn: DuckDBConnection,
  options: { project: FundingProject; period: Period; snapshotAt: string },
): Promise<ReportData> {
  const { project, period, snapshotAt } = options;
  const overview = await computeOverview(conn, period, project);
  const breakdowns: ReportBreakdown[] = [];
  for (const dimension of DIMENSIONS) {
    const indicators: ReportBreakdown['indicators'] = [];
    for (const indicator of INDICATORS.filter((i) => i.dimensions.includes(dimension))) {
      const rows = await computeBreakdown(conn, indicator.id, dimension, period.from, period.to);
      indicators.push({ id: indicator.id, name: indicator.name, kind: indicator.kind, rows });
    }
    breakdowns.push({ dimension, dimensionLabel: DIMENSION_LABELS[dimension], indicators });
  }
  const definitions = Object.fromEntries(INDICATORS.map((indicator) => [indicator.id, indicator.definition]));
  return { project, period, snapshotAt, overview, definitions, breakdowns, quality: await runQualityChecks(conn) };
}

type Extension = 'xlsx' | 'csv' | 'docx';

/** The Word report is the Sachbericht; the spreadsheets hold the figures alone. */
const fileKind = (extension: Extension) => (extension === 'docx' ? 'Sachbericht' : 'Kennzahlen');

export function reportFileName(period: Period, extension: Extension): string {
  return `${fileKind(extension)}_${period.fileSlug}.${extension}`;
}

/** How every report reads a period, under its definitions. */
export function periodNote(period: { label: string; from: string; to: string }): string {
  return `Zeitraum ${period.label}: ${formatRangeDe(period.from, period.to)}, beide Tage eingeschlossen. Bestände gelten am letzten Tag des Zeitraums. Zeitpunkte zählen an ihrem Kalendertag in deutscher Zeit. Anteile haben keinen Wert, wenn die Bezugsgröße 0 ist.`;
}

/** A frozen version's download names its number, so that two versions of one period stay apart. */
export function frozenReportFileName(id: number, period: Period, extension: Extension): string {
  return `${fileKind(extension)}_${period.fileSlug}_Version-${id}.${extension}`;
}
