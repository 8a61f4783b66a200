import type { DuckDBConnection } from '@duckdb/node-api';
import type { FrozenReportBody, ReportVersion } from '@verbund/domain/contract';
import { computeAllContributions } from '../indicators/contributions.js';
import { DIMENSION_LABELS, DIMENSIONS } from '../indicators/index.js';
import { type Period, resolvePeriod } from '../periods.js';
import type { FundingProject } from '../project.js';
import { collectReportData, type ReportData } from '../report/index.js';

/** Everything a frozen version keeps of a period: the report's figures and the records behind each. */
export async function freezeReport(
  conn: DuckDBConnection,
  options: { project: FundingProject; period: Period; snapshotAt: string },
): Promise<FrozenReportBody> {
  const data = await collectReportData(conn, options);
  const contributions = await computeAllContributions(conn, options.period);
  const { name, fundingProgramme, funder, grantReference, startsOn, endsOn } = options.project;
  return {
    project: { name, fundingProgramme, funder, grantReference, startsOn, endsOn },
    comparison: data.overview.comparison,
    indicators: data.overview.indicators.map((row) => ({
      id: row.id,
      name: row.name,
      kind: row.kind,
      unit: row.unit,
      value: row.value,
      target: row.target,
      progress: row.progress,
      previousValue: row.previousValue,
      definition: data.definitions[row.id]!,
      contributions: contributions.get(row.id) ?? [],
    })),
    breakdowns: data.breakdowns.flatMap((breakdown) =>
      breakdown.indicators.map((indicator) => ({ indicatorId: indicator.id, by: breakdown.dimension, byLabel: breakdown.dimensionLabel, rows: indicator.rows })),
    ),
    quality: data.quality.map((check) => ({
      id: check.id,
      title: check.title,
      description: check.description,
      findings: check.findings.map((finding) => ({ id: finding.id, name: finding.name, message: finding.message })),
    })),
  };
}

/** A frozen version as the spreadsheet and CSV writers take it: only what was stored, nothing from today. */
export function frozenReportData(version: ReportVersion): ReportData {
  const project: FundingProject = { ...version.project, shortName: null, region: null };
  // The stored period as it was; the download's name part comes from its key.
  const period: Period = { ...resolvePeriod({ period: version.period.key }, project), ...version.period };
  const names = new Map(version.indicators.map((indicator) => [indicator.id, indicator]));
  return {
    project,
    period,
    snapshotAt: version.snapshotAt,
    overview: {
      key: version.period.key,
      from: version.period.from,
      to: version.period.to,
      label: version.period.label,
      comparison: version.comparison,
      indicators: version.indicators.map(({ id, name, kind, unit, value, target, progress, previousValue }) => ({ id, name, kind, unit, value, target, progress, previousValue })),
    },
    definitions: Object.fromEntries(version.indicators.map((indicator) => [indicator.id, indicator.definition])),
    breakdowns: DIMENSIONS.map((dimension) => {
      const of = version.breakdowns.filter((breakdown) => breakdown.by === dimension);
      return {
        dimension,
        dimensionLabel: of[0]?.byLabel ?? DIMENSION_LABELS[dimension],
        indicators: of.map((breakdown) => {
          const indicator = names.get(breakdown.indicatorId);
          return { id: breakdown.indicatorId, name: indicator?.name ?? breakdown.indicatorId, kind: indicator?.kind ?? 'flow', rows: breakdown.rows };
        }),
      };
    }),
    quality: version.quality,
    frozen: { title: version.title, createdAt: version.createdAt, createdBy: version.createdBy },
  };
}
