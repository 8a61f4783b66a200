/** de-DE formatting of everything a user reads; dates are ISO `YYYY-MM-DD` strings internally. */

const integerFormat = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });
const percentFormat = new Intl.NumberFormat('de-DE', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const berlinDateTime = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export function formatNumberDe(value: number | null): string {
  if (value === null) return '–';
  return Number.isInteger(value) ? integerFormat.format(value) : decimalFormat.format(value);
}

export function formatPercentDe(ratio: number | null): string {
  return ratio === null ? '–' : percentFormat.format(ratio);
}

/** `2022-03-01` → `01.03.2022` */
export function formatDateDe(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}.${m}.${y}`;
}

export function formatRangeDe(from: string, to: string): string {
  return `${formatDateDe(from)}–${formatDateDe(to)}`;
}

/** `Stand`-style time in Europe/Berlin: `25.11.2026, 09:15 Uhr`. */
export function formatDateTimeBerlin(instant: Date): string {
  const parts = Object.fromEntries(berlinDateTime.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.day}.${parts.month}.${parts.year}, ${parts.hour}:${parts.minute} Uhr`;
}

/** Decimal comma without thousands separators, as spreadsheet imports of CSV expect. */
export function formatCsvNumber(value: number | null, fractionDigits = 4): string {
  if (value === null) return '';
  const rounded = Number(value.toFixed(fractionDigits));
  return String(rounded).replace('.', ',');
}
