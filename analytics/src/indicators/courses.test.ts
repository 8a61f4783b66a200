import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExportRecord, indicatorValues, type LoadedFixture, loadFixture, organisation, project } from '../test-support/fixture.js';
import { computeBreakdown } from './breakdown.js';

const offer = (id: string, fields: Record<string, unknown>, runs: string[]): ExportRecord => ({
  type: 'course-offer',
  documentId: id,
  fields: { title: id, format: 'onsite', newInNetwork: false, ...fields },
  relations: { provider: 't', runs },
});
const run = (id: string, offerId: string | null, startsOn: string, status: string): ExportRecord => ({
  type: 'course-run',
  documentId: id,
  fields: { startsOn, runStatus: status, seats: 12, district: 'braunschweig' },
  relations: { courseOffer: offerId },
});
let participationCount = 0;
const participation = (runId: string, org: string, participants: number): ExportRecord => ({
  type: 'course-participation',
  documentId: `cp${++participationCount}`,
  fields: { participants },
  relations: { courseRun: runId, organisation: org },
});

/**
 * Period 2022. Organisations: a company small (KMU), b company medium (KMU), c company large,
 * d company unknown size, t training provider, e chamber.
 *   R1  O1 2022-01-01 completed   a 3, b 2           held, 2 companies → cooperative
 *   R2  O1 2022-06-15 running     a 4, a 1, t 2      held, 1 company
 *   R3  O2 2022-12-31 planned     c 5, d 1           held, 2 companies → cooperative
 *   R4  O2 2022-05-01 cancelled   a 7, b 7           not held
 *   R5  O3 2021-12-01 completed   a 2                before the period
 *   R6  O3 2022-02-01 completed   e 4, b 3           held, 1 company
 *   R7  O4 2022-01-10 cancelled                      not held
 *   R8  O4 2023-02-01 planned                        after the period
 *   R9  O5 draft only (not in the export), with a participation a 9 pointing at it
 *   R10 (no courseOffer; listed in O6.runs) 2022-07-01 planned, held
 * Offers new in the network: O1 (first held run R1 in 2022), O3 (first held run R5 in 2021),
 * O4 (first held run R8 in 2023, the cancelled R7 does not count), O5 (no held run),
 * O6 (first held run R10 in 2022).
 */
const records: ExportRecord[] = [
  project(),
  organisation('a', { type: 'company', sizeClass: 'small' }),
  organisation('b', { type: 'company', sizeClass: 'medium' }),
  organisation('c', { type: 'company', sizeClass: 'large' }),
  organisation('d', { type: 'company', sizeClass: 'unknown' }),
  organisation('t', { type: 'training_provider' }),
  organisation('e', { type: 'chamber' }),
  offer('O1', { topic: 'digitalisation', newInNetwork: true }, ['R1', 'R2']),
  offer('O2', { topic: 'leadership', format: 'online' }, ['R3', 'R4']),
  offer('O3', { topic: 'it_security', newInNetwork: true }, ['R5', 'R6']),
  offer('O4', { topic: 'languages', newInNetwork: true }, ['R7', 'R8']),
  offer('O5', { topic: 'languages', newInNetwork: true }, ['R9']),
  offer('O6', { topic: 'digitalisation', newInNetwork: true }, ['R10']),
  run('R1', 'O1', '2022-01-01', 'completed'),
  run('R2', 'O1', '2022-06-15', 'running'),
  run('R3', 'O2', '2022-12-31', 'planned'),
  run('R4', 'O2', '2022-05-01', 'cancelled'),
  run('R5', 'O3', '2021-12-01', 'completed'),
  run('R6', 'O3', '2022-02-01', 'completed'),
  run('R7', 'O4', '2022-01-10', 'cancelled'),
  run('R8', 'O4', '2023-02-01', 'planned'),
  run('R10', null, '2022-07-01', 'planned'),
  participation('R1', 'a', 3),
  participation('R1', 'b', 2),
  participation('R2', 'a', 4),
  participation('R2', 'a', 1),
  participation('R2', 't', 2),
  participation('R3', 'c', 5),
  participation('R3', 'd', 1),
  participation('R4', 'a', 7),
  participation('R4', 'b', 7),
  participation('R5', 'a', 2),
  participation('R6', 'e', 4),
  participation('R6', 'b', 3),
  participation('R9', 'a', 9),
];

let fixture: LoadedFixture;
let values2022: Record<string, number | null>;
beforeAll(async () => {
  fixture = await loadFixture(records);
  values2022 = await indicatorValues(fixture, '2022-01-01', '2022-12-31');
});
afterAll(() => fixture.cleanup());

describe('courses in 2022', () => {
  it('course_runs: R1 R2 R3 R6 R10 = 5 (cancelled, outside and draft runs excluded)', () => {
    expect(values2022.course_runs).toBe(5);
  });

  it('cooperative_course_runs: R1 (a, b) and R3 (c, d) = 2; R2 has one company twice', () => {
    expect(values2022.cooperative_course_runs).toBe(2);
  });

  it('course_participants: R1 5 + R2 7 + R3 6 + R6 7 = 25', () => {
    expect(values2022.course_participants).toBe(25);
  });

  it('course_participants_sme: a in R1 3 and R2 5, b in R1 2 and R6 3 = 13', () => {
    expect(values2022.course_participants_sme).toBe(13);
  });

  it('new_course_offers: O1 and O6 = 2; O4 counts in 2023, when its first held run starts', async () => {
    expect(values2022.new_course_offers).toBe(2);
    expect((await indicatorValues(fixture, '2023-01-01', '2023-12-31')).new_course_offers).toBe(1);
  });
});

describe('course breakdowns', () => {
  it('course_runs by topic: digitalisation R1 R2 R10, it_security R6, leadership R3', async () => {
    const rows = await fixture.query((conn) => computeBreakdown(conn, 'course_runs', 'topic', '2022-01-01', '2022-12-31'));
    expect(rows).toEqual([
      { key: 'digitalisation', label: 'Digitalisierung', value: 3 },
      { key: 'it_security', label: 'IT-Sicherheit', value: 1 },
      { key: 'leadership', label: 'Führung', value: 1 },
    ]);
  });

  it('course_participants by size class add up to the total of 25', async () => {
    const rows = await fixture.query((conn) => computeBreakdown(conn, 'course_participants', 'size_class', '2022-01-01', '2022-12-31'));
    // small a 3+5, not a company t 2 + e 4, large c 5, medium b 2+3, unknown d 1
    expect(rows.map((r) => [r.label, r.value])).toEqual([
      ['Kleines Unternehmen (<50)', 8],
      ['Kein Unternehmen', 6],
      ['Großunternehmen (≥250)', 5],
      ['Mittleres Unternehmen (<250)', 5],
      ['Größe unbekannt', 1],
    ]);
  });
});
