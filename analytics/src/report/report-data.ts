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
  breakdowns: ReportBreakdown[];
  quality: QualityResult[];
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
  return { project, period, snapshotAt, overview, breakdowns, quality: await runQualityChecks(conn) };
}

/** The Word report is the Sachbericht; the spreadsheets hold the figures alone. */
export function reportFileName(period: Period, extension: 'xlsx' | 'csv' | 'docx'): string {
  return `${extension === 'docx' ? 'Sachbericht' : 'Kennzahlen'}_${period.fileSlug}.${extension}`;
}

/** How every report reads a period, under its definitions. */
export function periodNote(period: { label: string; from: string; to: string }): string {
  return `Zeitraum ${period.label}: ${formatRangeDe(period.from, period.to)}, beide Tage eingeschlossen. Bestände gelten am letzten Tag des Zeitraums. Zeitpunkte zählen an ihrem Kalendertag in deutscher Zeit. Anteile haben keinen Wert, wenn die Bezugsgröße 0 ist.`;
}
