import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExportRecord, indicatorValues, type LoadedFixture, loadFixture, project } from '../test-support/fixture.js';

const event = (id: string, startsAt: string, fields: Record<string, unknown>, publishedAt?: string | null): ExportRecord => ({
  type: 'event',
  documentId: id,
  ...(publishedAt !== undefined ? { publishedAt } : {}),
  fields: { title: id, startsAt, eventStatus: 'scheduled', type: 'workshop', format: 'onsite', attendeesTotal: null, ...fields },
  relations: { workingGroup: null },
});
const press = (id: string, releaseDate: string, publishedAt?: string | null): ExportRecord => ({
  type: 'press-release',
  documentId: id,
  ...(publishedAt !== undefined ? { publishedAt } : {}),
  fields: { title: id, releaseDate },
  relations: { pressContact: null, relatedEvents: [] },
});

/**
 * Period 2022. Start times are UTC; they count on their Berlin calendar date:
 *   E1 workshop 2021-12-31T23:30Z = 01.01.2022 00:30 Berlin, 20 attendees        counts
 *   E2 working group 2022-06-01, no attendee total                               counts with 0
 *   E3 working group 2022-12-31T23:30Z = 01.01.2023 00:30 Berlin                 counts in 2023
 *   E4 working group 2022-12-31T22:59Z = 31.12.2022 23:59 Berlin, 8 attendees    counts
 *   E5 conference 2022-03-10 cancelled, 100 attendees                            not held
 *   E6 conference 2022-05-05 postponed, 30 attendees                             counts (not cancelled)
 *   E7 information event 2022-09-09 moved online, 15 attendees                   counts
 *   E8 workshop 2022-04-04 without publishedAt (a draft that slipped into the export) never counts
 * Press releases: PR1 01.01.2022, PR2 31.12.2022, PR3 31.12.2021, PR4 unpublished 05.05.2022.
 */
const records: ExportRecord[] = [
  project(),
  event('E1', '2021-12-31T23:30:00.000Z', { attendeesTotal: 20 }),
  event('E2', '2022-06-01T08:00:00.000Z', { type: 'working_group_meeting' }),
  event('E3', '2022-12-31T23:30:00.000Z', { type: 'working_group_meeting', attendeesTotal: 11 }),
  event('E4', '2022-12-31T22:59:00.000Z', { type: 'working_group_meeting', attendeesTotal: 8 }),
  event('E5', '2022-03-10T09:00:00.000Z', { type: 'conference', eventStatus: 'cancelled', attendeesTotal: 100 }),
  event('E6', '2022-05-05T09:00:00.000Z', { type: 'conference', eventStatus: 'postponed', attendeesTotal: 30 }),
  event('E7', '2022-09-09T09:00:00.000Z', { type: 'information_event', eventStatus: 'moved_online', format: 'online', attendeesTotal: 15 }),
  event('E8', '2022-04-04T09:00:00.000Z', { attendeesTotal: 40 }, null),
  press('PR1', '2022-01-01'),
  press('PR2', '2022-12-31'),
  press('PR3', '2021-12-31'),
  press('PR4', '2022-05-05', null),
];

let fixture: LoadedFixture;
let values2022: Record<string, number | null>;
beforeAll(async () => {
  fixture = await loadFixture(records);
  values2022 = await indicatorValues(fixture, '2022-01-01', '2022-12-31');
});
afterAll(() => fixture.cleanup());

describe('events in 2022', () => {
  it('events: E1 E2 E4 E6 E7 = 5', () => {
    expect(values2022.events).toBe(5);
  });

  it('working_group_meetings: E2 E4 = 2', () => {
    expect(values2022.working_group_meetings).toBe(2);
  });

  it('event_participants: 20 + 0 + 8 + 30 + 15 = 73', () => {
    expect(values2022.event_participants).toBe(73);
  });

  it('a start at 23:30 UTC on 31 December counts on 1 January in Berlin', async () => {
    const values = await indicatorValues(fixture, '2023-01-01', '2023-01-01');
    expect(values.events).toBe(1);
    expect(values.event_participants).toBe(11);
    expect((await indicatorValues(fixture, '2021-12-31', '2021-12-31')).events).toBe(0);
  });
});

describe('press releases', () => {
  it('press_releases: PR1 and PR2 on the first and last day = 2', () => {
    expect(values2022.press_releases).toBe(2);
  });
});
