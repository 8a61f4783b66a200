/** de-DE formats; points in time are shown in Europe/Berlin whatever the server's zone. */
import { berlinDayOf, TIME_ZONE } from '@verbund/domain';

const price = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' });
/** "1.290,00 €" (with the no-break space de-DE puts before the sign). */
export const formatPrice = (value: number | string | null | undefined) =>
  value === null || value === undefined || value === '' ? null : price.format(Number(value));

// Calendar days (YYYY-MM-DD) have no zone: formatted as UTC so that no offset moves them.
const day = new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayShort = new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
export const formatDay = (value: string) => day.format(new Date(`${value.slice(0, 10)}T00:00:00Z`));
export const formatDayShort = (value: string) => dayShort.format(new Date(`${value.slice(0, 10)}T00:00:00Z`));

const dateTime = new Intl.DateTimeFormat('de-DE', { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE });
const time = new Intl.DateTimeFormat('de-DE', { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE });

/** "Mi., 17. November 2021, 14:00 – 16:30 Uhr", or with both days when the event runs over midnight. */
export function formatEventTime(startsAt: string, endsAt: string | null) {
  const start = `${dateTime.format(new Date(startsAt))} Uhr`;
  if (!endsAt) return start;
  if (berlinDayOf(startsAt) === berlinDayOf(endsAt)) return `${dateTime.format(new Date(startsAt))} – ${time.format(new Date(endsAt))} Uhr`;
  return `${start} bis ${dateTime.format(new Date(endsAt))} Uhr`;
}

export const formatDayRange = (startsOn: string, endsOn: string | null) =>
  endsOn && endsOn !== startsOn ? `${formatDayShort(startsOn)} – ${formatDayShort(endsOn)}` : formatDayShort(startsOn);

export const formatCount = (value: number) => value.toLocaleString('de-DE');

/** Plain text with blank-line paragraphs; a paragraph starting with "## " is a heading (the site-settings texts). */
export function paragraphsOf(text: string | null | undefined) {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => (part.startsWith('## ') ? { heading: true, text: part.slice(3) } : { heading: false, text: part }));
}

/**
 * Now, to the minute: "upcoming" queries with the same bound are the same request, so the CMS's
 * response cache answers them instead of the database (a millisecond bound would never repeat).
 */
export const currentMinute = () => new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString();
