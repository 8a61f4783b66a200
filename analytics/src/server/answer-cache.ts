import type { ApiResult } from './api.js';

/** A route's answer as it goes over the wire, computed once per snapshot. */
export type CachedAnswer =
  | { kind: 'json'; status: number; payload: Buffer }
  | { kind: 'file'; contentType: string; fileName: string; body: Buffer };

export function toCachedAnswer(result: ApiResult): CachedAnswer {
  if (result.kind === 'file') return result;
  return { kind: 'json', status: result.status ?? 200, payload: Buffer.from(JSON.stringify(result.body)) };
}

/** The same question in any order of its parameters is the same key (a repeated one keeps its own order). */
export function answerKey(path: string, query: URLSearchParams): string {
  const params = new URLSearchParams(query);
  params.sort();
  return `${path}?${params}`;
}

/**
 * The read routes' answers depend only on the route, its parameters and the snapshot file, so an
 * answer is kept until the snapshot changes: the first request after a refresh sees a new file
 * identity and drops every answer of the old one. Concurrent identical questions share one
 * computation; a failed computation is not kept. Bounded: the oldest answers go first.
 */
export class AnswerCache {
  private version: string | null = null;
  private readonly entries = new Map<string, Promise<CachedAnswer>>();

  constructor(private readonly maxEntries = 500) {}

  answer(version: string, key: string, compute: () => Promise<CachedAnswer>): Promise<CachedAnswer> {
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    const cached = this.entries.get(key);
    if (cached) return cached;
    const pending = compute();
    this.entries.set(key, pending);
    pending.catch(() => {
      if (this.entries.get(key) === pending) this.entries.delete(key);
    });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return pending;
  }

  get size(): number {
    return this.entries.size;
  }
}
