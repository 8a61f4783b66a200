// The few text rules every package shares: German month names, German-aware slugs, and dates in
// de-DE with Europe/Berlin wall-clock time. Browser-safe (no Node APIs), so the dashboard, the
// admin bundle, the site, the plugin, analytics and the demo data all import it from here.

export const LOCALE = 'de-DE';
export const TIME_ZONE = 'Europe/Berlin';

export const MONTH_NAMES = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
] as const;

const TRANSLITERATION: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

/** Umlauts and ß as German writes them without: "März" → "Maerz" (case kept). */
export const transliterateGerman = (text: string): string => text.replace(/[äöüßÄÖÜ]/g, (char) => TRANSLITERATION[char]);

/** URL slug of a German text: "Größe & Qualität" → "groesse-qualitaet". */
export const slugify = (text: string): string =>
  transliterateGerman(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

const berlinDay = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
const berlinDate = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' });
const berlinDateTime = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const toDate = (instant: Date | string): Date | null => {
  const date = instant instanceof Date ? instant : new Date(instant);
  return Number.isNaN(date.getTime()) ? null : date;
};

/** The calendar day (`YYYY-MM-DD`) of a point in time in Berlin. */
export const berlinDayOf = (instant: Date | string): string => {
  const date = toDate(instant);
  return date ? berlinDay.format(date) : '';
};

/** A point in time as its Berlin calendar day: "25.11.2026"; text that is no time stays as it is. */
export const formatBerlinDate = (instant: Date | string): string => {
  const date = toDate(instant);
  return date ? berlinDate.format(date) : String(instant);
};

/** A point in time as Berlin wall-clock time: "25.11.2026, 09:15 Uhr"; text that is no time stays as it is. */
export const formatBerlinDateTime = (instant: Date | string): string => {
  const date = toDate(instant);
  if (!date) return String(instant);
  const parts = Object.fromEntries(berlinDateTime.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.day}.${parts.month}.${parts.year}, ${parts.hour}:${parts.minute} Uhr`;
};

/** A calendar day `YYYY-MM-DD` (no zone applies) as "01.03.2022"; anything else stays as it is. */
export const formatIsoDate = (day: string): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : day;
};
