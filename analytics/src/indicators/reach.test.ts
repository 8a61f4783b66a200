import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExportRecord, indicatorValues, type LoadedFixture, loadFixture, organisation, project } from '../test-support/fixture.js';
import { computeBreakdown } from './breakdown.js';

let n = 0;
const consultation = (org: string, date: string): ExportRecord => ({
  type: 'consultation',
  documentId: `k${++n}`,
  fields: { date, topics: [] },
  relations: { organisation: org },
});
const atEvent = (org: string, eventId: string): ExportRecord => ({
  type: 'event-participation',
  documentId: `ep${++n}`,
  fields: { headcount: 1 },
  relations: { event: eventId, organisation: org },
});
const inRun = (org: string, runId: string): ExportRecord => ({
  type: 'course-participation',
  documentId: `cp${++n}`,
  fields: { participants: 2 },
  relations: { courseRun: runId, organisation: org },
});

/**
 * Period Q2 2022 = 2022-04-01..2022-06-30.
 *   x1 company braunschweig: consultations on 04-01 (first day) and 06-30 (last day)  → 2 interactions
 *   x2 company wolfsburg: at held event EV1 (05-10); at cancelled EV2 (ignored)      → 1
 *   x3 chamber outside the region: at EV1                                             → 1
 *   x4 training provider goslar: two participations in held run RR1 (06-01)          → 2
 *   x5 company without district: in cancelled run RR2 only                           → 0
 *   x6 company braunschweig: consultations 03-31 and 07-01 (outside); at EV3 starting
 *      2022-03-31T22:30Z = 01.04.2022 00:30 Berlin (summer time)                     → 1
 */
const records: ExportRecord[] = [
  project(),
  organisation('x1', { type: 'company', sizeClass: 'small', district: 'braunschweig' }),
  organisation('x2', { type: 'company', sizeClass: 'large', district: 'wolfsburg' }),
  organisation('x3', { type: 'chamber', district: 'outside_region' }),
  organisation('x4', { type: 'training_provider', district: 'goslar' }),
  organisation('x5', { type: 'company', sizeClass: 'micro', district: null }),
  organisation('x6', { type: 'company', sizeClass: 'medium', district: 'braunschweig' }),
  { type: 'event', documentId: 'EV1', fields: { startsAt: '2022-05-10T08:00:00.000Z', eventStatus: 'scheduled' } },
  { type: 'event', documentId: 'EV2', fields: { startsAt: '2022-05-11T08:00:00.000Z', eventStatus: 'cancelled' } },
  { type: 'event', documentId: 'EV3', fields: { startsAt: '2022-03-31T22:30:00.000Z', eventStatus: 'scheduled' } },
  { type: 'course-offer', documentId: 'O', fields: { title: 'O' }, relations: { runs: ['RR1', 'RR2'] } },
  { type: 'course-run', documentId: 'RR1', fields: { startsOn: '2022-06-01', runStatus: 'planned' }, relations: { courseOffer: 'O' } },
  { type: 'course-run', documentId: 'RR2', fields: { startsOn: '2022-05-01', runStatus: 'cancelled' }, relations: { courseOffer: 'O' } },
  consultation('x1', '2022-04-01'),
  consultation('x1', '2022-06-30'),
  atEvent('x2', 'EV1'),
  atEvent('x2', 'EV2'),
  atEvent('x3', 'EV1'),
  inRun('x4', 'RR1'),
  inRun('x4', 'RR1'),
  inRun('x5', 'RR2'),
  consultation('x6', '2022-03-31'),
  consultation('x6', '2022-07-01'),
  atEvent('x6', 'EV3'),
];

let fixture: LoadedFixture;
let q2: Record<string, number | null>;
beforeAll(async () => {
  fixture = await loadFixture(records);
  q2 = await indicatorValues(fixture, '2022-04-01', '2022-06-30');
});
afterAll(() => fixture.cleanup());

describe('reach in Q2 2022', () => {
  it('organisations_reached: x1 x2 x3 x4 x6 = 5', () => {
    expect(q2.organisations_reached).toBe(5);
  });

  it('repeat_engagement_share: x1 and x4 with 2 interactions each = 2/5', () => {
    expect(q2.repeat_engagement_share).toBe(0.4);
  });

  it('districts_reached: braunschweig, wolfsburg, goslar = 3 (outside_region does not count)', () => {
    expect(q2.districts_reached).toBe(3);
  });

  it('a period without interactions: 0 organisations, share null', async () => {
    const values = await indicatorValues(fixture, '2021-01-01', '2021-12-31');
    expect(values.organisations_reached).toBe(0);
    expect(values.repeat_engagement_share).toBeNull();
    expect(values.districts_reached).toBe(0);
  });

  it('breaks organisations_reached down by district with German labels', async () => {
    const rows = await fixture.query((conn) => computeBreakdown(conn, 'organisations_reached', 'district', '2022-04-01', '2022-06-30'));
    expect(rows).toEqual([
      { key: 'braunschweig', label: 'Braunschweig', value: 2 },
      { key: 'goslar', label: 'Goslar', value: 1 },
      { key: 'outside_region', label: 'Außerhalb der Region', value: 1 },
      { key: 'wolfsburg', label: 'Wolfsburg', value: 1 },
    ]);
  });
});
