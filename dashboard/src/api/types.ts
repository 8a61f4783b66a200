// The analytics service's answers as the dashboard reads them: the shapes come from the shared
// contract (@verbund/domain/contract), which the service's routes are typed with and the client
// parses every answer with. Only the dashboard's own request types are declared here.
import type { IsoDate } from '@verbund/domain/contract';

export type { Dimension, IndicatorKind } from '@verbund/domain';
export type {
  ApiErrorBody,
  BreakdownResponse,
  BreakdownRow,
  CatalogueEntry,
  CatalogueResponse,
  Comparison,
  FunnelResponse,
  Granularity,
  IndicatorRef,
  IndicatorsResponse,
  IndicatorValue,
  IsoDate,
  LoginResponse,
  Period,
  PeriodKind,
  PeriodsResponse,
  QualityCheck,
  QualityResponse,
  AuditEntry,
  AuditFieldChange,
  ContributionChange,
  ReportDiffResponse,
  ReportSummary,
  ReportsResponse,
  ReportVersion,
  SeriesResponse,
  StatusResponse,
  User,
} from '@verbund/domain/contract';

/** The period every figure is computed for: a named period of the term or a custom range. */
export type RangeQuery = { from: IsoDate; to: IsoDate };
export type IndicatorsQuery = { period: string } | RangeQuery;

export type ReportFormat = 'xlsx' | 'csv' | 'docx';
