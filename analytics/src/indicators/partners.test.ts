import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorValues, type LoadedFixture, loadFixture, organisation, project } from '../test-support/fixture.js';

/**
 * Partner stocks, measured on the period's last day. 2022 ends on 2022-12-31:
 *   p1 company micro    since 2021-11-15                     partner
 *   p2 company large    since 2022-03-01 until 2022-12-31    partner (until = last day still counts)
 *   p3 company small    since 2022-01-01 until 2022-12-30    ended the day before
 *   p4 company unknown  since 2021-12-01                     partner, size unknown
 *   p5 company (empty)  since 2022-06-01                     partner, empty size = unknown
 *   p6 training_provider since 2021-11-01                    partner
 *   p7 training_provider since 2023-01-01                    not yet
 *   p8 chamber          since 2021-11-01 until 2022-06-30    ended
 *   p9 company medium   no partnerSince                      never a partner
 *   p10 university      since 2022-12-31                     partner from the last day
 *   p11 company medium  since 2022-05-01                     partner
 */
const records = [
  project(),
  organisation('p1', { type: 'company', sizeClass: 'micro', partnerSince: '2021-11-15' }),
  organisation('p2', { type: 'company', sizeClass: 'large', partnerSince: '2022-03-01', partnerUntil: '2022-12-31' }),
  organisation('p3', { type: 'company', sizeClass: 'small', partnerSince: '2022-01-01', partnerUntil: '2022-12-30' }),
  organisation('p4', { type: 'company', sizeClass: 'unknown', partnerSince: '2021-12-01' }),
  organisation('p5', { type: 'company', sizeClass: null, partnerSince: '2022-06-01' }),
  organisation('p6', { type: 'training_provider', partnerSince: '2021-11-01' }),
  organisation('p7', { type: 'training_provider', partnerSince: '2023-01-01' }),
  organisation('p8', { type: 'chamber', partnerSince: '2021-11-01', partnerUntil: '2022-06-30' }),
  organisation('p9', { type: 'company', sizeClass: 'medium' }),
  organisation('p10', { type: 'university', partnerSince: '2022-12-31' }),
  organisation('p11', { type: 'company', sizeClass: 'medium', partnerSince: '2022-05-01' }),
];

let fixture: LoadedFixture;
beforeAll(async () => {
  fixture = await loadFixture(records);
});
afterAll(() => fixture.cleanup());

describe('partner stocks on 2022-12-31', () => {
  it('partners: p1 p2 p4 p5 p6 p10 p11 = 7', async () => {
    expect((await indicatorValues(fixture, '2022-01-01', '2022-12-31')).partners).toBe(7);
  });

  it('partner_companies: p1 p2 p4 p5 p11 = 5', async () => {
    expect((await indicatorValues(fixture, '2022-01-01', '2022-12-31')).partner_companies).toBe(5);
  });

  it('sme_partner_share: of p1 (micro), p2 (large), p11 (medium) with known size, 2 are KMU = 2/3', async () => {
    expect((await indicatorValues(fixture, '2022-01-01', '2022-12-31')).sme_partner_share).toBeCloseTo(2 / 3, 10);
  });

  it('training_providers: p6 = 1 (p7 starts later)', async () => {
    expect((await indicatorValues(fixture, '2022-01-01', '2022-12-31')).training_providers).toBe(1);
  });
});

describe('partner stocks on other days', () => {
  it('only the last day matters: on 2022-06-30 p1 p2 p3 p4 p5 p6 p8 p11 = 8 (p8 until = that day)', async () => {
    const values = await indicatorValues(fixture, '2022-04-01', '2022-06-30');
    expect(values.partners).toBe(8);
    // p1 micro, p2 large, p3 small, p11 medium → 3 of 4
    expect(values.sme_partner_share).toBe(0.75);
  });

  it('an empty denominator gives null, not 0: on 2021-11-10 only p6 and p8 are partners, no company', async () => {
    const values = await indicatorValues(fixture, '2021-11-01', '2021-11-10');
    expect(values.partners).toBe(2);
    expect(values.partner_companies).toBe(0);
    expect(values.sme_partner_share).toBeNull();
  });
});
