import { dayOf, type Day } from './dates';
import type { Random } from './random';
import type { Organisation } from './types';

interface Roster {
  /** partners, ordered by the day they joined */
  partners: Organisation[];
  joinDays: Day[];
  leaveDays: (Day | null)[];
  /** organisations the network reached without them becoming partners */
  others: Organisation[];
}

function roster(organisations: readonly Organisation[]): Roster {
  const partners = organisations
    .filter((organisation) => organisation.partnerSince !== null)
    .sort((a, b) => (a.partnerSince as string).localeCompare(b.partnerSince as string) || a.key.localeCompare(b.key));
  return {
    partners,
    joinDays: partners.map((organisation) => dayOf(organisation.partnerSince as string)),
    leaveDays: partners.map((organisation) => (organisation.partnerUntil ? dayOf(organisation.partnerUntil) : null)),
    others: organisations.filter((organisation) => organisation.partnerSince === null),
  };
}

/** How many of the ordered join days are on or before `day` (binary search). */
export function joinedBy(joinDays: readonly Day[], day: Day): number {
  let low = 0;
  let high = joinDays.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((joinDays[middle] as Day) <= day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Picks the organisations that take part in something on a given day: mostly partners who
 * had joined by then and not yet left, preferring long-standing ones (which is what makes
 * repeat engagement), sometimes an organisation reached without a partnership.
 */
export class OrganisationPool {
  private readonly companyRoster: Roster;
  private readonly everyoneRoster: Roster;

  /**
   * @param everyone who may attend events
   * @param companies who may be counselled, have training needs and send staff to courses:
   *   the fictional companies only, so that no made-up activity is pinned on a real one
   */
  constructor(everyone: readonly Organisation[], companies: readonly Organisation[]) {
    this.everyoneRoster = roster(everyone);
    this.companyRoster = roster(companies);
  }

  company(random: Random, day: Day): Organisation {
    return this.pick(this.companyRoster, random, day);
  }

  /** Distinct companies; fewer than `count` only if the pool is that small. */
  companies(random: Random, day: Day, count: number): Organisation[] {
    return this.distinct(this.companyRoster, random, day, count);
  }

  /** Distinct organisations of any type. */
  organisations(random: Random, day: Day, count: number): Organisation[] {
    return this.distinct(this.everyoneRoster, random, day, count);
  }

  private distinct(from: Roster, random: Random, day: Day, count: number): Organisation[] {
    const chosen = new Map<string, Organisation>();
    for (let attempt = 0; chosen.size < count && attempt < count * 6; attempt++) {
      const organisation = this.pick(from, random, day);
      chosen.set(organisation.key, organisation);
    }
    return [...chosen.values()];
  }

  private pick(from: Roster, random: Random, day: Day): Organisation {
    const joined = joinedBy(from.joinDays, day);
    if (joined > 0 && (from.others.length === 0 || random.chance(0.85))) {
      for (let attempt = 0; attempt < 4; attempt++) {
        // skewed towards early joiners: u^1.6 crowds the low indices
        const index = Math.floor(joined * random.next() ** 1.6);
        const leaveDay = from.leaveDays[index];
        if (leaveDay === null || leaveDay === undefined || leaveDay >= day) return from.partners[index] as Organisation;
      }
    }
    if (from.others.length > 0) return random.pick(from.others);
    return random.pick(from.partners);
  }
}
