import type { DuckDBConnection } from '@duckdb/node-api';
import type {
  BreakdownResponse,
  CatalogueResponse,
  FunnelResponse,
  IndicatorsResponse,
  PeriodsResponse,
  QualityResponse,
  ReportDiffResponse,
  ReportsResponse,
  ReportVersion,
  SeriesResponse,
} from '@verbund/domain/contract';
import { REPORT_TITLE_MAX_LENGTH } from '@verbund/domain/contract';
import { InvalidQueryError, NoSnapshotError } from '../errors.js';
import { computeIndicatorMap } from '../indicators/compute.js';
import { computeAllContributions } from '../indicators/contributions.js';
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
import {
  frozenReportFileName,
  renderCsv,
  renderDocx,
  renderReport,
  renderXlsx,
  type ReportFormat,
  reportFileName,
  sachberichtFromVersion,
} from '../report/index.js';
import { diffReport } from '../reports/diff.js';
import { freezeReport, frozenReportData } from '../reports/freeze.js';
import type { ReportStore } from '../reports/store.js';
import type { CmsUser } from './auth.js';
import { HttpError } from './http.js';
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

// Frozen report versions (stored in the CMS; see reports/store.ts)

export interface ReportContext extends ApiContext {
  reports: ReportStore;
  /** who asks: a frozen version names its author */
  user: CmsUser;
}

function reportCreation(body: Record<string, unknown>): { period: string; title: string } {
  const { period: key, title } = body;
  if (typeof key !== 'string' || key.trim() === '') {
    throw new InvalidQueryError('Bitte den Zeitraum des Berichts angeben (Feld „period“, z. B. „py1“ oder „2022“, wie /api/periods sie nennt).');
  }
  if (typeof title !== 'string' || title.trim() === '') {
    throw new InvalidQueryError('Bitte einen Titel für die Berichtsversion angeben (Feld „title“), z. B. „Zwischennachweis 2022“.');
  }
  if (title.trim().length > REPORT_TITLE_MAX_LENGTH) {
    throw new InvalidQueryError(`Der Titel (Feld „title“) darf höchstens ${REPORT_TITLE_MAX_LENGTH} Zeichen lang sein (jetzt ${title.trim().length}).`);
  }
  return { period: key.trim(), title: title.trim() };
}

/** Freezes the period's current figures, with the records behind each, as a version in the CMS. */
export async function createReport(ctx: ReportContext, body: Record<string, unknown>): Promise<ApiResult> {
  const request = reportCreation(body);
  const frozen = await withData(ctx, async ({ conn, project, meta }) => {
    let p: Period;
    try {
      p = resolvePeriod({ period: request.period }, project);
    } catch (error) {
      throw error instanceof InvalidQueryError ? new InvalidQueryError(`Feld „period“: ${error.userMessage}`) : error;
    }
    return { period: periodBody(p), snapshotAt: meta.snapshotAt, body: await freezeReport(conn, { project, period: p, snapshotAt: meta.snapshotAt }) };
  });
  const summary = await ctx.reports.create({ title: request.title, createdBy: ctx.user.username, ...frozen });
  return json({ ...summary, ...frozen.body } satisfies ReportVersion, 201);
}

export async function listReports(ctx: ReportContext): Promise<ApiResult> {
  return json({ reports: await ctx.reports.list() } satisfies ReportsResponse);
}

async function storedReport(ctx: ReportContext, id: number): Promise<ReportVersion> {
  const version = await ctx.reports.get(id);
  if (!version) throw new HttpError(404, `Die Berichtsversion ${id} gibt es nicht.`);
  return version;
}

export async function getReport(ctx: ReportContext, id: number): Promise<ApiResult> {
  return json((await storedReport(ctx, id)) satisfies ReportVersion);
}

/** The frozen figures as a file: rendered from the stored version only, so the bytes never change. */
export function frozenReportFile(format: ReportFormat) {
  return async (ctx: ReportContext, id: number): Promise<ApiResult> => {
    const version = await storedReport(ctx, id);
    const data = frozenReportData(version);
    const body =
      format === 'docx'
        ? await renderDocx(sachberichtFromVersion(version))
        : format === 'xlsx'
          ? await renderXlsx(data)
          : Buffer.from(renderCsv(data), 'utf8');
    return { kind: 'file', contentType: CONTENT_TYPES[format], fileName: frozenReportFileName(id, data.period, format), body };
  };
}

/** Frozen against today's figures of the same dates, with the records and audit entries that explain each difference. */
export async function reportDiff(ctx: ReportContext, id: number): Promise<ApiResult> {
  const version = await storedReport(ctx, id);
  const range = { from: version.period.from, to: version.period.to };
  const current = await withData(ctx, async ({ conn, meta }) => ({
    snapshotAt: meta.snapshotAt,
    values: await computeIndicatorMap(conn, range),
    contributions: await computeAllContributions(conn, range),
  }));
  return json((await diffReport(version, current, (ids, since) => ctx.reports.auditEntries(ids, since))) satisfies ReportDiffResponse);
}
