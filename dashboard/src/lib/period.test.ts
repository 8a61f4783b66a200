import { describe, expect, it } from 'vitest';
import fixtures from '../../fixtures/api.json';
import type { Period } from '../api/types';
import { comparisonSentence, resolvePeriod, validateCustomRange } from './period';

const periods = fixtures.periods.periods as Period[];
const term = { from: '2022-01-01', to: '2024-12-31' };

describe('validateCustomRange', () => {
  it('accepts a range inside the term, also a single day and the whole term', () => {
    expect(validateCustomRange('2023-02-01', '2023-05-15', term)).toBeNull();
    expect(validateCustomRange('2023-02-01', '2023-02-01', term)).toBeNull();
    expect(validateCustomRange('2022-01-01', '2024-12-31', term)).toBeNull();
  });

  it('asks for both dates', () => {
    expect(validateCustomRange('', '2023-05-15', term)).toBe('Bitte geben Sie ein Anfangs- und ein Enddatum ein.');
  });

  it('rejects a start after the end', () => {
    expect(validateCustomRange('2023-05-16', '2023-05-15', term)).toBe(
      'Das Anfangsdatum darf nicht nach dem Enddatum liegen.',
    );
  });

  it('rejects a range reaching outside the term', () => {
    const message = 'Der Zeitraum muss innerhalb der Laufzeit vom 01.01.2022 bis 31.12.2024 liegen.';
    expect(validateCustomRange('2021-12-31', '2022-03-01', term)).toBe(message);
    expect(validateCustomRange('2024-06-01', '2025-01-01', term)).toBe(message);
  });

  it('rejects impossible dates', () => {
    expect(validateCustomRange('2023-02-30', '2023-03-01', term)).toBe('Bitte geben Sie gültige Daten im Format TT.MM.JJJJ ein.');
  });
});

describe('comparisonSentence', () => {
  it('names the comparison period, or says why there is none', () => {
    expect(comparisonSentence('project_year', { key: 'py1', label: 'Projektjahr 1', from: '2021-11-01', to: '2022-10-31' })).toBe(
      'Veränderungen gegenüber Projektjahr 1 (01.11.2021 – 31.10.2022).',
    );
    expect(comparisonSentence('term', null)).toMatch(/^Die Gesamtlaufzeit wird an ihren Zielwerten gemessen/);
    expect(comparisonSentence('project_year', null)).toMatch(/^Das erste Projektjahr/);
    expect(comparisonSentence('quarter', null)).toMatch(/vor der Laufzeit/);
  });
});

describe('resolvePeriod', () => {
  it('asks for a named period by key and knows its dates', () => {
    expect(resolvePeriod({ kind: 'named', key: 'py2' }, periods)).toEqual({
      query: { period: 'py2' },
      range: { from: '2022-11-01', to: '2023-10-31' },
      label: 'Projektjahr 2',
      kind: 'project_year',
    });
  });

  it('falls back to the whole term for a key that no longer exists', () => {
    expect(resolvePeriod({ kind: 'named', key: '2031-Q1' }, periods)?.query).toEqual({ period: 'term' });
  });

  it('asks for a custom range by its dates', () => {
    expect(resolvePeriod({ kind: 'custom', from: '2023-01-15', to: '2023-04-30' }, periods)).toEqual({
      query: { from: '2023-01-15', to: '2023-04-30' },
      range: { from: '2023-01-15', to: '2023-04-30' },
      label: 'Eigener Zeitraum',
      kind: 'custom',
    });
  });
});
