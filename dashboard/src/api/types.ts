// Shapes of the analytics service's JSON answers. Everything the dashboard reads from the
// service is declared here, so a change in the service is one edit.

/** Calendar date as `YYYY-MM-DD`. */
export type IsoDate = string;

export interface User {
  username: string;
  email: string;
  role: { name: string; type: string } | null;
}

export interface LoginResponse {
  jwt: string;
  user: User;
}

export type PeriodKind = 'term' | 'project_year' | 'year' | 'quarter' | 'month' | 'custom';

export interface Period {
  key: string;
  kind: PeriodKind;
  label: string;
  from: IsoDate;
  to: IsoDate;
}

export interface PeriodsResponse {
  term: { from: IsoDate; to: IsoDate };
  periods: Period[];
}

export type IndicatorKind = 'stock' | 'flow' | 'share';

/** How the service names the indicator a series or breakdown belongs to. */
export interface IndicatorRef {
  id: string;
  name: string;
  kind: IndicatorKind;
  unit: string;
}

export interface IndicatorValue {
  id: string;
  name: string;
  kind: IndicatorKind;
  unit: string;
  /** Shares are ratios 0..1; `null` means the share's denominator is empty. */
  value: number | null;
  target: number | null;
  progress: number | null;
  /** The value in the comparison period, null where there is none. */
  previousValue: number | null;
}

export interface Comparison {
  key: string;
  label: string;
  from: IsoDate;
  to: IsoDate;
}

export interface IndicatorsResponse {
  from: IsoDate;
  to: IsoDate;
  label: string;
  snapshotAt: string;
  /** What the figures are compared with; null for the term and the first project year. */
  comparison: Comparison | null;
  indicators: IndicatorValue[];
}

export type Granularity = 'month' | 'quarter';

export interface SeriesPoint {
  key: string;
  label: string;
  from: IsoDate;
  to: IsoDate;
  value: number | null;
  cumulative: number | null;
}

export interface SeriesResponse {
  indicator: IndicatorRef;
  granularity: Granularity;
  points: SeriesPoint[];
  /** The period's target (term or project year), `null` where none is set. */
  target: number | null;
}

export type Dimension = 'district' | 'organisation_type' | 'size_class' | 'topic' | 'event_type' | 'format';

export interface BreakdownRow {
  key: string;
  label: string;
  value: number | null;
}

export interface BreakdownResponse {
  indicator: IndicatorRef;
  by: Dimension;
  byLabel: string;
  rows: BreakdownRow[];
}

export type FunnelStepId = 'needs_identified' | 'needs_matched' | 'course_participants';

export interface FunnelResponse {
  steps: { id: FunnelStepId; label: string; value: number }[];
}

export interface CatalogueEntry {
  id: string;
  name: string;
  kind: IndicatorKind;
  kindLabel: string;
  unit: string;
  definition: string;
  dimensions: Dimension[];
}

export interface CatalogueResponse {
  indicators: CatalogueEntry[];
  dimensions: { id: Dimension; label: string }[];
}

export interface QualityFinding {
  /** documentId of the record concerned */
  id: string;
  name: string;
  message: string;
}

export interface QualityCheck {
  id: string;
  title: string;
  description: string;
  findings: QualityFinding[];
}

export interface QualityResponse {
  snapshotAt: string;
  checks: QualityCheck[];
}

export interface StatusResponse {
  snapshotAt: string | null;
  counts: Record<string, number>;
  lastRefresh: Record<string, unknown>;
  refreshing: boolean;
}

export interface ApiErrorBody {
  error: { status: number; message: string };
}

/** The period every figure is computed for: a named period of the term or a custom range. */
export type RangeQuery = { from: IsoDate; to: IsoDate };
export type IndicatorsQuery = { period: string } | RangeQuery;

export type ReportFormat = 'xlsx' | 'csv';
