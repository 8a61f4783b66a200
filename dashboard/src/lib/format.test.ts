import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateRange,
  formatDelta,
  formatNumber,
  formatProgress,
  formatShare,
  formatValue,
  parseIsoDate,
} from './format';

const NBSP = '\u00a0';

describe('numbers', () => {
  it('groups thousands and uses a decimal comma', () => {
    expect(formatNumber(1234)).toBe('1.234');
    expect(formatNumber(2431.25)).toBe('2.431,3');
    expect(formatNumber(0)).toBe('0');
  });

  it('shows shares as percentages with one decimal', () => {
    expect(formatShare(0.724)).toBe(`72,4${NBSP}%`);
    expect(formatShare(1)).toBe(`100${NBSP}%`);
  });

  it('formats by kind and shows a dash for a missing value', () => {
    expect(formatValue('stock', 124)).toBe('124');
    expect(formatValue('share', 0.8125)).toBe(`81,3${NBSP}%`);
    expect(formatValue('share', null)).toBe('–');
    expect(formatValue('flow', null)).toBe('–');
  });

  it('shows progress as a whole percentage', () => {
    expect(formatProgress(0.834)).toBe(`83${NBSP}%`);
    expect(formatProgress(1.25)).toBe(`125${NBSP}%`);
  });
});

describe('formatDelta', () => {
  it('reports a rise of a count with sign and wording', () => {
    expect(formatDelta('flow', 1876, 1500)).toEqual({ direction: 'up', text: '+376', spoken: 'Anstieg um 376' });
  });

  it('reports a fall of a count', () => {
    expect(formatDelta('stock', 1200, 1234)).toEqual({ direction: 'down', text: '-34', spoken: 'Rückgang um 34' });
  });

  it('measures a share change in percentage points', () => {
    expect(formatDelta('share', 0.724, 0.693)).toEqual({
      direction: 'up',
      text: '+3,1 %-Punkte',
      spoken: 'Anstieg um 3,1 Prozentpunkte',
    });
    expect(formatDelta('share', 0.5, 0.62)?.text).toBe('-12 %-Punkte');
  });

  it('calls a change too small to show unchanged', () => {
    expect(formatDelta('share', 0.70001, 0.7)).toEqual({ direction: 'same', text: '±0 %-Punkte', spoken: 'unverändert' });
    expect(formatDelta('flow', 5, 5)?.direction).toBe('same');
  });

  it('has no delta without both values', () => {
    expect(formatDelta('share', null, 0.5)).toBeNull();
    expect(formatDelta('flow', 3, null)).toBeNull();
  });
});

describe('dates', () => {
  it('formats calendar dates without shifting the day', () => {
    expect(formatDate('2022-01-01')).toBe('01.01.2022');
    expect(formatDate('2024-12-31')).toBe('31.12.2024');
    expect(formatDate('2024-03-31')).toBe('31.03.2024');
    expect(formatDateRange('2022-01-01', '2022-03-31')).toBe('01.01.2022 – 31.03.2022');
  });

  it('rejects impossible dates', () => {
    expect(parseIsoDate('2022-02-30')).toBeNull();
    expect(parseIsoDate('01.01.2022')).toBeNull();
    expect(parseIsoDate('2024-02-29')).not.toBeNull();
  });
});
