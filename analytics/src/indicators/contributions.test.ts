import type { Contribution } from '@verbund/domain/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExportRecord, indicatorValues, type LoadedFixture, loadFixture, organisation, project } from '../test-support/fixture.js';
import { computeAllContributions, computeContributions } from './contributions.js';
import { INDICATORS } from './index.js';

/**
 * A small network in which every indicator of the catalogue has a value in 2022, and some records
 * that must not count (a cancelled run and event, an ended partnership, records outside 2022).
 */
const records: ExportRecord[] = [
  project(),
  organisation('kmu', { name: 'Kleinmann GmbH', type: 'company', sizeClass: 'small', district: 'braunschweig', partnerSince: '2021-11-01' }),
  organisation('big', { name: 'Großwerk AG', type: 'company', sizeClass: 'large', district: 'wolfsburg', partnerSince: '2021-12-01' }),
  organisation('unk', { name: 'Unbekannt KG', type: 'company', sizeClass: 'unknown', district: 'peine', partnerSince: '2022-01-01' }),
  organisation('ended', { name: 'Ehemals GmbH', type: 'company', sizeClass: 'medium', district: 'goslar', partnerSince: '2021-11-01', partnerUntil: '2022-06-30' }),
  organisation('prov', { name: 'Bildungswerk', type: 'training_provider', district: 'outside_region', partnerSince: '2021-11-01' }),
  { type: 'consultation', documentId: 'c1', fields: { date: '2022-01-20', topics: [] }, relations: { organisation: 'kmu' } },
  { type: 'consultation', documentId: 'c2', fields: { date: '2022-03-10', topics: [] }, relations: { organisation: 'kmu' } },
  { type: 'consultation', documentId: 'c3', fields: { date: '2022-04-05', topics: [] }, relations: { organisation: 'big' } },
  { type: 'consultation', documentId: 'c4', fields: { date: '2023-02-01', topics: [] }, relations: { organisation: 'unk' } },
  { type: 'course-offer', documentId: 'offer', fields: { title: 'Robotik', newInNetwork: true }, relations: { runs: ['run1', 'run2'] } },
  { type: 'course-run', documentId: 'run1', fields: { startsOn: '2022-06-13', runStatus: 'completed' }, relations: { courseOffer: 'offer' } },
  { type: 'course-run', documentId: 'run2', fields: { startsOn: '2022-05-02', runStatus: 'cancelled' }, relations: { courseOffer: 'offer' } },
  { type: 'course-participation', documentId: 'cp1', fields: { participants: 3 }, relations: { courseRun: 'run1', organisation: 'kmu' } },
  { type: 'course-participation', documentId: 'cp2', fields: { participants: 2 }, relations: { courseRun: 'run1', organisation: 'big' } },
  { type: 'course-participation', documentId: 'cp3', fields: { participants: 4 }, relations: { courseRun: 'run2', organisation: 'kmu' } },
  { type: 'training-need', documentId: 'n1', fields: { identifiedOn: '2022-01-20' }, relations: { organisation: 'kmu', matchedOffers: ['offer'] } },
  { type: 'training-need', documentId: 'n2', fields: { identifiedOn: '2022-03-10' }, relations: { organisation: 'big' } },
  { type: 'event', documentId: 'ev1', fields: { title: 'Auftakt', type: 'kickoff', startsAt: '2022-02-15T09:00:00.000Z', attendeesTotal: 25 } },
  { type: 'event', documentId: 'ev2', fields: { title: 'Arbeitskreis', type: 'working_group_meeting', startsAt: '2022-06-20T12:00:00.000Z' } },
  { type: 'event', documentId: 'ev3', fields: { title: 'Abgesagt', type: 'workshop', startsAt: '2022-03-22T08:00:00.000Z', eventStatus: 'cancelled', attendeesTotal: 40 } },
  { type: 'event-participation', documentId: 'ep1', fields: { headcount: 4 }, relations: { event: 'ev1', organisation: 'prov' } },
  { type: 'event-participation', documentId: 'ep2', fields: { headcount: 2 }, relations: { event: 'ev2', organisation: 'unk' } },
  { type: 'press-release', documentId: 'pr1', fields: { title: 'Verbund startet', releaseDate: '2022-02-16' } },
];

const YEAR = { from: '2022-01-01', to: '2022-12-31' };

/** What the contributions add up to: a count's or sum's value, numerator ÷ denominator of a share. */
const total = (contributions: Contribution[], role: Contribution['role']) => contributions.filter((c) => c.role === role).reduce((sum, c) => sum + c.amount, 0);

let fixture: LoadedFixture;
beforeAll(async () => {
  fixture = await loadFixture(records);
});
afterAll(() => fixture.cleanup());

describe('contributions: the records that make up each value', () => {
  it('add up to every indicator’s value (sums and counts) or to its numerator and denominator (shares)', async () => {
    const values = await indicatorValues(fixture, YEAR.from, YEAR.to);
    const all = await fixture.query((conn) => computeAllContributions(conn, YEAR));
    for (const indicator of INDICATORS) {
      const contributions = all.get(indicator.id)!;
      const value = values[indicator.id];
      expect(contributions.length, `${indicator.id} has records in 2022`).toBeGreaterThan(0);
      expect(new Set(contributions.map((c) => `${c.role}:${c.documentId}`)).size, `${indicator.id}: each record once per role`).toBe(contributions.length);
      if (indicator.kind === 'share') {
        expect(contributions.every((c) => c.role !== 'value'), indicator.id).toBe(true);
        expect(total(contributions, 'numerator') / total(contributions, 'denominator'), indicator.id).toBeCloseTo(value!, 12);
      } else {
        expect(contributions.every((c) => c.role === 'value'), indicator.id).toBe(true);
        expect(total(contributions, 'value'), indicator.id).toBe(value);
      }
    }
  });

  it('name the records, worked out by hand for 2022', async () => {
    const of = (id: string) => fixture.query((conn) => computeContributions(conn, id, YEAR));
    const brief = (list: Contribution[]) => list.map((c) => [c.type, c.documentId, c.role, c.amount]);
    // On 2022-12-31: kmu, big, unk, prov (ended's partnership ended on 2022-06-30).
    expect((await of('partners')).map((c) => c.name).sort()).toEqual(['Bildungswerk', 'Großwerk AG', 'Kleinmann GmbH', 'Unbekannt KG']);
    // Known size: kmu (KMU) and big; unk drops out.
    expect(brief(await of('sme_partner_share')).sort()).toEqual(
      [
        ['organisation', 'big', 'denominator', 1],
        ['organisation', 'kmu', 'denominator', 1],
        ['organisation', 'kmu', 'numerator', 1],
      ].sort(),
    );
    expect(await of('consultations')).toContainEqual({
      type: 'consultation',
      documentId: 'c1',
      name: 'Beratung am 20.01.2022 – Kleinmann GmbH',
      role: 'value',
      amount: 1,
    });
    // kmu had two consultations in 2022 and is listed once.
    expect(brief(await of('companies_counselled')).sort()).toEqual([
      ['organisation', 'big', 'value', 1],
      ['organisation', 'kmu', 'value', 1],
    ]);
    // Only the held run counts: 3 + 2 participants.
    expect(await of('course_participants')).toEqual([
      { type: 'course-participation', documentId: 'cp2', name: 'Großwerk AG in Robotik ab 13.06.2022', role: 'value', amount: 2 },
      { type: 'course-participation', documentId: 'cp1', name: 'Kleinmann GmbH in Robotik ab 13.06.2022', role: 'value', amount: 3 },
    ]);
    // The working-group meeting has no total and counts with 0; the cancelled event not at all.
    expect(brief(await of('event_participants')).sort()).toEqual([
      ['event', 'ev1', 'value', 25],
      ['event', 'ev2', 'value', 0],
    ]);
    // Reached: kmu (c1, c2, cp1: 3 contacts), big (c3, cp2: 2), prov (ep1: 1), unk (ep2: 1).
    expect(brief(await of('repeat_engagement_share')).filter((c) => c[2] === 'numerator').sort()).toEqual([
      ['organisation', 'big', 'numerator', 1],
      ['organisation', 'kmu', 'numerator', 1],
    ]);
    // prov lies outside the region: braunschweig, wolfsburg, peine, named by their labels.
    expect((await of('districts_reached')).map((c) => [c.type, c.documentId, c.name]).sort()).toEqual([
      ['district', 'braunschweig', 'Braunschweig'],
      ['district', 'peine', 'Peine'],
      ['district', 'wolfsburg', 'Wolfsburg'],
    ]);
  });
});
