import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePeriod } from '../periods.js';
import { type ExportRecord, type LoadedFixture, loadFixture, organisation, project } from '../test-support/fixture.js';
import { INDICATORS } from './index.js';
import { computeOverview } from './overview.js';
import { progress, targetPeriodFor } from './targets.js';

const term = { startsOn: '2021-11-01', endsOn: '2024-10-31' };
const target = (id: string, indicator: string, period: string, value: number, updatedAt?: string): ExportRecord => ({
  type: 'indicator-target',
  documentId: id,
  ...(updatedAt ? { updatedAt } : {}),
  fields: { indicator, period, target: value, note: null },
});

/**
 * Partners: a since 2021-11-15, b since 2022-03-01, c since 2023-02-01.
 *   on 31.10.2022 (end of project year 1): a b = 2; on 31.10.2021 (the year before): 0;
 *   on 31.10.2024 (end of the term): 3.
 * Targets: partners term 10, project year 1 = 4 (entered twice: the later edit wins);
 * consultations project year 1 = 0 (progress undefined); events term without project-year target.
 */
const records: ExportRecord[] = [
  project(),
  organisation('a', { type: 'company', sizeClass: 'micro', partnerSince: '2021-11-15' }),
  organisation('b', { type: 'company', sizeClass: 'large', partnerSince: '2022-03-01' }),
  organisation('c', { type: 'chamber', partnerSince: '2023-02-01' }),
  target('t1', 'partners', 'term', 10),
  target('t2', 'partners', 'project_year_1', 5, '2022-01-01T00:00:00.000Z'),
  target('t3', 'partners', 'project_year_1', 4, '2022-02-01T00:00:00.000Z'),
  target('t4', 'consultations', 'project_year_1', 0),
  target('t5', 'events', 'term', 12),
];

let fixture: LoadedFixture;
beforeAll(async () => {
  fixture = await loadFixture(records);
});
afterAll(() => fixture.cleanup());

const row = (overview: Awaited<ReturnType<typeof computeOverview>>, id: string) => overview.indicators.find((r) => r.id === id)!;

describe('targets and progress', () => {
  it('uses the project-year target for a project year; the first has nothing before it to compare with', async () => {
    const overview = await fixture.query((conn) => computeOverview(conn, parsePeriod('py1', term), term));
    expect(overview.label).toBe('Projektjahr 1');
    expect(overview.comparison).toBeNull();
    expect(row(overview, 'partners')).toMatchObject({ value: 2, target: 4, progress: 0.5, previousValue: null });
    expect(row(overview, 'consultations')).toMatchObject({ value: 0, target: 0, progress: null });
    expect(row(overview, 'events')).toMatchObject({ target: null, progress: null });
    expect(overview.indicators.map((r) => r.id)).toEqual(INDICATORS.map((i) => i.id));
  });

  it('compares a later project year with the one before', async () => {
    const overview = await fixture.query((conn) => computeOverview(conn, parsePeriod('py2', term), term));
    expect(overview.comparison).toEqual({ key: 'py1', label: 'Projektjahr 1', from: '2021-11-01', to: '2022-10-31' });
    expect(row(overview, 'partners')).toMatchObject({ value: 3, previousValue: 2 });
  });

  it('uses the term target for the term and compares it with nothing before the project', async () => {
    const overview = await fixture.query((conn) => computeOverview(conn, parsePeriod('term', term), term));
    expect(overview.comparison).toBeNull();
    expect(row(overview, 'partners').previousValue).toBeNull();
    expect(row(overview, 'partners')).toMatchObject({ value: 3, target: 10, progress: 0.3 });
    expect(row(overview, 'events')).toMatchObject({ value: 0, target: 12, progress: 0 });
  });

  it('has no target for other periods, also when given as from/to that only nearly match', async () => {
    const year = await fixture.query((conn) => computeOverview(conn, parsePeriod('2022', term), term));
    expect(row(year, 'partners')).toMatchObject({ value: 2, target: null, progress: null });
    const nearly = await fixture.query((conn) => computeOverview(conn, parsePeriod('2021-11-01..2022-10-30', term), term));
    expect(row(nearly, 'partners').target).toBeNull();
    const exact = await fixture.query((conn) => computeOverview(conn, parsePeriod('2021-11-01..2022-10-31', term), term));
    expect(row(exact, 'partners').target).toBe(4);
  });

  it('maps periods to target periods and computes progress', () => {
    expect(targetPeriodFor({ from: '2023-11-01', to: '2024-10-31' }, term)).toBe('project_year_3');
    expect(targetPeriodFor({ from: '2021-11-01', to: '2024-10-31' }, term)).toBe('term');
    expect(targetPeriodFor({ from: '2022-01-01', to: '2022-12-31' }, term)).toBeNull();
    expect(progress(3, 4)).toBe(0.75);
    expect(progress(null, 4)).toBeNull();
    expect(progress(3, null)).toBeNull();
    expect(progress(3, 0)).toBeNull();
  });
});
