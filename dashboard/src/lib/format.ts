// Every number, date and time a user reads is formatted here, in de-DE and Europe/Berlin.
import { formatIsoDate, LOCALE } from '@verbund/domain';
import type { IndicatorKind } from '../api/types';

/** Shown where a value cannot exist, e.g. a share whose denominator is empty. */
export const EMPTY_VALUE = '–';

const numberFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });
const shareFormat = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 1 });
const progressFormat = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 0 });
const signedFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
const unsignedFormat = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** A ratio 0..1 as a percentage: 0.724 → "72,4 %". */
export function formatShare(ratio: number): string {
  return shareFormat.format(ratio);
}

export function formatValue(kind: IndicatorKind, value: number | null): string {
  if (value === null) return EMPTY_VALUE;
  return kind === 'share' ? formatShare(value) : formatNumber(value);
}

/** Progress towards a target as a whole percentage: 0.834 → "83 %". */
export function formatProgress(progress: number): string {
  return progressFormat.format(progress);
}

export type DeltaDirection = 'up' | 'down' | 'same';

export interface Delta {
  direction: DeltaDirection;
  /** Short visible form: "+12", "-3,5 %-Punkte", "±0". */
  text: string;
  /** Full wording for screen readers: "Anstieg um 12". */
  spoken: string;
}

/** Change against the previous period; shares change in percentage points. */
export function formatDelta(kind: IndicatorKind, value: number | null, previous: number | null): Delta | null {
  if (value === null || previous === null) return null;
  const isShare = kind === 'share';
  // Round first so that a change too small to show is reported as no change.
  const change = Math.round((value - previous) * (isShare ? 1000 : 10)) / 10;
  const unit = isShare ? ' %-Punkte' : '';
  const spokenUnit = isShare ? ' Prozentpunkte' : '';
  if (change === 0) return { direction: 'same', text: `±0${unit}`, spoken: 'unverändert' };
  const amount = unsignedFormat.format(Math.abs(change));
  return change > 0
    ? { direction: 'up', text: `${signedFormat.format(change)}${unit}`, spoken: `Anstieg um ${amount}${spokenUnit}` }
    : { direction: 'down', text: `${signedFormat.format(change)}${unit}`, spoken: `Rückgang um ${amount}${spokenUnit}` };
}

/**
 * A calendar date `YYYY-MM-DD` as an instant at noon UTC: noon stays on the same calendar
 * day in Europe/Berlin in summer and winter, so the date never shifts when formatted.
 */
export function parseIsoDate(date: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const parsed = new Date(Date.UTC(year, month - 1, day, 12));
  // Rejects dates such as 2022-02-30 that Date would roll over into March.
  return parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day ? parsed : null;
}

/** "2022-01-01" → "01.01.2022". */
export function formatDate(date: string): string {
  return parseIsoDate(date) ? formatIsoDate(date) : date;
}

export function formatDateRange(from: string, to: string): string {
  return `${formatDate(from)} – ${formatDate(to)}`;
}

