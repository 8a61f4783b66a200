// A small seeded PRNG (mulberry32): Math.random would make every run different, and the
// dataset must be reproducible from its seed.

function hashLabel(label: string): number {
  // FNV-1a, enough to spread labels over 32 bits
  let hash = 0x811c9dc5;
  for (let index = 0; index < label.length; index++) {
    hash ^= label.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export class Random {
  private state: number;

  constructor(private readonly seed: number) {
    this.state = seed >>> 0;
  }

  /**
   * An independent stream for one part of the dataset, derived from the seed alone, so that
   * drawing more numbers in one part does not shift every record of the others.
   */
  fork(label: string): Random {
    return new Random(Math.imul(this.seed ^ hashLabel(label), 0x9e3779b1) >>> 0);
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Random.pick: the list is empty');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of entries) total += weight;
    let point = this.next() * total;
    for (const [value, weight] of entries) {
      point -= weight;
      if (point < 0) return value;
    }
    const last = entries[entries.length - 1];
    if (!last) throw new RangeError('Random.weighted: the list is empty');
    return last[0];
  }

  /** Up to `count` distinct items, in draw order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const wanted = Math.min(count, items.length);
    if (wanted * 3 < items.length) {
      // sparse draw from a large pool: cheaper than copying it
      const chosen = new Set<number>();
      while (chosen.size < wanted) chosen.add(Math.floor(this.next() * items.length));
      return [...chosen].map((index) => items[index] as T);
    }
    const pool = items.slice();
    for (let index = 0; index < wanted; index++) {
      const swap = index + Math.floor(this.next() * (pool.length - index));
      [pool[index], pool[swap]] = [pool[swap] as T, pool[index] as T];
    }
    return pool.slice(0, wanted);
  }
}
