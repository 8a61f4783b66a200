import { describe, expect, it } from 'vitest';
import { berlinDayOf, formatBerlinDate, formatBerlinDateTime, formatIsoDate, MONTH_NAMES, slugify, transliterateGerman } from './format.js';

describe('shared formatting', () => {
  it('slugs German text', () => {
    expect(slugify('Größe & Qualität')).toBe('groesse-qualitaet');
    expect(slugify('  Arbeitskreis Führung – Süd ')).toBe('arbeitskreis-fuehrung-sued');
    expect(slugify('Café Crème')).toBe('cafe-creme');
    expect(transliterateGerman('März Über')).toBe('Maerz Ueber');
  });

  it('formats instants in Berlin time, in winter and in summer', () => {
    // 23:30 UTC on 31 Dec is already New Year in Berlin (UTC+1); 22:30 UTC in July is 00:30 (UTC+2)
    expect(formatBerlinDateTime('2021-12-31T23:30:00Z')).toBe('01.01.2022, 00:30 Uhr');
    expect(formatBerlinDateTime(new Date('2022-07-01T22:30:00Z'))).toBe('02.07.2022, 00:30 Uhr');
    expect(formatBerlinDate('2022-07-01T22:30:00Z')).toBe('02.07.2022');
    expect(berlinDayOf('2022-07-01T22:30:00Z')).toBe('2022-07-02');
    expect(formatBerlinDateTime('kein Datum')).toBe('kein Datum');
  });

  it('formats calendar days without shifting them', () => {
    expect(formatIsoDate('2022-03-01')).toBe('01.03.2022');
    expect(formatIsoDate('unbekannt')).toBe('unbekannt');
    expect(MONTH_NAMES[2]).toBe('März');
  });
});
