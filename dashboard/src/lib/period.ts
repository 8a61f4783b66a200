import type { Comparison, IndicatorsQuery, IsoDate, Period, PeriodKind, RangeQuery } from '../api/types';
import { formatDate, formatDateRange, parseIsoDate } from './format';

export type PeriodSelection = { kind: 'named'; key: string } | { kind: 'custom'; from: IsoDate; to: IsoDate };

export const TERM_KEY = 'term';
export const DEFAULT_SELECTION: PeriodSelection = { kind: 'named', key: TERM_KEY };

// The period in the address, so that a bookmark or a link to a colleague shows the same figures.
const PERIOD_PARAM = 'zeitraum';
const FROM_PARAM = 'von';
const TO_PARAM = 'bis';
export const PERIOD_PARAMS = [PERIOD_PARAM, FROM_PARAM, TO_PARAM];

export function selectionFromParams(params: URLSearchParams): PeriodSelection | null {
  const key = params.get(PERIOD_PARAM);
  if (key) return { kind: 'named', key };
  const from = params.get(FROM_PARAM);
  const to = params.get(TO_PARAM);
  return from && to ? { kind: 'custom', from, to } : null;
}

export function paramsFor(selection: PeriodSelection): Record<string, string> {
  return selection.kind === 'named' ? { [PERIOD_PARAM]: selection.key } : { [FROM_PARAM]: selection.from, [TO_PARAM]: selection.to };
}

export function sameSelection(a: PeriodSelection, b: PeriodSelection): boolean {
  return JSON.stringify(paramsFor(a)) === JSON.stringify(paramsFor(b));
}

/** The groups of the period menu, in menu order. */
export const periodGroupLabels: Partial<Record<PeriodKind, string>> = {
  project_year: 'Projektjahre',
  year: 'Kalenderjahre',
  quarter: 'Quartale',
};

export interface ResolvedPeriod {
  /** For `/api/indicators`: a named period by key, so the service labels it. */
  query: IndicatorsQuery;
  range: RangeQuery;
  label: string;
  kind: PeriodKind;
}

export function findTerm(periods: Period[]): Period | undefined {
  return periods.find((period) => period.kind === 'term') ?? periods.find((period) => period.key === TERM_KEY);
}

/** Falls back to the whole term when a remembered key no longer exists. */
export function resolvePeriod(selection: PeriodSelection, periods: Period[]): ResolvedPeriod | null {
  if (selection.kind === 'custom') {
    const range = { from: selection.from, to: selection.to };
    // The dates themselves are shown beside the label wherever it appears.
    return { query: range, range, label: 'Eigener Zeitraum', kind: 'custom' };
  }
  const period = periods.find((candidate) => candidate.key === selection.key) ?? findTerm(periods);
  if (!period) return null;
  return { query: { period: period.key }, range: { from: period.from, to: period.to }, label: period.label, kind: period.kind };
}

/** What the figures of a period are compared with, in one German sentence. */
export function comparisonSentence(kind: PeriodKind, comparison: Comparison | null): string {
  if (comparison) return `Veränderungen gegenüber ${comparison.label} (${formatDateRange(comparison.from, comparison.to)}).`;
  if (kind === 'term') return 'Die Gesamtlaufzeit wird an ihren Zielwerten gemessen: Vor dem Projekt wurde nichts erfasst, ein Vergleich damit wäre kein Fortschritt.';
  if (kind === 'project_year') return 'Das erste Projektjahr wird an seinen Zielwerten gemessen: Ein Projektjahr davor gibt es nicht.';
  return 'Ohne Vergleich: Der gleich lange Zeitraum davor beginnt vor der Laufzeit des Projekts.';
}

/** German message for what is wrong with a custom range, or null when it can be used. */
export function validateCustomRange(from: string, to: string, term: { from: IsoDate; to: IsoDate }): string | null {
  if (!from || !to) return 'Bitte geben Sie ein Anfangs- und ein Enddatum ein.';
  if (!parseIsoDate(from) || !parseIsoDate(to)) return 'Bitte geben Sie gültige Daten im Format TT.MM.JJJJ ein.';
  // ISO dates compare correctly as strings.
  if (from > to) return 'Das Anfangsdatum darf nicht nach dem Enddatum liegen.';
  if (from < term.from || to > term.to) {
    return `Der Zeitraum muss innerhalb der Laufzeit vom ${formatDate(term.from)} bis ${formatDate(term.to)} liegen.`;
  }
  return null;
}
