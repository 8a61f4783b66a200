import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorValues, type LoadedFixture, loadFixture, organisation, project } from '../test-support/fixture.js';
import { computeFunnel } from './funnel.js';

/**
 * Period Q1 2022 = 2022-01-01..2022-03-31.
 * Organisations: c1 company small (KMU), c2 company large, c3 company unknown size, c4 chamber, c5 company micro.
 * Consultations: k1 c1 01-01 (first day), k2 c1 03-31 (last day), k3 c2 02-10, k4 c3 02-11, k5 c4 02-12,
 *   k6 c5 2021-12-31 (before), k7 c5 04-01 (after), k8 without organisation 03-01.
 * Training needs: n1 c1 01-01 matched to the published offer `offer`;
 *   n2 c2 03-31 matched only to `draft-offer` (never published, so not in the export);
 *   n3 c3 02-01 no match; n4 c1 04-01 (after); n5 c4 02-15 matched to `offer` and to
 *   `unpublished-offer` (published once, unpublished since: not in the export either).
 * One held run of `offer` starting 02-01 with 5 participants from c1 (for the funnel).
 */
const records = [
  project(),
  organisation('c1', { type: 'company', sizeClass: 'small', district: 'wolfsburg' }),
  organisation('c2', { type: 'company', sizeClass: 'large', district: 'goslar' }),
  organisation('c3', { type: 'company', sizeClass: 'unknown', district: 'peine' }),
  organisation('c4', { type: 'chamber', district: 'braunschweig' }),
  organisation('c5', { type: 'company', sizeClass: 'micro' }),
  ...[
    ['k1', 'c1', '2022-01-01'],
    ['k2', 'c1', '2022-03-31'],
    ['k3', 'c2', '2022-02-10'],
    ['k4', 'c3', '2022-02-11'],
    ['k5', 'c4', '2022-02-12'],
    ['k6', 'c5', '2021-12-31'],
    ['k7', 'c5', '2022-04-01'],
    ['k8', null, '2022-03-01'],
  ].map(([id, org, date]) => ({
    type: 'consultation',
    documentId: id!,
    fields: { date, format: 'remote', topics: ['digitalisation'] },
    relations: { organisation: org, resultingNeeds: [] },
  })),
  ...[
    ['n1', 'c1', '2022-01-01', ['offer']],
    ['n2', 'c2', '2022-03-31', ['draft-offer']],
    ['n3', 'c3', '2022-02-01', []],
    ['n4', 'c1', '2022-04-01', ['offer']],
    ['n5', 'c4', '2022-02-15', ['offer', 'unpublished-offer']],
  ].map(([id, org, date, offers]) => ({
    type: 'training-need',
    documentId: id as string,
    fields: { identifiedOn: date, topic: 'digitalisation', needStatus: (offers as string[]).length ? 'matched' : 'open' },
    relations: { organisation: org, matchedOffers: offers, consultation: null },
  })),
  { type: 'course-offer', documentId: 'offer', fields: { title: 'CNC-Grundlagen', topic: 'automation', format: 'onsite' }, relations: { runs: ['run'] } },
  { type: 'course-run', documentId: 'run', fields: { startsOn: '2022-02-01', runStatus: 'completed', seats: 10 }, relations: { courseOffer: 'offer' } },
  { type: 'course-participation', documentId: 'cp', fields: { participants: 5 }, relations: { courseRun: 'run', organisation: 'c1' } },
];

let fixture: LoadedFixture;
beforeAll(async () => {
  fixture = await loadFixture(records);
});
afterAll(() => fixture.cleanup());

describe('consultations and needs in Q1 2022', () => {
  it('consultations: k1 k2 k3 k4 k5 k8 = 6, including the first and the last day', async () => {
    expect((await indicatorValues(fixture, '2022-01-01', '2022-03-31')).consultations).toBe(6);
  });

  it('companies_counselled: c1 (twice) c2 c3 = 3 distinct companies; the chamber and k8 do not count', async () => {
    expect((await indicatorValues(fixture, '2022-01-01', '2022-03-31')).companies_counselled).toBe(3);
  });

  it('smes_counselled: only c1 (c2 is large, c3 of unknown size, c5 outside the period) = 1', async () => {
    expect((await indicatorValues(fixture, '2022-01-01', '2022-03-31')).smes_counselled).toBe(1);
  });

  it('needs_identified: n1 n2 n3 n5 = 4', async () => {
    expect((await indicatorValues(fixture, '2022-01-01', '2022-03-31')).needs_identified).toBe(4);
  });

  it('needs_matched_share: n1 and n5 have a published offer, n2 only an unpublished one = 2/4', async () => {
    expect((await indicatorValues(fixture, '2022-01-01', '2022-03-31')).needs_matched_share).toBe(0.5);
  });

  it('empty denominator: no needs in 2023 gives null', async () => {
    const values = await indicatorValues(fixture, '2023-01-01', '2023-12-31');
    expect(values.needs_identified).toBe(0);
    expect(values.needs_matched_share).toBeNull();
  });
});

describe('funnel', () => {
  it('needs identified → matched → course participants for Q1 2022 = 4 → 2 → 5', async () => {
    const steps = await fixture.query((conn) => computeFunnel(conn, '2022-01-01', '2022-03-31'));
    expect(steps.map((s) => [s.id, s.value])).toEqual([
      ['needs_identified', 4],
      ['needs_matched', 2],
      ['course_participants', 5],
    ]);
    expect(steps[0]!.label).toBe('Identifizierte Weiterbildungsbedarfe');
  });
});
