// Calendar arithmetic on whole days (days since 1970-01-01, UTC), which is cheap enough for
// hundreds of thousands of records, plus the one time-zone rule the demo needs: Europe/Berlin.
import { MONTH_NAMES } from '@verbund/domain';

const MS_PER_DAY = 86_400_000;

export type Day = number;

export function dayOf(isoDate: string): Day {
  return Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / MS_PER_DAY);
}

export function isoDate(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday */
export function weekday(day: Day): number {
  return (day + 4) % 7; // 1970-01-01 was a Thursday
}

/** Moves a weekend day to the nearest working day, as offices do not meet on weekends. */
export function toWorkday(day: Day): Day {
  const dayOfWeek = weekday(day);
  if (dayOfWeek === 6) return day - 1;
  if (dayOfWeek === 0) return day + 1;
  return day;
}

function lastSundayOf(year: number, monthIndex: number): Day {
  const lastDay = Math.floor(Date.UTC(year, monthIndex + 1, 0) / MS_PER_DAY);
  return lastDay - weekday(lastDay);
}

/**
 * Berlin's offset from UTC in minutes for daytime on that calendar day (CEST from the last
 * Sunday in March, CET from the last Sunday in October; the switch happens before dawn).
 */
function berlinOffsetMinutes(day: Day): number {
  const year = new Date(day * MS_PER_DAY).getUTCFullYear();
  const summer = day >= lastSundayOf(year, 2) && day < lastSundayOf(year, 9);
  return summer ? 120 : 60;
}

/** The UTC instant of a Berlin wall-clock time, e.g. (day, 9 * 60 + 30) for 09:30. */
export function berlinTime(day: Day, minutesOfDay: number): string {
  const ms = (day * 1440 + minutesOfDay - berlinOffsetMinutes(day)) * 60_000;
  return new Date(ms).toISOString();
}

/** The calendar day in Berlin of an instant. */
export function berlinDay(instant: Date): Day {
  const utcDay = Math.floor(instant.getTime() / MS_PER_DAY);
  return Math.floor((instant.getTime() + berlinOffsetMinutes(utcDay) * 60_000) / MS_PER_DAY);
}

export function clockTime(minutesOfDay: number): string {
  const hours = Math.floor(minutesOfDay / 60);
  const minutes = minutesOfDay % 60;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** e.g. "25. November 2021" */
export function germanDate(day: Day): string {
  const date = new Date(day * MS_PER_DAY);
  return `${date.getUTCDate()}. ${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** e.g. "September 2022" */
export function germanMonth(day: Day): string {
  const date = new Date(day * MS_PER_DAY);
  return `${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

export function yearOf(day: Day): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}
