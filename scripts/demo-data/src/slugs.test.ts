import { describe, expect, it } from 'vitest';
import { SlugRegistry } from './slugs';

describe('slugs', () => {
  it('spells out German letters', () => {
    const registry = new SlugRegistry();
    expect(registry.claim('Arbeitskreis Führung & Größe: Übersicht')).toBe('arbeitskreis-fuehrung-groesse-uebersicht');
    expect(registry.claim('Deutsch am Arbeitsplatz (B1/B2)')).toBe('deutsch-am-arbeitsplatz-b1-b2');
  });

  it('numbers repeated titles and never hands out a slug twice', () => {
    const registry = new SlugRegistry();
    expect(registry.claim('Workshop')).toBe('workshop');
    expect(registry.claim('workshop-2')).toBe('workshop-2');
    expect(registry.claim('Workshop')).toBe('workshop-3');
    expect(registry.claim('Workshop')).toBe('workshop-4');
    expect(registry.claim('!!!')).toBe('eintrag');
  });
});
