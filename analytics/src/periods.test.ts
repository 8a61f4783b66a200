import { describe, expect, it } from 'vitest';
import { InvalidQueryError } from './errors.js';
import { buckets, comparisonPeriod, namedPeriods, parsePeriod, previousRange, projectYears, resolvePeriod } from './periods.js';

const term = { startsOn: '2021-11-01', endsOn: '2024-10-31' };

describe('parsePeriod', () => {
  it('names the term and the project years in 12-month steps from startsOn', () => {
    expect(parsePeriod('term', term)).toMatchObject({ from: '2021-11-01', to: '2024-10-31', label: 'Gesamtlaufzeit', kind: 'term' });
    expect(parsePeriod('py1', term)).toMatchObject({
      from: '2021-11-01',
      to: '2022-10-31',
      label: 'Projektjahr 1',
      fileSlug: 'Projektjahr-1',
      projectYear: 1,
    });
    expect(parsePeriod('py3', term)).toMatchObject({ from: '2023-11-01', to: '2024-10-31' });
  });

  it('parses calendar years, quarters, months and ranges with German labels', () => {
    expect(parsePeriod('2022', term)).toMatchObject({ from: '2022-01-01', to: '2022-12-31', label: '2022' });
    expect(parsePeriod('2022-Q1', term)).toMatchObject({ from: '2022-01-01', to: '2022-03-31', label: 'Q1 2022' });
    expect(parsePeriod('2024-Q1', term)).toMatchObject({ to: '2024-03-31' });
    expect(parsePeriod('2022-03', term)).toMatchObject({ from: '2022-03-01', to: '2022-03-31', label: 'März 2022', fileSlug: 'Maerz-2022' });
    expect(parsePeriod('2024-02', term).to).toBe('2024-02-29');
    expect(parsePeriod('2022-01-01..2022-06-30', term)).toMatchObject({
      from: '2022-01-01',
      to: '2022-06-30',
      label: '01.01.2022–30.06.2022',
      kind: 'custom',
    });
  });

  it('recognises a named period given as a range', () => {
    expect(parsePeriod('2022-04-01..2022-06-30', term).label).toBe('Q2 2022');
    expect(resolvePeriod({ from: '2022-11-01', to: '2023-10-31' }, term).label).toBe('Projektjahr 2');
  });

  it('rejects bad input with German messages', () => {
    const bad = ['py4', '2022-13', '2022-Q5', 'yesterday', '2022-02-30..2022-03-01', '2022-03-01..2022-02-01', ''];
    for (const spec of bad) {
      expect(() => parsePeriod(spec, term), spec).toThrow(InvalidQueryError);
    }
    expect(() => parsePeriod('2022-03-01..2022-02-01', term)).toThrow('Der Beginn (01.03.2022) liegt nach dem Ende (01.02.2022).');
    expect(() => resolvePeriod({ from: '2022-01-01' }, term)).toThrow(InvalidQueryError);
  });

  it('rejects years outside the term ± 10 years in every form, and never shifts a year', () => {
    const outside = 'außerhalb des auswertbaren Bereichs: Zeiträume sind von 2011 bis 2034 möglich';
    for (const spec of ['9999', '0001', '0099-03', '0099-Q1', '2010', '2035-01', '0001-01-01..2022-01-01', '2022-01-01..9999-12-31']) {
      expect(() => parsePeriod(spec, term), spec).toThrow(outside);
    }
    expect(() => resolvePeriod({ from: '0099-03-01', to: '0099-03-31' }, term)).toThrow('Das Jahr 99 liegt außerhalb');
    expect(() => parsePeriod('0001', term)).toThrow('Das Jahr 1 liegt außerhalb');
    expect(parsePeriod('2011', term)).toMatchObject({ from: '2011-01-01', to: '2011-12-31' });
    expect(parsePeriod('2034-12', term)).toMatchObject({ from: '2034-12-01', to: '2034-12-31' });
  });

  it('defaults to the term', () => {
    expect(resolvePeriod({}, term).kind).toBe('term');
  });
});

describe('project years', () => {
  it('cuts the last project year at the end of a shorter term', () => {
    expect(projectYears({ startsOn: '2021-11-15', endsOn: '2023-06-30' })).toEqual([
      { n: 1, from: '2021-11-15', to: '2022-11-14' },
      { n: 2, from: '2022-11-15', to: '2023-06-30' },
    ]);
  });
});

describe('previousRange', () => {
  it('steps back by calendar months for whole months, by days otherwise', () => {
    expect(previousRange({ from: '2022-03-01', to: '2022-03-31' })).toEqual({ from: '2022-02-01', to: '2022-02-28' });
    expect(previousRange({ from: '2022-04-01', to: '2022-06-30' })).toEqual({ from: '2022-01-01', to: '2022-03-31' });
    expect(previousRange({ from: '2022-11-01', to: '2023-10-31' })).toEqual({ from: '2021-11-01', to: '2022-10-31' });
    expect(previousRange({ from: '2022-01-10', to: '2022-01-19' })).toEqual({ from: '2021-12-31', to: '2022-01-09' });
  });
});

describe('namedPeriods', () => {
  it('lists term, project years, calendar years and the quarters that overlap the term', () => {
    const keys = namedPeriods(term).map((p) => p.key);
    expect(keys.slice(0, 8)).toEqual(['term', 'py1', 'py2', 'py3', '2021', '2022', '2023', '2024']);
    expect(keys).toContain('2021-Q4');
    expect(keys).not.toContain('2021-Q3');
    expect(keys.at(-1)).toBe('2024-Q4');
  });
});

describe('buckets', () => {
  it('clips the first and last bucket to the range', () => {
    expect(buckets({ from: '2022-01-15', to: '2022-03-10' }, 'month')).toEqual([
      { key: '2022-01', label: 'Januar 2022', from: '2022-01-15', to: '2022-01-31' },
      { key: '2022-02', label: 'Februar 2022', from: '2022-02-01', to: '2022-02-28' },
      { key: '2022-03', label: 'März 2022', from: '2022-03-01', to: '2022-03-10' },
    ]);
    expect(buckets({ from: '2021-11-01', to: '2022-06-30' }, 'quarter').map((b) => [b.key, b.from, b.to])).toEqual([
      ['2021-Q4', '2021-11-01', '2021-12-31'],
      ['2022-Q1', '2022-01-01', '2022-03-31'],
      ['2022-Q2', '2022-04-01', '2022-06-30'],
    ]);
  });

  it('refuses absurdly long series', () => {
    expect(() => buckets({ from: '1900-01-01', to: '2100-12-31' }, 'month')).toThrow(InvalidQueryError);
  });
});

describe('periods at the edges of the term', () => {
  it('cuts calendar years and quarters that run over the term and says so in the label', () => {
    const q4 = resolvePeriod({ period: '2024-Q4' }, term);
    expect(q4).toMatchObject({ from: '2024-10-01', to: '2024-10-31', label: 'Q4 2024 (bis Laufzeitende 31.10.2024)', clipped: true });
    expect(resolvePeriod({ period: '2021' }, term)).toMatchObject({ from: '2021-11-01', to: '2021-12-31', label: '2021 (ab Laufzeitbeginn 01.11.2021)' });
    const named = namedPeriods(term);
    expect(named.find((p) => p.key === '2024-Q4')?.to).toBe('2024-10-31');
    expect(named.every((p) => p.from >= term.startsOn && p.to <= term.endsOn)).toBe(true);
    expect(resolvePeriod({ period: '2022-Q2' }, term).clipped).toBeUndefined();
  });
});

describe('comparisonPeriod', () => {
  it('compares the term with nothing, a project year with the one before, others only within the term', () => {
    expect(comparisonPeriod(parsePeriod('term', term), term)).toBeNull();
    expect(comparisonPeriod(parsePeriod('py1', term), term)).toBeNull();
    expect(comparisonPeriod(parsePeriod('py3', term), term)).toMatchObject({ key: 'py2', from: '2022-11-01', to: '2023-10-31' });
    expect(comparisonPeriod(parsePeriod('2023-Q1', term), term)).toMatchObject({ key: '2022-Q4', label: 'Q4 2022' });
    expect(comparisonPeriod(resolvePeriod({ period: '2021' }, term), term)).toBeNull();
    expect(comparisonPeriod(parsePeriod('2022', term), term)).toBeNull();
    expect(comparisonPeriod(parsePeriod('2023', term), term)).toMatchObject({ key: '2022', label: '2022' });
  });
});

describe('calendar arithmetic', () => {
  it('keeps the years 0–99 as they are (Date.UTC would read them as 1900–1999)', async () => {
    const { addMonths, isIsoDate, isoDate, lastOfMonth } = await import('./dates.js');
    expect(isoDate(1, 1, 1)).toBe('0001-01-01');
    expect(lastOfMonth(99, 2)).toBe('0099-02-28');
    expect(addMonths('0099-12-15', 1)).toBe('0100-01-15');
    expect(isIsoDate('0001-01-01')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
  });
});
