import type { DuckDBConnection } from '@duckdb/node-api';
import type { FrozenIndicator, FrozenProject, Period, QualityCheck, ReportVersion, SeriesPoint } from '@verbund/domain/contract';
import { OVERVIEW_CARDS } from '@verbund/domain';
import { parts } from '../dates.js';
import { getIndicator } from '../indicators/index.js';
import { computeOverview } from '../indicators/overview.js';
import { computeSeries } from '../indicators/series.js';
import type { Granularity, Period as AnalyticsPeriod } from '../periods.js';
import type { FundingProject } from '../project.js';
import { runQualityChecks } from '../quality/index.js';

/** The overview's cards name the headline indicators; each gets a chart in the Sachbericht. */
export const HEADLINE_INDICATORS: readonly string[] = OVERVIEW_CARDS.map((card) => card.primary);

/** An indicator as a frozen version keeps it, without the records behind the value and the comparison. */
export type SachberichtIndicator = Omit<FrozenIndicator, 'contributions' | 'previousValue'>;

export interface SachberichtChart {
  indicatorId: string;
  granularity: Granularity;
  points: SeriesPoint[];
}

/**
 * Everything the Word report shows. Built from the current snapshot (`collectSachberichtData`)
 * or from a frozen report version (`sachberichtFromVersion`), so both render the same way.
 */
export interface SachberichtData {
  project: FrozenProject;
  period: Period;
  /** export time of the data (ISO, UTC): the report's „Stand“ */
  snapshotAt: string;
  /** set for a frozen version, which names itself on the cover */
  frozen: { title: string; createdAt: string; createdBy: string } | null;
  indicators: SachberichtIndicator[];
  /** the headline indicators' series; null where the source keeps none */
  charts: SachberichtChart[] | null;
  quality: QualityCheck[];
}

/** Months for a period of up to a year, quarters beyond, so that a chart has at most a dozen bars per row. */
export function chartGranularity(period: { from: string; to: string }): Granularity {
  const from = parts(period.from);
  const to = parts(period.to);
  return (to.year - from.year) * 12 + (to.month - from.month) + 1 <= 12 ? 'month' : 'quarter';
}

export async function collectSachberichtData(
  conn: DuckDBConnection,
  options: { project: FundingProject; period: AnalyticsPeriod; snapshotAt: string },
): Promise<SachberichtData> {
  const { project, period, snapshotAt } = options;
  const overview = await computeOverview(conn, period, project);
  const granularity = chartGranularity(period);
  const charts: SachberichtChart[] = [];
  for (const id of HEADLINE_INDICATORS) {
    charts.push({ indicatorId: id, granularity, points: await computeSeries(conn, id, period.from, period.to, granularity) });
  }
  return {
    project,
    period: { key: period.key, kind: period.kind, label: period.label, from: period.from, to: period.to },
    snapshotAt,
    frozen: null,
    indicators: overview.indicators.map((row) => ({
      id: row.id,
      name: row.name,
      kind: row.kind,
      unit: row.unit,
      value: row.value,
      target: row.target,
      progress: row.progress,
      definition: getIndicator(row.id).definition,
    })),
    charts,
    quality: await runQualityChecks(conn),
  };
}

/** A frozen version as the Word report's input: its own project, figures, definitions and findings. */
export function sachberichtFromVersion(version: ReportVersion): SachberichtData {
  return {
    project: version.project,
    period: version.period,
    snapshotAt: version.snapshotAt,
    frozen: { title: version.title, createdAt: version.createdAt, createdBy: version.createdBy },
    indicators: version.indicators.map(({ contributions: _records, previousValue: _compared, ...indicator }) => indicator),
    charts: null,
    quality: version.quality,
  };
}
