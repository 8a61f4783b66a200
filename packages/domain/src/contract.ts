// The HTTP contract of the analytics service: the JSON answers of its routes as zod schemas, with
// the TypeScript types inferred from them. The service types its answers with these types, the
// dashboard parses what it receives with the schemas, and the dashboard's tests validate the
// captured answers (dashboard/fixtures/api.json) against them, so a change of shape fails a test.
// zod's tree-shakable variant: the dashboard ships only the checks these answers use.
import * as z from 'zod/mini';
import { AUDIT_ACTION, AUDIT_ACTOR_KIND } from './audit.js';
import { DIMENSION, INDICATOR_KIND } from './indicators.js';

/** A schema whose parse yields a `T`, for code that takes any of the answers below. */
export type Schema<T> = z.ZodMiniType<T>;

/** Calendar date as `YYYY-MM-DD`. */
export const isoDate = z.iso.date();
/** Instant as ISO 8601 text, e.g. when the snapshot was taken. */
const isoDateTime = z.iso.datetime({ offset: true });

export const indicatorKind = z.enum(INDICATOR_KIND.values);
export const dimension = z.enum(DIMENSION.values);
export const granularity = z.enum(['month', 'quarter']);
export const periodKind = z.enum(['term', 'project_year', 'year', 'quarter', 'month', 'custom']);

export const user = z.object({
  username: z.string(),
  email: z.string(),
  role: z.nullable(z.object({ name: z.string(), type: z.string() })),
});

export const loginResponse = z.object({ jwt: z.string(), user });

const range = { from: isoDate, to: isoDate };

export const period = z.object({ key: z.string(), kind: periodKind, label: z.string(), ...range });

export const periodsResponse = z.object({ term: z.object(range), periods: z.array(period) });

/** How the service names the indicator a series or breakdown belongs to. */
export const indicatorRef = z.object({ id: z.string(), name: z.string(), kind: indicatorKind, unit: z.string() });

export const indicatorValue = z.extend(indicatorRef, {
  /** Shares are ratios 0..1; `null` means the share's denominator is empty. */
  value: z.nullable(z.number()),
  target: z.nullable(z.number()),
  progress: z.nullable(z.number()),
  /** The value in the comparison period, null where there is none. */
  previousValue: z.nullable(z.number()),
});

export const comparison = z.object({ key: z.string(), label: z.string(), ...range });

export const indicatorsResponse = z.object({
  key: z.string(),
  ...range,
  label: z.string(),
  snapshotAt: isoDateTime,
  /** What the figures are compared with; null for the term and the first project year. */
  comparison: z.nullable(comparison),
  indicators: z.array(indicatorValue),
});

/** The period an answer is computed for, as the series, breakdown and funnel routes repeat it. */
const periodFields = { key: z.string(), kind: periodKind, label: z.string(), ...range, snapshotAt: isoDateTime };

export const seriesPoint = z.object({
  key: z.string(),
  label: z.string(),
  ...range,
  value: z.nullable(z.number()),
  cumulative: z.nullable(z.number()),
});

export const seriesResponse = z.object({
  indicator: indicatorRef,
  ...periodFields,
  granularity,
  /** The period's target (term or project year), `null` where none is set. */
  target: z.nullable(z.number()),
  points: z.array(seriesPoint),
});

export const breakdownRow = z.object({
  /** The stored key; `null` for records without a value in the dimension (label „Ohne Angabe“). */
  key: z.nullable(z.string()),
  label: z.string(),
  value: z.nullable(z.number()),
});

export const breakdownResponse = z.object({
  indicator: indicatorRef,
  by: dimension,
  byLabel: z.string(),
  ...periodFields,
  rows: z.array(breakdownRow),
});

export const funnelStepId = z.enum(['needs_identified', 'needs_matched', 'course_participants']);

export const funnelResponse = z.object({
  ...periodFields,
  steps: z.array(z.object({ id: funnelStepId, label: z.string(), value: z.number() })),
});

export const catalogueEntry = z.extend(indicatorRef, {
  kindLabel: z.string(),
  definition: z.string(),
  dimensions: z.array(dimension),
});

export const catalogueResponse = z.object({
  indicators: z.array(catalogueEntry),
  dimensions: z.array(z.object({ id: dimension, label: z.string() })),
});

export const qualityFinding = z.object({
  /** documentId of the record concerned */
  id: z.string(),
  name: z.string(),
  message: z.string(),
});

export const qualityCheck = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  findings: z.array(qualityFinding),
});

export const qualityResponse = z.object({ snapshotAt: isoDateTime, checks: z.array(qualityCheck) });

/** The last refresh as the status route reports it; `error` is German, for the status line. */
export const refreshResult = z.object({
  ok: z.boolean(),
  finishedAt: isoDateTime,
  error: z.optional(z.string()),
});

export const statusResponse = z.object({
  /** null until the first snapshot exists */
  snapshotAt: z.nullable(isoDateTime),
  loadedAt: z.nullable(isoDateTime),
  counts: z.record(z.string(), z.number()),
  refreshing: z.boolean(),
  pending: z.boolean(),
  /** null until the first refresh has finished */
  lastRefresh: z.nullable(refreshResult),
});

// Frozen report versions (issue 10): stored in the CMS database, immutable once created.

export const auditFieldChange = z.object({
  field: z.string(),
  label: z.string(),
  old: z.unknown(),
  new: z.unknown(),
  redacted: z.boolean(),
});

/** An audit-trail entry as the report diff quotes it (the plugin's `AuditEntry`). */
export const auditEntry = z.object({
  id: z.number(),
  at: isoDateTime,
  action: z.enum(AUDIT_ACTION.values),
  actor: z.object({ kind: z.enum(AUDIT_ACTOR_KIND.values), id: z.nullable(z.number()), name: z.string() }),
  contentType: z.string(),
  documentId: z.string(),
  documentName: z.string(),
  /** Free-text notes and personal data are recorded as changed only: `redacted`, both values null. */
  changes: z.array(auditFieldChange),
});

/** A page of the audit trail as `GET /verbund/audit-log` answers it. */
export const auditLogPage = z.object({
  entries: z.array(auditEntry),
  pagination: z.object({ page: z.number(), pageSize: z.number(), total: z.number(), pageCount: z.number() }),
});

/** What one record adds to an indicator: 1 for a counted record, the headcount for a sum; a share's
 * records contribute to its numerator or denominator. */
export const contributionRole = z.enum(['value', 'numerator', 'denominator']);
export const contribution = z.object({
  /** short content type, e.g. `organisation` */
  type: z.string(),
  documentId: z.string(),
  name: z.string(),
  role: contributionRole,
  amount: z.number(),
});

export const frozenIndicator = z.extend(indicatorRef, {
  value: z.nullable(z.number()),
  target: z.nullable(z.number()),
  progress: z.nullable(z.number()),
  /** the value in the comparison period, as the frozen spreadsheet shows it */
  previousValue: z.nullable(z.number()),
  definition: z.string(),
  contributions: z.array(contribution),
});

/** The funding project as a frozen version's cover names it. */
export const frozenProject = z.object({
  name: z.string(),
  fundingProgramme: z.nullable(z.string()),
  funder: z.nullable(z.string()),
  grantReference: z.nullable(z.string()),
  startsOn: isoDate,
  endsOn: isoDate,
});

/** A frozen version's title: what the CMS stores at most (report-version schema, `maxLength`). */
export const REPORT_TITLE_MAX_LENGTH = 200;

export const reportSummary = z.object({
  id: z.number(),
  title: z.string(),
  period,
  createdAt: isoDateTime,
  createdBy: z.string(),
  /** when the data frozen here left the CMS */
  snapshotAt: isoDateTime,
});

/** What a frozen version holds besides its summary, as the CMS stores it. */
const frozenBodyShape = {
  project: frozenProject,
  comparison: z.nullable(comparison),
  indicators: z.array(frozenIndicator),
  breakdowns: z.array(z.object({ indicatorId: z.string(), by: dimension, byLabel: z.string(), rows: z.array(breakdownRow) })),
  quality: z.array(qualityCheck),
};
export const frozenReportBody = z.object(frozenBodyShape);

export const reportVersion = z.extend(reportSummary, frozenBodyShape);

export const reportsResponse = z.object({ reports: z.array(reportSummary) });

export const contributionChange = z.object({
  change: z.enum(['added', 'removed', 'changed']),
  type: z.string(),
  documentId: z.string(),
  name: z.string(),
  role: contributionRole,
  frozenAmount: z.nullable(z.number()),
  currentAmount: z.nullable(z.number()),
  /** the audit entries since the freeze that touched this record, oldest first */
  audit: z.array(auditEntry),
});

export const reportDiffResponse = z.object({
  report: reportSummary,
  currentSnapshotAt: isoDateTime,
  indicators: z.array(
    z.extend(indicatorRef, {
      frozenValue: z.nullable(z.number()),
      currentValue: z.nullable(z.number()),
      changes: z.array(contributionChange),
    }),
  ),
});

export const apiErrorBody = z.object({ error: z.object({ status: z.number(), message: z.string() }) });

export type IsoDate = z.infer<typeof isoDate>;
export type Granularity = z.infer<typeof granularity>;
export type PeriodKind = z.infer<typeof periodKind>;
export type User = z.infer<typeof user>;
export type LoginResponse = z.infer<typeof loginResponse>;
export type Period = z.infer<typeof period>;
export type PeriodsResponse = z.infer<typeof periodsResponse>;
export type IndicatorRef = z.infer<typeof indicatorRef>;
export type IndicatorValue = z.infer<typeof indicatorValue>;
export type Comparison = z.infer<typeof comparison>;
export type IndicatorsResponse = z.infer<typeof indicatorsResponse>;
export type SeriesPoint = z.infer<typeof seriesPoint>;
export type SeriesResponse = z.infer<typeof seriesResponse>;
export type BreakdownRow = z.infer<typeof breakdownRow>;
export type BreakdownResponse = z.infer<typeof breakdownResponse>;
export type FunnelStepId = z.infer<typeof funnelStepId>;
export type FunnelResponse = z.infer<typeof funnelResponse>;
export type CatalogueEntry = z.infer<typeof catalogueEntry>;
export type CatalogueResponse = z.infer<typeof catalogueResponse>;
export type QualityFinding = z.infer<typeof qualityFinding>;
export type QualityCheck = z.infer<typeof qualityCheck>;
export type QualityResponse = z.infer<typeof qualityResponse>;
export type RefreshResult = z.infer<typeof refreshResult>;
export type StatusResponse = z.infer<typeof statusResponse>;
export type ApiErrorBody = z.infer<typeof apiErrorBody>;
export type AuditFieldChange = z.infer<typeof auditFieldChange>;
export type AuditEntry = z.infer<typeof auditEntry>;
export type AuditLogPage = z.infer<typeof auditLogPage>;
export type Contribution = z.infer<typeof contribution>;
export type FrozenIndicator = z.infer<typeof frozenIndicator>;
export type FrozenProject = z.infer<typeof frozenProject>;
export type FrozenReportBody = z.infer<typeof frozenReportBody>;
export type ReportSummary = z.infer<typeof reportSummary>;
export type ReportVersion = z.infer<typeof reportVersion>;
export type ReportsResponse = z.infer<typeof reportsResponse>;
export type ContributionChange = z.infer<typeof contributionChange>;
export type ReportDiffResponse = z.infer<typeof reportDiffResponse>;
