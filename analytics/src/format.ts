/** de-DE formatting of everything a user reads; dates are ISO `YYYY-MM-DD` strings internally. */
import { formatIsoDate } from '@verbund/domain';

const integerFormat = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });
const percentFormat = new Intl.NumberFormat('de-DE', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

export function formatNumberDe(value: number | null): string {
  if (value === null) return '–';
  return Number.isInteger(value) ? integerFormat.format(value) : decimalFormat.format(value);
}

export function formatPercentDe(ratio: number | null): string {
  return ratio === null ? '–' : percentFormat.format(ratio);
}

/** `01.03.2022–31.03.2022` */
export function formatRangeDe(from: string, to: string): string {
  return `${formatIsoDate(from)}–${formatIsoDate(to)}`;
}

/** Decimal comma without thousands separators, as spreadsheet imports of CSV expect. */
export function formatCsvNumber(value: number | null, fractionDigits = 4): string {
  if (value === null) return '';
  const rounded = Number(value.toFixed(fractionDigits));
  return String(rounded).replace('.', ',');
}
