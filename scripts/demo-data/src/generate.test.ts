import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateDemoData } from './generate';
import type { DemoDataset } from './types';
import { REGION_DISTRICTS } from './places';

const DEFAULT_NOW = new Date('2024-09-02T08:00:00.000Z');

function recordCount(dataset: DemoDataset): number {
  return Object.values(dataset).reduce((sum, value) => sum + (Array.isArray(value) ? value.length : 0), 0);
}

function heldRunsWithCompanies(dataset: DemoDataset): Map<string, Set<string>> {
  const companies = new Set(dataset.organisations.filter((o) => o.type === 'company').map((o) => o.key));
  const held = new Set(dataset.courseRuns.filter((run) => run.publish && run.status !== 'cancelled').map((run) => run.key));
  const byRun = new Map<string, Set<string>>();
  for (const { courseRunKey, organisationKey } of dataset.courseParticipations) {
    if (!held.has(courseRunKey) || !companies.has(organisationKey)) continue;
    const set = byRun.get(courseRunKey) ?? new Set<string>();
    set.add(organisationKey);
    byRun.set(courseRunKey, set);
  }
  return byRun;
}

describe('determinism', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives a deep-equal dataset for the same seed, scale and now', () => {
    const options = { seed: 7, scale: 2, now: new Date('2024-03-01T12:00:00Z') };
    expect(generateDemoData(options)).toEqual(generateDemoData(options));
    expect(JSON.stringify(generateDemoData(options))).toBe(JSON.stringify(generateDemoData(options)));
  });

  it('does not depend on the clock of the machine', () => {
    const before = generateDemoData();
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-01-01T00:00:00Z'));
    expect(generateDemoData()).toEqual(before);
  });

  it('gives a different fictional population for another seed, with the same seed content', () => {
    const first = generateDemoData({ seed: 1 });
    const second = generateDemoData({ seed: 2 });
    expect(first.organisations.map((o) => o.name)).not.toEqual(second.organisations.map((o) => o.name));
    expect(first.pressReleases[0]).toEqual(second.pressReleases[0]);
    expect(first.fundingProject).toEqual(second.fundingProject);
  });
});

describe('scale', () => {
  it('keeps scale 1 at a few thousand records', () => {
    const count = recordCount(generateDemoData());
    expect(count).toBeGreaterThan(1000);
    expect(count).toBeLessThan(5000);
  });

  it('multiplies the fictional population and keeps the seed content once', () => {
    const one = generateDemoData({ scale: 1 });
    const three = generateDemoData({ scale: 3 });
    const companies = (dataset: DemoDataset) => dataset.organisations.filter((o) => o.key.startsWith('org-company-')).length;
    expect(companies(three)).toBe(3 * companies(one));
    expect(three.courseOffers.length).toBe(3 * one.courseOffers.length);
    expect(three.consultations.length).toBe(3 * one.consultations.length);
    expect(three.events.filter((event) => event.type === 'kickoff')).toHaveLength(1);
    expect(three.pressReleases.filter((release) => release.title === 'Aufbau eines regionalen Weiterbildungsverbundes')).toHaveLength(1);
    expect(three.fundingProject.steeringCommittee).toEqual(one.fundingProject.steeringCommittee);
  });

  it('scales the count targets but not the shares or the eight districts', () => {
    const target = (dataset: DemoDataset, indicator: string) =>
      dataset.indicatorTargets.find((t) => t.indicator === indicator && t.period === 'term')?.target;
    const one = generateDemoData({ scale: 1 });
    const ten = generateDemoData({ scale: 10 });
    expect(target(ten, 'consultations')).toBe(10 * (target(one, 'consultations') as number));
    expect(target(ten, 'sme_partner_share')).toBe(target(one, 'sme_partner_share'));
    expect(target(ten, 'districts_reached')).toBe(8);
  });

  it('rejects a scale or seed it cannot use', () => {
    expect(() => generateDemoData({ scale: 0 })).toThrow(RangeError);
    expect(() => generateDemoData({ scale: Number.NaN })).toThrow(RangeError);
    expect(() => generateDemoData({ seed: Number.POSITIVE_INFINITY })).toThrow(RangeError);
    expect(() => generateDemoData({ now: new Date('not a date') })).toThrow(RangeError);
  });
});

describe('the demo shows every case the product must handle', () => {
  const dataset = generateDemoData();

  it('has a draft press release and one under an embargo that ends three days after now', () => {
    expect(dataset.pressReleases.some((release) => !release.publish && release.embargoUntil === null)).toBe(true);
    const embargoed = dataset.pressReleases.filter(
      (release) => release.embargoUntil !== null && Date.parse(release.embargoUntil) > DEFAULT_NOW.getTime(),
    );
    expect(embargoed).toHaveLength(1);
    expect(embargoed[0]?.embargoUntil).toBe('2024-09-05T08:00:00.000Z');
    expect(embargoed[0]?.publish).toBe(true);
    const pastEmbargoes = dataset.pressReleases.filter(
      (release) => release.publish && release.embargoUntil !== null && Date.parse(release.embargoUntil) <= DEFAULT_NOW.getTime(),
    );
    expect(pastEmbargoes.length).toBeGreaterThan(0);
  });

  it('moves the embargo with `now`', () => {
    const now = new Date('2024-05-10T09:30:00Z');
    const later = generateDemoData({ now });
    const embargoes = later.pressReleases.filter((release) => release.embargoUntil && Date.parse(release.embargoUntil) > now.getTime());
    expect(embargoes.map((release) => release.embargoUntil)).toEqual(['2024-05-13T09:30:00.000Z']);
  });

  it('publishes nothing dated after now except what waits for its embargo', () => {
    const today = '2024-09-02';
    for (const release of dataset.pressReleases.filter((r) => r.publish && r.embargoUntil === null)) {
      expect(release.releaseDate <= today).toBe(true);
    }
    for (const consultation of dataset.consultations) expect(consultation.date <= today).toBe(true);
    for (const event of dataset.events.filter((e) => e.attendeesTotal !== null)) expect(event.startsAt <= DEFAULT_NOW.toISOString()).toBe(true);
  });

  it('has cancelled, internal, postponed-or-moved and future events', () => {
    expect(dataset.events.some((event) => event.status === 'cancelled')).toBe(true);
    expect(dataset.events.some((event) => !event.isPublic)).toBe(true);
    expect(dataset.events.some((event) => event.status === 'moved_online' || event.status === 'postponed')).toBe(true);
    expect(dataset.events.some((event) => Date.parse(event.startsAt) > DEFAULT_NOW.getTime() && event.attendeesTotal === null)).toBe(true);
  });

  it('has steering-committee meetings that are internal only', () => {
    const meetings = dataset.events.filter((event) => event.type === 'steering_committee_meeting');
    expect(meetings.length).toBeGreaterThan(1);
    expect(meetings.every((event) => !event.isPublic)).toBe(true);
  });

  it('has working groups that meet from the first quarter of 2022 on', () => {
    for (const group of dataset.workingGroups) {
      const meetings = dataset.events.filter((event) => event.workingGroupKey === group.key).map((event) => event.startsAt).sort();
      expect(meetings.length).toBeGreaterThan(4);
      expect(meetings[0]! >= '2022-01-01' && meetings[0]! < '2022-04-01').toBe(true);
      expect(dataset.events.filter((event) => event.workingGroupKey === group.key).every((e) => e.type === 'working_group_meeting')).toBe(true);
    }
  });

  it('has cooperative course runs with staff from several companies', () => {
    const cooperative = [...heldRunsWithCompanies(dataset).values()].filter((companies) => companies.size >= 2);
    expect(cooperative.length).toBeGreaterThan(5);
  });

  it('has cancelled runs and runs planned after now, and offers that are new or never published', () => {
    expect(dataset.courseRuns.some((run) => run.status === 'cancelled')).toBe(true);
    expect(dataset.courseRuns.some((run) => run.status === 'planned' && run.startsOn > '2024-09-02')).toBe(true);
    expect(dataset.courseRuns.some((run) => run.status === 'completed')).toBe(true);
    expect(dataset.courseOffers.some((offer) => offer.newInNetwork && offer.publish)).toBe(true);
    expect(dataset.courseOffers.some((offer) => !offer.publish)).toBe(true);
  });

  it('spreads companies of every size over the eight districts, partners joining and leaving over the term', () => {
    const companies = dataset.organisations.filter((organisation) => organisation.type === 'company');
    expect(new Set(companies.map((company) => company.sizeClass))).toEqual(new Set(['micro', 'small', 'medium', 'large', 'unknown']));
    for (const district of REGION_DISTRICTS) expect(companies.some((company) => company.district === district)).toBe(true);
    const joined = companies.map((company) => company.partnerSince).filter((since): since is string => since !== null);
    expect(joined.some((since) => since < '2022-03-01')).toBe(true);
    expect(joined.some((since) => since > '2024-01-01')).toBe(true);
    expect(companies.some((company) => company.partnerUntil !== null)).toBe(true);
    expect(companies.some((company) => company.partnerSince === null)).toBe(true);
    expect(dataset.organisations.filter((organisation) => organisation.type === 'training_provider').length).toBeGreaterThan(10);
  });

  it('has training needs in every status, matched ones pointing at offers of their topic', () => {
    const statuses = new Set(dataset.trainingNeeds.map((need) => need.status));
    expect(statuses).toEqual(new Set(['open', 'in_progress', 'matched', 'closed_unmatched']));
    const offers = new Map(dataset.courseOffers.map((offer) => [offer.key, offer]));
    const matched = dataset.trainingNeeds.filter((need) => need.status === 'matched' && need.matchedOfferKeys.length > 0);
    expect(matched.length).toBeGreaterThan(20);
    for (const need of matched) for (const key of need.matchedOfferKeys) expect(offers.get(key)?.topic).toBe(need.topic);
    expect(dataset.trainingNeeds.some((need) => need.consultationKey !== null)).toBe(true);
  });

  it('has 21 indicators × 4 periods of targets, flows summing up and stocks ending on year 3', () => {
    expect(dataset.indicatorTargets).toHaveLength(84);
    const target = (indicator: string, period: string) =>
      dataset.indicatorTargets.find((t) => t.indicator === indicator && t.period === period)?.target as number;
    const years = ['project_year_1', 'project_year_2', 'project_year_3'];
    expect(target('consultations', 'term')).toBe(years.reduce((sum, year) => sum + target('consultations', year), 0));
    expect(target('partners', 'term')).toBe(target('partners', 'project_year_3'));
    for (const share of ['sme_partner_share', 'needs_matched_share', 'repeat_engagement_share']) {
      for (const period of [...years, 'term']) expect(target(share, period)).toBeLessThanOrEqual(1);
    }
  });
});

describe('the planted data-quality cases', () => {
  const dataset = generateDemoData();

  it('has an event whose participations add up to more than its attendeesTotal', () => {
    const headcounts = new Map<string, number>();
    for (const { eventKey, headcount } of dataset.eventParticipations) headcounts.set(eventKey, (headcounts.get(eventKey) ?? 0) + headcount);
    expect(dataset.events.some((event) => event.attendeesTotal !== null && (headcounts.get(event.key) ?? 0) > event.attendeesTotal)).toBe(true);
  });

  it('has a run with more participants than seats', () => {
    const booked = new Map<string, number>();
    for (const { courseRunKey, participants } of dataset.courseParticipations) booked.set(courseRunKey, (booked.get(courseRunKey) ?? 0) + participants);
    expect(dataset.courseRuns.some((run) => (booked.get(run.key) ?? 0) > run.seats)).toBe(true);
  });

  it('has a need marked matched with no offer and one still open with an offer', () => {
    expect(dataset.trainingNeeds.some((need) => need.status === 'matched' && need.matchedOfferKeys.length === 0)).toBe(true);
    expect(dataset.trainingNeeds.some((need) => need.status === 'open' && need.matchedOfferKeys.length > 0)).toBe(true);
  });

  it('has a company of unknown size', () => {
    expect(dataset.organisations.some((organisation) => organisation.type === 'company' && organisation.sizeClass === 'unknown')).toBe(true);
  });
});
