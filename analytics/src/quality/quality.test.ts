import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExportRecord, type LoadedFixture, loadFixture, organisation, project } from '../test-support/fixture.js';
import { runQualityChecks, type QualityResult } from './index.js';

/**
 * One offender and one clean record per check:
 *   event E1 (40 attendees) with participations 25 + 20 = 45 → finding; E2 (50) with 10 → fine;
 *     E3 without total but with a participation of 5 → finding
 *   run R1 (10 seats) with 6 + 5 participants → finding; R2 (20 seats) with 5 → fine
 *   need n1 matched without offer, n2 open with a published offer → findings; n3 matched with offer → fine
 *   organisation bad: partner until 2021-12-31 before since 2022-06-01 → finding
 *   company unknown (size unknown) and company blank (size empty) → findings; the chamber is no company
 *   participations ep5 (event gone), ep6 (no event) and cp4 (run gone) → findings
 *   press release P1 with one of two photos without image → finding; P2 with its image → fine
 *   values written past the CMS's validation: event E4 starting in the year 99999, ep7 with a
 *     headcount of 1e20 → findings, and the refresh still succeeds
 */
const records: ExportRecord[] = [
  project(),
  organisation('acme', { name: 'Acme GmbH', type: 'company', sizeClass: 'small' }),
  organisation('unknown', { name: 'Unbekannt AG', type: 'company', sizeClass: 'unknown' }),
  organisation('blank', { name: 'Ohne Größe KG', type: 'company', sizeClass: null }),
  organisation('ihk', { name: 'IHK', type: 'chamber' }),
  organisation('bad', { name: 'Zeitreise e. V.', type: 'other', partnerSince: '2022-06-01', partnerUntil: '2021-12-31' }),
  { type: 'event', documentId: 'E1', fields: { title: 'Auftakt', startsAt: '2022-03-01T09:00:00.000Z', attendeesTotal: 40 } },
  { type: 'event', documentId: 'E2', fields: { title: 'Workshop', startsAt: '2022-04-01T09:00:00.000Z', attendeesTotal: 50 } },
  { type: 'event', documentId: 'E3', fields: { title: 'Stammtisch', startsAt: '2022-05-01T09:00:00.000Z', attendeesTotal: null } },
  { type: 'event-participation', documentId: 'ep1', fields: { headcount: 25 }, relations: { event: 'E1', organisation: 'acme' } },
  { type: 'event-participation', documentId: 'ep2', fields: { headcount: 20 }, relations: { event: 'E1', organisation: 'ihk' } },
  { type: 'event-participation', documentId: 'ep3', fields: { headcount: 10 }, relations: { event: 'E2', organisation: 'acme' } },
  { type: 'event-participation', documentId: 'ep4', fields: { headcount: 5 }, relations: { event: 'E3', organisation: 'acme' } },
  { type: 'course-offer', documentId: 'O', fields: { title: 'Lean Management' }, relations: { runs: ['R1', 'R2'] } },
  { type: 'course-run', documentId: 'R1', fields: { startsOn: '2022-09-01', seats: 10 }, relations: { courseOffer: 'O' } },
  { type: 'course-run', documentId: 'R2', fields: { startsOn: '2022-10-01', seats: 20 }, relations: { courseOffer: 'O' } },
  { type: 'course-participation', documentId: 'cp1', fields: { participants: 6 }, relations: { courseRun: 'R1', organisation: 'acme' } },
  { type: 'course-participation', documentId: 'cp2', fields: { participants: 5 }, relations: { courseRun: 'R1', organisation: 'ihk' } },
  { type: 'course-participation', documentId: 'cp3', fields: { participants: 5 }, relations: { courseRun: 'R2', organisation: 'acme' } },
  { type: 'event-participation', documentId: 'ep5', fields: { headcount: 3 }, relations: { event: 'deleted-event', organisation: 'acme' } },
  { type: 'event-participation', documentId: 'ep6', fields: { headcount: 1 }, relations: { event: null, organisation: 'ihk' } },
  { type: 'course-participation', documentId: 'cp4', fields: { participants: 2 }, relations: { courseRun: 'deleted-run', organisation: 'acme' } },
  { type: 'press-release', documentId: 'P1', fields: { title: 'Verbund startet', releaseDate: '2022-03-01', photos: [{ image: true }, { image: false }] } },
  { type: 'press-release', documentId: 'P2', fields: { title: 'Zweite Runde', releaseDate: '2022-04-01', photos: [{ image: true }] } },
  { type: 'event', documentId: 'E4', fields: { title: 'Zeitkapsel', startsAt: '+099999-01-01T00:00:00.000Z', attendeesTotal: 7 } },
  { type: 'event-participation', documentId: 'ep7', fields: { headcount: 1e20 }, relations: { event: 'E2', organisation: 'ihk' } },
  {
    type: 'training-need',
    documentId: 'n1',
    fields: { identifiedOn: '2022-02-01', topic: 'digitalisation', needStatus: 'matched' },
    relations: { organisation: 'acme', matchedOffers: [] },
  },
  {
    type: 'training-need',
    documentId: 'n2',
    fields: { identifiedOn: '2022-02-02', topic: 'leadership', needStatus: 'open' },
    relations: { organisation: 'acme', matchedOffers: ['O'] },
  },
  {
    type: 'training-need',
    documentId: 'n3',
    fields: { identifiedOn: '2022-02-03', topic: 'leadership', needStatus: 'matched' },
    relations: { organisation: 'acme', matchedOffers: ['O'] },
  },
];

let fixture: LoadedFixture;
let results: Map<string, QualityResult>;
beforeAll(async () => {
  fixture = await loadFixture(records);
  results = new Map((await fixture.query(runQualityChecks)).map((r) => [r.id, r]));
});
afterAll(() => fixture.cleanup());

describe('data-quality checks', () => {
  it('runs every check of INDICATORS.md with a German title', () => {
    expect([...results.keys()]).toEqual([
      'event_headcount_exceeds_total',
      'course_run_over_capacity',
      'training_need_status_mismatch',
      'partner_until_before_since',
      'company_size_unknown',
      'participation_without_event_or_run',
      'press_photo_without_image',
      'unreadable_value',
    ]);
    for (const result of results.values()) expect(result.title).toMatch(/[a-zäöü]/);
  });

  it('finds events whose participations exceed the attendee total', () => {
    expect(results.get('event_headcount_exceeds_total')!.findings).toEqual([
      {
        id: 'E1',
        name: 'Auftakt',
        message: 'Veranstaltung am 01.03.2022: Die Teilnahmen summieren sich auf 45 Personen, die Gesamtteilnehmerzahl ist 40.',
      },
      {
        id: 'E3',
        name: 'Stammtisch',
        message: 'Veranstaltung am 01.05.2022: Die Teilnahmen summieren sich auf 5 Personen, eine Gesamtteilnehmerzahl ist nicht erfasst.',
      },
    ]);
  });

  it('finds course runs with more participants than seats', () => {
    expect(results.get('course_run_over_capacity')!.findings).toEqual([
      { id: 'R1', name: 'Lean Management', message: 'Kurs ab 01.09.2022: 2 Teilnahmen mit zusammen 11 Teilnehmenden bei 10 Plätzen.' },
    ]);
  });

  it('finds training needs whose status contradicts their matches', () => {
    const findings = results.get('training_need_status_mismatch')!.findings;
    expect(findings.map((f) => [f.id, f.name])).toEqual([
      ['n1', 'Bedarf von Acme GmbH (Digitalisierung, 01.02.2022)'],
      ['n2', 'Bedarf von Acme GmbH (Führung, 02.02.2022)'],
    ]);
    expect(findings[0]!.message).toContain('kein veröffentlichtes Kursangebot');
    expect(findings[1]!.message).toContain('noch „offen“');
  });

  it('finds partnerships that end before they begin', () => {
    expect(results.get('partner_until_before_since')!.findings).toEqual([
      { id: 'bad', name: 'Zeitreise e. V.', message: '„Partner bis“ (31.12.2021) liegt vor „Partner seit“ (01.06.2022).' },
    ]);
  });

  it('finds companies of unknown size, an empty size included', () => {
    expect(results.get('company_size_unknown')!.findings.map((f) => f.name)).toEqual(['Ohne Größe KG', 'Unbekannt AG']);
  });

  it('finds participations whose event or course run does not exist', () => {
    expect(results.get('participation_without_event_or_run')!.findings).toEqual([
      {
        id: 'ep5',
        name: 'Veranstaltungsteilnahme von Acme GmbH (3 Personen)',
        message: 'Die zugeordnete Veranstaltung (deleted-event) gibt es nicht mehr oder sie ist nicht veröffentlicht.',
      },
      { id: 'ep6', name: 'Veranstaltungsteilnahme von IHK (1 Person)', message: 'Die Teilnahme ist keiner Veranstaltung zugeordnet.' },
      {
        id: 'cp4',
        name: 'Kursteilnahme von Acme GmbH (2 Personen)',
        message: 'Die zugeordnete Kursdurchführung (deleted-run) gibt es nicht mehr oder sie ist nicht veröffentlicht.',
      },
    ]);
  });

  it('finds press releases with a photo that has no image', () => {
    expect(results.get('press_photo_without_image')!.findings).toEqual([
      { id: 'P1', name: 'Verbund startet', message: 'Einem Pressefoto fehlt die Bilddatei.' },
    ]);
  });

  it('lists values that cannot be typed, with type, record, field and value, and leaves the field empty', async () => {
    expect(results.get('unreadable_value')!.findings).toEqual([
      {
        id: 'E4',
        name: 'Veranstaltung „Zeitkapsel“',
        message: 'Das Feld „Beginn“ enthält „+099999-01-01T00:00:00.000Z“, das ist keine gültige Angabe (erwartet: Datum mit Uhrzeit). Der Wert wird als leer behandelt.',
        type: 'event',
        field: 'startsAt',
        value: '+099999-01-01T00:00:00.000Z',
      },
      {
        id: 'ep7',
        name: 'Veranstaltungsteilnahme ep7',
        message: 'Das Feld „Personen“ enthält „100000000000000000000“, das ist keine gültige Angabe (erwartet: ganze Zahl). Der Wert wird als leer behandelt.',
        type: 'event-participation',
        field: 'headcount',
        value: '100000000000000000000',
      },
    ]);
    // The records stay, with the field empty: E4 falls in no period, ep7 counts as a participation of IHK.
    const rows = await fixture.query(async (conn) => {
      const event = await conn.runAndReadAll("SELECT starts_at, attendees_total FROM event WHERE document_id = 'E4'");
      const participation = await conn.runAndReadAll("SELECT headcount, event_id FROM event_participation WHERE document_id = 'ep7'");
      return [event.getRowObjectsJson(), participation.getRowObjectsJson()];
    });
    expect(rows).toEqual([[{ starts_at: null, attendees_total: 7 }], [{ headcount: null, event_id: 'E2' }]]);
  });
});
