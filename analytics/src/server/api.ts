import type { DuckDBConnection } from '@duckdb/node-api';
import type {
  BreakdownResponse,
  CatalogueResponse,
  FunnelResponse,
  IndicatorsResponse,
  PeriodsResponse,
  QualityResponse,
  SeriesResponse,
} from '@verbund/domain/contract';
import { NoSnapshotError } from '../errors.js';
import { computeBreakdown, parseDimension } from '../indicators/breakdown.js';
import { computeFunnel } from '../indicators/funnel.js';
import { DIMENSION_LABELS, DIMENSIONS, getIndicator, INDICATORS, KIND_LABELS } from '../indicators/index.js';
import { computeOverview } from '../indicators/overview.js';
import { computeSeries, parseGranularity } from '../indicators/series.js';
import { readTargets, targetPeriodFor } from '../indicators/targets.js';
import { readSnapshotMeta, type SnapshotMeta } from '../loader/snapshot-meta.js';
import { namedPeriods, type Period, resolvePeriod } from '../periods.js';
import { type FundingProject, readFundingProject } from '../project.js';
import { runQualityChecks } from '../quality/index.js';
import type { RefreshStatus } from '../refresh-coordinator.js';
import { renderReport, type ReportFormat, reportFileName } from '../report/index.js';
import type { SnapshotStore } from '../snapshot.js';

/** What a route returns: JSON, or a file download. */
export type ApiResult =
  | { kind: 'json'; status?: number; body: unknown }
  | { kind: 'file'; contentType: string; fileName: string; body: Buffer };

export interface ApiContext {
  query: URLSearchParams;
  snapshot: SnapshotStore;
  refreshStatus: () => RefreshStatus;
}

interface Data {
  conn: DuckDBConnection;
  project: FundingProject;
  meta: SnapshotMeta;
}

const json = (body: unknown, status?: number): ApiResult => ({ kind: 'json', body, ...(status ? { status } : {}) });

/** Without a snapshot the answer says why: the first load is still running, or what made it fail. */
function explainMissingSnapshot(error: NoSnapshotError, refresh: RefreshStatus): NoSnapshotError {
  if (refresh.refreshing || refresh.lastRefresh === null) {
    return new NoSnapshotError(error.path, 'Die Kennzahlen werden gerade zum ersten Mal geladen. Bitte versuchen Sie es in einem Moment erneut.');
  }
  if (!refresh.lastRefresh.ok) {
    return new NoSnapshotError(error.path, `Es liegen noch keine Kennzahlen vor, weil das Laden der Daten fehlgeschlagen ist: ${refresh.lastRefresh.error}`);
  }
  return error;
}

function withData<T>(ctx: ApiContext, work: (data: Data) => Promise<T>): Promise<T> {
  return ctx.snapshot
    .withConnection(async (conn) => {
      const project = await readFundingProject(conn);
      const meta = await readSnapshotMeta(conn);
      return work({ conn, project, meta });
    })
    .catch((error: unknown) => {
      throw error instanceof NoSnapshotError ? explainMissingSnapshot(error, ctx.refreshStatus()) : error;
    });
}

function period(ctx: ApiContext, project: FundingProject): Period {
  return resolvePeriod({ period: ctx.query.get('period'), from: ctx.query.get('from'), to: ctx.query.get('to') }, project);
}

function periodBody(p: Period) {
  return { key: p.key, kind: p.kind, label: p.label, from: p.from, to: p.to };
}

export async function indicators(ctx: ApiContext): Promise<ApiResult> {
  return withData(ctx, async ({ conn, project, meta }) => {
    const overview = await computeOverview(conn, period(ctx, project), project);
    return json({
      key: overview.key,
      from: overview.from,
      to: overview.to,
      label: overview.label,
      snapshotAt: meta.snapshotAt,
      comparison: overview.comparison,
      indicators: overview.indicators,
    } satisfies IndicatorsResponse);
  });
}

export async function series(ctx: ApiContext): Promise<ApiResult> {
  const indicator = getIndicator(ctx.query.get('indicator'));
  const granularity = parseGranularity(ctx.query.get('granularity'));
  return withData(ctx, async ({ conn, project, meta }) => {
    const p = period(ctx, project);
    const points = await computeSeries(conn, indicator.id, p.from, p.to, granularity);
    const targets = await readTargets(conn, targetPeriodFor(p, project));
    return json({
      indicator: { id: indicator.id, name: indicator.name, kind: indicator.kind, unit: indicator.unit },
      ...periodBody(p),
      granularity,
      snapshotAt: meta.snapshotAt,
      // the period's target (term or project year), which a cumulative flow or a stock heads for
      target: targets.get(indicator.id) ?? null,
      points,
    } satisfies SeriesResponse);
  });
}

export async function breakdown(ctx: ApiContext): Promise<ApiResult> {
  const indicator = getIndicator(ctx.query.get('indicator'));
  const by = parseDimension(ctx.query.get('by'));
  return withData(ctx, async ({ conn, project, meta }) => {
    const p = period(ctx, project);
    const rows = await computeBreakdown(conn, indicator.id, by, p.from, p.to);
    return json({
      indicator: { id: indicator.id, name: indicator.name, kind: indicator.kind, unit: indicator.unit },
      by,
      byLabel: DIMENSION_LABELS[by],
      ...periodBody(p),
      snapshotAt: meta.snapshotAt,
      rows,
    } satisfies BreakdownResponse);
  });
}

export async function funnel(ctx: ApiContext): Promise<ApiResult> {
  return withData(ctx, async ({ conn, project, meta }) => {
    const p = period(ctx, project);
    return json({ ...periodBody(p), snapshotAt: meta.snapshotAt, steps: await computeFunnel(conn, p.from, p.to) } satisfies FunnelResponse);
  });
}

export async function quality(ctx: ApiContext): Promise<ApiResult> {
  return withData(ctx, async ({ conn, meta }) => json({ snapshotAt: meta.snapshotAt, checks: await runQualityChecks(conn) } satisfies QualityResponse));
}

export async function catalogue(): Promise<ApiResult> {
  return json({
    indicators: INDICATORS.map((i) => ({
      id: i.id,
      name: i.name,
      kind: i.kind,
      kindLabel: KIND_LABELS[i.kind],
      unit: i.unit,
      definition: i.definition,
      dimensions: i.dimensions,
    })),
    dimensions: DIMENSIONS.map((id) => ({ id, label: DIMENSION_LABELS[id] })),
  } satisfies CatalogueResponse);
}

export async function periods(ctx: ApiContext): Promise<ApiResult> {
  return withData(ctx, async ({ project }) =>
    json({
      term: { from: project.startsOn, to: project.endsOn },
      periods: namedPeriods(project).map(periodBody),
    } satisfies PeriodsResponse),
  );
}

export async function status(ctx: ApiContext): Promise<ApiResult> {
  const refresh = ctx.refreshStatus();
  const base = { refreshing: refresh.refreshing, pending: refresh.pending, lastRefresh: refresh.lastRefresh };
  if (!(await ctx.snapshot.exists())) return json({ snapshotAt: null, loadedAt: null, counts: {}, ...base });
  return withData(ctx, async ({ meta, project }) =>
    json({ snapshotAt: meta.snapshotAt, loadedAt: meta.loadedAt, counts: meta.counts, project: project.name, ...base }),
  );
}

const CONTENT_TYPES: Record<ReportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export function report(format: ReportFormat) {
  return async (ctx: ApiContext): Promise<ApiResult> =>
    withData(ctx, async ({ conn, project, meta }) => {
      const p = period(ctx, project);
      const body = await renderReport(conn, format, { project, period: p, snapshotAt: meta.snapshotAt });
      return { kind: 'file', contentType: CONTENT_TYPES[format], fileName: reportFileName(p, format), body };
    });
}
