import { formatIsoDate, MONTH_NAMES, transliterateGerman } from '@verbund/domain';
import {
  addDays,
  addMonths,
  dayCount,
  isIsoDate,
  isoDate,
  lastOfMonth,
  maxDate,
  minDate,
  parts,
} from './dates.js';
import { InvalidQueryError } from './errors.js';
import { formatRangeDe } from './format.js';

/** The funding project's term, which anchors project years. */
export interface Term {
  startsOn: string;
  endsOn: string;
}

export type PeriodKind = 'term' | 'project_year' | 'year' | 'quarter' | 'month' | 'custom';

/** An inclusive range of calendar dates with its German label. */
export interface Period {
  key: string;
  kind: PeriodKind;
  from: string;
  to: string;
  label: string;
  /** ASCII name part for downloads, e.g. `Projektjahr-1`. */
  fileSlug: string;
  projectYear?: number;
  /** Cut at the term's start or end; the label says where. */
  clipped?: boolean;
}

export interface DateRange {
  from: string;
  to: string;
}

const PERIOD_HELP =
  'Erlaubt sind term, py1, py2, py3 …, ein Jahr (2022), ein Quartal (2022-Q1), ein Monat (2022-03) oder ein Bereich (2022-01-01..2022-06-30).';

/** Project year n covers 12 months from `startsOn + 12·(n−1) months`; the last one ends with the term. */
export function projectYears(term: Term): Array<{ n: number; from: string; to: string }> {
  const years: Array<{ n: number; from: string; to: string }> = [];
  for (let n = 1; ; n += 1) {
    const from = addMonths(term.startsOn, 12 * (n - 1));
    if (from > term.endsOn) break;
    years.push({ n, from, to: minDate(addDays(addMonths(term.startsOn, 12 * n), -1), term.endsOn) });
  }
  return years;
}

function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

/** Names a range: the term, a project year, a calendar year, quarter or month, else a custom range. */
export function describeRange(from: string, to: string, term: Term): Period {
  if (from === term.startsOn && to === term.endsOn) {
    return { key: 'term', kind: 'term', from, to, label: 'Gesamtlaufzeit', fileSlug: 'Gesamtlaufzeit' };
  }
  const year = projectYears(term).find((py) => py.from === from && py.to === to);
  if (year) {
    return {
      key: `py${year.n}`,
      kind: 'project_year',
      from,
      to,
      label: `Projektjahr ${year.n}`,
      fileSlug: `Projektjahr-${year.n}`,
      projectYear: year.n,
    };
  }
  const f = parts(from);
  const t = parts(to);
  if (f.day === 1 && to === lastOfMonth(t.year, t.month) && f.year === t.year) {
    if (f.month === 1 && t.month === 12) {
      return { key: `${f.year}`, kind: 'year', from, to, label: `${f.year}`, fileSlug: `${f.year}` };
    }
    if (f.month === t.month) {
      const monthName = MONTH_NAMES[f.month - 1];
      const label = `${monthName} ${f.year}`;
      const key = `${f.year}-${String(f.month).padStart(2, '0')}`;
      return { key, kind: 'month', from, to, label, fileSlug: `${transliterateGerman(monthName)}-${f.year}` };
    }
    if ((f.month - 1) % 3 === 0 && t.month === f.month + 2) {
      const q = quarterOf(f.month);
      return { key: `${f.year}-Q${q}`, kind: 'quarter', from, to, label: `Q${q} ${f.year}`, fileSlug: `Q${q}-${f.year}` };
    }
  }
  return {
    key: `${from}..${to}`,
    kind: 'custom',
    from,
    to,
    label: formatRangeDe(from, to),
    fileSlug: `${from}_${to}`,
  };
}

/** How far before and after the funding term a period may lie: enough for comparisons and follow-up, no year 9999. */
export const YEARS_AROUND_TERM = 10;

function checkYear(year: number, term: Term): void {
  const first = parts(term.startsOn).year - YEARS_AROUND_TERM;
  const last = parts(term.endsOn).year + YEARS_AROUND_TERM;
  if (year < first || year > last) {
    throw new InvalidQueryError(
      `Das Jahr ${year} liegt außerhalb des auswertbaren Bereichs: Zeiträume sind von ${first} bis ${last} möglich (Laufzeit des Förderprojekts ± ${YEARS_AROUND_TERM} Jahre).`,
    );
  }
}

function checkDate(value: string, what: string): string {
  if (!isIsoDate(value)) {
    throw new InvalidQueryError(`${what} „${value}“ ist kein gültiges Datum (erwartet JJJJ-MM-TT, z. B. 2022-03-01).`);
  }
  return value;
}

export function periodFromRange(from: string, to: string, term: Term): Period {
  checkDate(from, 'Der Beginn');
  checkDate(to, 'Das Ende');
  checkYear(parts(from).year, term);
  checkYear(parts(to).year, term);
  if (from > to) {
    throw new InvalidQueryError(`Der Beginn (${formatIsoDate(from)}) liegt nach dem Ende (${formatIsoDate(to)}).`);
  }
  return describeRange(from, to, term);
}

/** Parses `term|pyN|2022|2022-Q1|2022-03|2022-01-01..2022-06-30`. */
export function parsePeriod(spec: string, term: Term): Period {
  const value = spec.trim();
  if (value === 'term') return describeRange(term.startsOn, term.endsOn, term);

  const py = /^py(\d+)$/i.exec(value);
  if (py) {
    const n = Number(py[1]);
    const years = projectYears(term);
    const year = years.find((y) => y.n === n);
    if (!year) {
      throw new InvalidQueryError(
        `Projektjahr ${n} gibt es nicht: Die Laufzeit (${formatRangeDe(term.startsOn, term.endsOn)}) hat ${years.length} Projektjahre.`,
      );
    }
    return describeRange(year.from, year.to, term);
  }

  if (/^\d{4}$/.test(value)) {
    const y = Number(value);
    checkYear(y, term);
    return describeRange(isoDate(y, 1, 1), isoDate(y, 12, 31), term);
  }

  const quarter = /^(\d{4})-Q([1-4])$/i.exec(value);
  if (quarter) {
    const y = Number(quarter[1]);
    checkYear(y, term);
    const first = (Number(quarter[2]) - 1) * 3 + 1;
    return describeRange(isoDate(y, first, 1), lastOfMonth(y, first + 2), term);
  }

  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) {
    const y = Number(month[1]);
    const m = Number(month[2]);
    if (m < 1 || m > 12) throw new InvalidQueryError(`Den Monat „${value}“ gibt es nicht. ${PERIOD_HELP}`);
    checkYear(y, term);
    return describeRange(isoDate(y, m, 1), lastOfMonth(y, m), term);
  }

  const range = /^(.+)\.\.(.+)$/.exec(value);
  if (range) return periodFromRange(range[1]!.trim(), range[2]!.trim(), term);

  throw new InvalidQueryError(`Unbekannter Zeitraum „${value}“. ${PERIOD_HELP}`);
}

export interface PeriodQuery {
  period?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}

/** `period` wins; otherwise `from` and `to` together; without either the whole term. */
export function resolvePeriod(query: PeriodQuery, term: Term): Period {
  if (query.period) return clipToTerm(parsePeriod(query.period, term), term);
  const hasFrom = Boolean(query.from);
  const hasTo = Boolean(query.to);
  if (hasFrom !== hasTo) {
    throw new InvalidQueryError('Bitte Beginn und Ende des Zeitraums angeben (from und to) – oder einen benannten Zeitraum (period).');
  }
  if (hasFrom) return clipToTerm(periodFromRange(query.from!, query.to!, term), term);
  return describeRange(term.startsOn, term.endsOn, term);
}

/**
 * A calendar year or quarter that runs over the term's start or end is counted only within the
 * term, and its label says so: "Q4 2024" would otherwise end two months after the project.
 */
export function clipToTerm(period: Period, term: Term): Period {
  if (period.from >= term.startsOn && period.to <= term.endsOn) return period;
  if (period.to < term.startsOn || period.from > term.endsOn) return period;
  const from = maxDate(period.from, term.startsOn);
  const to = minDate(period.to, term.endsOn);
  const notes = [
    from !== period.from ? `ab Laufzeitbeginn ${formatIsoDate(from)}` : null,
    to !== period.to ? `bis Laufzeitende ${formatIsoDate(to)}` : null,
  ].filter(Boolean);
  return { ...period, from, to, label: `${period.label} (${notes.join(', ')})`, clipped: true };
}

/**
 * What a period is compared with, or null where no honest comparison exists: the term is measured
 * against its targets only, a project year against the project year before, any other period
 * against the period of the same length just before it, as long as that lies within the term (a
 * comparison with months before the project existed would show growth from nothing).
 */
export function comparisonPeriod(period: Period, term: Term): Period | null {
  if (period.kind === 'term') return null;
  if (period.kind === 'project_year') {
    const before = projectYears(term).find((year) => year.n === (period.projectYear ?? 0) - 1);
    return before ? describeRange(before.from, before.to, term) : null;
  }
  const previous = previousRange(period);
  if (previous.from < term.startsOn) return null;
  return describeRange(previous.from, previous.to, term);
}

function isMonthAligned(range: DateRange): boolean {
  const t = parts(range.to);
  return parts(range.from).day === 1 && range.to === lastOfMonth(t.year, t.month);
}

/**
 * The period of the same length just before: whole months step back by calendar months
 * (March → February, Q2 → Q1, a project year → the 12 months before), anything else by days.
 */
export function previousRange(range: DateRange): DateRange {
  const to = addDays(range.from, -1);
  if (isMonthAligned(range)) {
    const f = parts(range.from);
    const t = parts(range.to);
    const months = (t.year - f.year) * 12 + (t.month - f.month) + 1;
    return { from: addMonths(range.from, -months), to };
  }
  return { from: addDays(range.from, -dayCount(range.from, range.to)), to };
}

/** The named periods for the dashboard's picker: term, project years, calendar years and quarters. */
export function namedPeriods(term: Term): Period[] {
  const periods: Period[] = [describeRange(term.startsOn, term.endsOn, term)];
  for (const py of projectYears(term)) periods.push(describeRange(py.from, py.to, term));
  const firstYear = parts(term.startsOn).year;
  const lastYear = parts(term.endsOn).year;
  for (let y = firstYear; y <= lastYear; y += 1) {
    periods.push(clipToTerm(describeRange(isoDate(y, 1, 1), isoDate(y, 12, 31), term), term));
  }
  for (let y = firstYear; y <= lastYear; y += 1) {
    for (let q = 1; q <= 4; q += 1) {
      const from = isoDate(y, (q - 1) * 3 + 1, 1);
      const to = lastOfMonth(y, q * 3);
      if (to >= term.startsOn && from <= term.endsOn) periods.push(clipToTerm(describeRange(from, to, term), term));
    }
  }
  return periods;
}

export type Granularity = 'month' | 'quarter';

export interface Bucket extends DateRange {
  key: string;
  label: string;
}

export const MAX_BUCKETS = 240;

/** Calendar months or quarters covering `[from, to]`, the first and last clipped to the range. */
export function buckets(range: DateRange, granularity: Granularity): Bucket[] {
  const step = granularity === 'month' ? 1 : 3;
  const start = parts(range.from);
  const firstMonth = granularity === 'month' ? start.month : (quarterOf(start.month) - 1) * 3 + 1;
  const result: Bucket[] = [];
  for (let cursor = isoDate(start.year, firstMonth, 1); cursor <= range.to; cursor = addMonths(cursor, step)) {
    const c = parts(cursor);
    const end = addDays(addMonths(cursor, step), -1);
    const key = granularity === 'month' ? cursor.slice(0, 7) : `${c.year}-Q${quarterOf(c.month)}`;
    const label = granularity === 'month' ? `${MONTH_NAMES[c.month - 1]} ${c.year}` : `Q${quarterOf(c.month)} ${c.year}`;
    result.push({ key, label, from: maxDate(cursor, range.from), to: minDate(end, range.to) });
    if (result.length > MAX_BUCKETS) {
      throw new InvalidQueryError(
        `Der Zeitraum ist für eine Zeitreihe zu lang (mehr als ${MAX_BUCKETS} ${granularity === 'month' ? 'Monate' : 'Quartale'}).`,
      );
    }
  }
  return result;
}
