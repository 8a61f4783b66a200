import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidQueryError } from '../errors.js';
import { type ExportRecord, type LoadedFixture, loadFixture, organisation, project } from '../test-support/fixture.js';
import { computeBreakdown } from './breakdown.js';
import { computeSeries, parseGranularity } from './series.js';

/**
 * Partners (stock): p1 micro since 2021-11-15; p2 large 2022-03-01..2022-12-31; p3 small
 * 2022-01-01..2022-12-30; p8 chamber 2021-11-01..2022-06-30; p11 medium since 2022-05-01.
 * Consultations (flow): c1 on 01-01 and 03-31, c2 on 02-10, c3 on 02-11 (2022).
 */
const records: ExportRecord[] = [
  project(),
  organisation('p1', { type: 'company', sizeClass: 'micro', partnerSince: '2021-11-15' }),
  organisation('p2', { type: 'company', sizeClass: 'large', partnerSince: '2022-03-01', partnerUntil: '2022-12-31' }),
  organisation('p3', { type: 'company', sizeClass: 'small', partnerSince: '2022-01-01', partnerUntil: '2022-12-30' }),
  organisation('p8', { type: 'chamber', partnerSince: '2021-11-01', partnerUntil: '2022-06-30' }),
  organisation('p11', { type: 'company', sizeClass: 'medium', partnerSince: '2022-05-01' }),
  ...[
    ['c1', 'p1', '2022-01-01'],
    ['c2', 'p1', '2022-03-31'],
    ['c3', 'p2', '2022-02-10'],
    ['c4', 'p3', '2022-02-11'],
  ].map(([id, org, date]) => ({ type: 'consultation', documentId: id!, fields: { date }, relations: { organisation: org } })),
];

let fixture: LoadedFixture;
beforeAll(async () => {
  fixture = await loadFixture(records);
});
afterAll(() => fixture.cleanup());

describe('computeSeries', () => {
  it('flows per month with a running total', async () => {
    const points = await fixture.query((conn) => computeSeries(conn, 'consultations', '2022-01-01', '2022-03-31', 'month'));
    expect(points.map((p) => [p.label, p.value, p.cumulative])).toEqual([
      ['Januar 2022', 1, 1],
      ['Februar 2022', 2, 3],
      ['März 2022', 1, 4],
    ]);
  });

  it('distinct counts accumulate as distinct counts: p1 counselled in January and March counts once', async () => {
    const points = await fixture.query((conn) => computeSeries(conn, 'companies_counselled', '2022-01-01', '2022-03-31', 'month'));
    // January {p1}, February {p2, p3}, March {p1}; running: 1, 3, 3
    expect(points.map((p) => [p.value, p.cumulative])).toEqual([
      [1, 1],
      [2, 3],
      [1, 3],
    ]);
  });

  it('stocks take the value on each bucket’s last day', async () => {
    const points = await fixture.query((conn) => computeSeries(conn, 'partners', '2022-01-01', '2022-12-31', 'quarter'));
    // 31.03: p1 p2 p3 p8 | 30.06: p1 p2 p3 p8 p11 | 30.09: p1 p2 p3 p11 | 31.12: p1 p2 p11
    expect(points.map((p) => [p.key, p.to, p.value, p.cumulative])).toEqual([
      ['2022-Q1', '2022-03-31', 4, null],
      ['2022-Q2', '2022-06-30', 5, null],
      ['2022-Q3', '2022-09-30', 4, null],
      ['2022-Q4', '2022-12-31', 3, null],
    ]);
  });

  it('shares per bucket, null where the denominator is empty', async () => {
    const points = await fixture.query((conn) => computeSeries(conn, 'sme_partner_share', '2021-10-01', '2022-03-31', 'quarter'));
    // 31.12.2021: p1 (micro) → 1 | 31.03.2022: p1 micro, p2 large, p3 small → 2/3
    expect(points[0]!.value).toBe(1);
    expect(points[1]!.value).toBeCloseTo(2 / 3, 10);
    const empty = await fixture.query((conn) => computeSeries(conn, 'sme_partner_share', '2021-10-01', '2021-10-31', 'month'));
    expect(empty[0]!.value).toBeNull();
  });

  it('a clipped last bucket ends with the period', async () => {
    const points = await fixture.query((conn) => computeSeries(conn, 'partners', '2022-01-01', '2022-06-15', 'quarter'));
    // 15.06.2022: p1 p2 p3 p8 p11
    expect(points.at(-1)).toMatchObject({ from: '2022-04-01', to: '2022-06-15', value: 5 });
  });

  it('rejects unknown indicators and granularities', async () => {
    await expect(fixture.query((conn) => computeSeries(conn, 'nope', '2022-01-01', '2022-03-31', 'month'))).rejects.toThrow(InvalidQueryError);
    expect(() => parseGranularity('week')).toThrow('Unbekannte Auflösung „week“ (erlaubt: month, quarter).');
  });
});

describe('computeBreakdown', () => {
  it('partners by organisation type on 2022-06-30', async () => {
    const rows = await fixture.query((conn) => computeBreakdown(conn, 'partners', 'organisation_type', '2022-01-01', '2022-06-30'));
    expect(rows).toEqual([
      { key: 'company', label: 'Unternehmen', value: 4 },
      { key: 'chamber', label: 'Kammer', value: 1 },
    ]);
  });

  it('shares are computed within each group', async () => {
    const rows = await fixture.query((conn) => computeBreakdown(conn, 'sme_partner_share', 'district', '2022-01-01', '2022-06-30'));
    // all in Braunschweig: p1 micro, p2 large, p3 small, p11 medium → 3/4
    expect(rows).toEqual([{ key: 'braunschweig', label: 'Braunschweig', value: 0.75 }]);
  });

  it('rejects a dimension that does not apply, or does not exist, with a German message', async () => {
    await expect(fixture.query((conn) => computeBreakdown(conn, 'partners', 'event_type', '2022-01-01', '2022-06-30'))).rejects.toThrow(
      'Die Kennzahl „Netzwerkpartner“ lässt sich nicht nach „event_type“ aufschlüsseln (möglich: district, organisation_type, size_class).',
    );
    await expect(fixture.query((conn) => computeBreakdown(conn, 'press_releases', 'topic', '2022-01-01', '2022-06-30'))).rejects.toThrow(
      'lässt sich nicht aufschlüsseln',
    );
    await expect(fixture.query((conn) => computeBreakdown(conn, 'partners', 'colour', '2022-01-01', '2022-06-30'))).rejects.toThrow(
      InvalidQueryError,
    );
  });
});
