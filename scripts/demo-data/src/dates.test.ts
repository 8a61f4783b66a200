import { describe, expect, it } from 'vitest';
import { berlinDay, berlinTime, dayOf, isoDate, toWorkday } from './dates';

describe('Berlin wall-clock times', () => {
  it('uses CET in winter and CEST in summer', () => {
    expect(berlinTime(dayOf('2021-11-25'), 14 * 60)).toBe('2021-11-25T13:00:00.000Z');
    expect(berlinTime(dayOf('2022-07-01'), 14 * 60)).toBe('2022-07-01T12:00:00.000Z');
  });

  it('switches on the last Sundays of March and October', () => {
    expect(berlinTime(dayOf('2022-03-26'), 12 * 60)).toBe('2022-03-26T11:00:00.000Z');
    expect(berlinTime(dayOf('2022-03-27'), 12 * 60)).toBe('2022-03-27T10:00:00.000Z');
    expect(berlinTime(dayOf('2022-10-29'), 12 * 60)).toBe('2022-10-29T10:00:00.000Z');
    expect(berlinTime(dayOf('2022-10-30'), 12 * 60)).toBe('2022-10-30T11:00:00.000Z');
  });

  it('finds the Berlin calendar day of an instant', () => {
    expect(isoDate(berlinDay(new Date('2023-12-31T23:30:00Z')))).toBe('2024-01-01');
    expect(isoDate(berlinDay(new Date('2023-06-30T21:59:00Z')))).toBe('2023-06-30');
  });
});

describe('working days', () => {
  it('moves Saturdays back and Sundays forward', () => {
    expect(isoDate(toWorkday(dayOf('2024-09-07')))).toBe('2024-09-06');
    expect(isoDate(toWorkday(dayOf('2024-09-08')))).toBe('2024-09-09');
    expect(isoDate(toWorkday(dayOf('2024-09-04')))).toBe('2024-09-04');
  });
});
