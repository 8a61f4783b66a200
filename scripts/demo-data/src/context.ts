import { berlinDay, dayOf, type Day } from './dates';
import { PROJECT_END, PROJECT_START } from './seed-content';

/** What every part of the generator needs to know about time and size. */
export interface GenerationContext {
  termStart: Day;
  termEnd: Day;
  /** the moment the data describes */
  now: Date;
  nowDay: Day;
  /** the last day on which anything can already have happened: now, or the term's end */
  activityEnd: Day;
  /** The number of records of a kind at this scale, for `base` of them at scale 1. */
  count(base: number): number;
}

export function createContext(scale: number, now: Date): GenerationContext {
  const termStart = dayOf(PROJECT_START);
  const termEnd = dayOf(PROJECT_END);
  const nowDay = berlinDay(now);
  return {
    termStart,
    termEnd,
    now,
    nowDay,
    activityEnd: Math.min(nowDay, termEnd),
    count: (base) => Math.max(1, Math.round(base * scale)),
  };
}
