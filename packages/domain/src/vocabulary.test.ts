import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STORED_VOCABULARIES, vocabularyOf } from './enumerations.js';
import { INDICATOR_CATALOGUE, INDICATOR_IDS, OVERVIEW_CARDS } from './indicators.js';
import * as vocabulary from './vocabulary.js';

const lists = Object.entries(vocabulary).filter(
  (entry): entry is [string, vocabulary.Vocabulary<string>] => typeof entry[1] === 'object' && 'values' in entry[1],
);

describe('the vocabulary', () => {
  it.each(lists)('%s: keys are database-safe and each label names one key', (_, { values, labels }) => {
    for (const value of values) expect(value).toMatch(/^[a-z][a-z0-9_]*$/);
    expect(new Set(values.map((value) => labels[value])).size).toBe(values.length);
  });
});

describe('the indicator catalogue', () => {
  // docs/INDICATORS.md is what the network's staff read; its table must name the same indicators
  // in the same order, with the same German name and kind.
  it('agrees with the table of docs/INDICATORS.md', () => {
    const doc = readFileSync(new URL('../../../docs/INDICATORS.md', import.meta.url), 'utf8');
    const rows = [...doc.matchAll(/^\| `([a-z_]+)` \| ([^|]+) \| (stock|flow|share) \|/gm)].map(([, id, name, kind]) => ({
      id,
      name: name.trim(),
      kind,
    }));
    expect(rows).toEqual(INDICATOR_IDS.map((id) => ({ id, name: INDICATOR_CATALOGUE[id].name, kind: INDICATOR_CATALOGUE[id].kind })));
  });

  it('puts each indicator on at most one overview card', () => {
    const carded = OVERVIEW_CARDS.flatMap(({ primary, secondary }) => (secondary ? [primary, secondary] : [primary]));
    expect(new Set(carded).size).toBe(carded.length);
  });
});

describe('an enumeration by its keys', () => {
  it('finds for each stored list exactly its vocabulary, and none for other lists', () => {
    for (const vocabulary of STORED_VOCABULARIES) expect(vocabularyOf([...vocabulary.values].reverse())).toBe(vocabulary);
    expect(vocabularyOf(['pending', 'published'])).toBeUndefined();
    expect(vocabularyOf(vocabulary.TOPIC.values.slice(1))).toBeUndefined();
  });
});
