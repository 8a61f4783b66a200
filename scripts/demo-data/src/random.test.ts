import { describe, expect, it } from 'vitest';
import { Random } from './random';

describe('Random', () => {
  it('repeats its sequence for a seed', () => {
    const draw = (seed: number) => {
      const random = new Random(seed);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
  });

  it('forks streams that depend on the label, not on how much was drawn before', () => {
    const a = new Random(9);
    const b = new Random(9);
    b.next();
    expect(a.fork('events').next()).toBe(b.fork('events').next());
    expect(a.fork('events').next()).not.toBe(a.fork('courses').next());
  });

  it('draws integers within bounds and distinct samples', () => {
    const random = new Random(3);
    for (let index = 0; index < 1000; index++) {
      const value = random.int(2, 5);
      expect(value).toBeGreaterThanOrEqual(2);
      expect(value).toBeLessThanOrEqual(5);
    }
    const items = Array.from({ length: 100 }, (_, index) => index);
    for (const count of [3, 60, 100, 150]) {
      const sample = random.sample(items, count);
      expect(new Set(sample).size).toBe(Math.min(count, 100));
    }
  });
});
