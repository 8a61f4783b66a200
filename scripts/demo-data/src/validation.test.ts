import { describe, expect, it } from 'vitest';
import { generateDemoData } from './generate';
import { validateDataset } from './test-support/validate-dataset';

describe('every record passes the CMS validation and every key reference resolves', () => {
  it.each([1, 3])('at scale %s', (scale) => {
    expect(validateDataset(generateDemoData({ scale }))).toEqual([]);
  });

  it('with another seed and a `now` after the term', () => {
    expect(validateDataset(generateDemoData({ seed: 42, now: new Date('2025-06-01T10:00:00Z') }))).toEqual([]);
  });

  it('with a `now` early in the term, when little has happened yet', () => {
    expect(validateDataset(generateDemoData({ now: new Date('2022-01-20T10:00:00Z') }))).toEqual([]);
  });

  it('at scale 100, the size used for benchmarks, keys and slugs stay unique', { timeout: 60_000 }, () => {
    expect(validateDataset(generateDemoData({ scale: 100 }))).toEqual([]);
  });
});

describe('the validator itself', () => {
  it('reports broken records', () => {
    const dataset = generateDemoData();
    const [event] = dataset.events;
    const [run] = dataset.courseRuns;
    const [offer] = dataset.courseOffers;
    if (!event || !run || !offer) throw new Error('the demo has events, runs and offers');
    event.endsAt = '2000-01-01T00:00:00.000Z';
    run.seats = -1;
    offer.dqrLevel = 9;
    dataset.courseParticipations.push({ courseRunKey: 'run-missing', organisationKey: 'org-allianz-fuer-die-region', participants: 1 });
    const problems = validateDataset(dataset);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('ends before it starts'),
        expect.stringContaining('seats must be'),
        expect.stringContaining('dqrLevel 9'),
        expect.stringContaining('points to missing run-missing'),
      ]),
    );
  });
});
