import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { PLUGIN_ID, uidOf } from '../constants';

export const CHANGE_COUNTER = `plugin::${PLUGIN_ID}.change-counter`;
/** The one row all instances on a database share. */
const COUNTER_KEY = 'public-content';
/** Upper bound of cached answers per instance; the oldest go first. */
const MAX_ENTRIES = 2000;
/** What a CDN or reverse proxy may do with a public answer: serve it 30 s, and 30 s more while it asks again. */
export const CACHE_CONTROL = 'public, max-age=30, stale-while-revalidate=30';

export interface CachedAnswer {
  body: string;
  etag: string;
}

export const etagOf = (body: string) => `"${createHash('sha1').update(body).digest('base64url')}"`;

/** Query values in a fixed order, so that `?a=1&b=2` and `?b=2&a=1` share one entry. */
const stable = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value as object).sort().map((key) => [key, stable((value as Record<string, unknown>)[key])]));
  }
  return value;
};
export const cacheKeyOf = (path: string, query: unknown) => `${path}?${JSON.stringify(stable(query ?? {}))}`;

/**
 * The public answers of this instance, and how they are kept true. Every content change through
 * the document service adds one to a counter row in the database (in the change's own
 * transaction); the changing instance forgets its answers when the change commits, every other
 * instance when its poll sees the counter move. The search index is rebuilt on the same signal
 * (it compares `generation()`).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const entries = new Map<string, CachedAnswer>();
  let generation = 0;
  /** The counter value whose changes this instance has already accounted for. */
  let known: number | null = null;
  /** Counter values of this instance's own committed changes, not yet passed by `known`. */
  const own = new Set<number>();
  /** Moves past this instance's own changes (already forgotten at their commit); stops at anyone else's. */
  const skipOwn = () => {
    while (known !== null && own.has(known + 1)) {
      known += 1;
      own.delete(known);
    }
  };
  /** When the next published press release leaves its embargo (ms); undefined: not looked up since the last change. */
  let nextEmbargoEnd: number | undefined;
  let timer: NodeJS.Timeout | null = null;
  let polling = false;

  const table = () => {
    const meta = strapi.db.metadata.get(CHANGE_COUNTER as never) as unknown as { tableName: string; attributes: Record<string, { columnName?: string }> };
    const column = (attribute: 'key' | 'counter') => meta.attributes[attribute].columnName ?? attribute;
    return { tableName: meta.tableName, column };
  };

  const readCounter = async (): Promise<number | null> => {
    const { tableName, column } = table();
    const row = await strapi.db.getConnection(tableName).where(column('key'), COUNTER_KEY).first(column('counter'));
    return row ? Number(row[column('counter')]) : null;
  };

  const service = {
    generation: () => generation,

    /** Forgets every answer; the search index rebuilds on its next use. */
    invalidate() {
      generation += 1;
      entries.clear();
      nextEmbargoEnd = undefined;
    },

    get: (key: string) => entries.get(key),

    /** Keeps an answer unless content changed while it was computed (it may show the old state). */
    set(key: string, answer: CachedAnswer, computedIn: number) {
      if (computedIn !== generation) return;
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
      entries.set(key, answer);
    },

    /**
     * A published press release whose embargo lies ahead is hidden by the public scope until then,
     * without any write at that moment: answers computed before must not outlive it.
     */
    async expireAtEmbargoEnd(now = Date.now()) {
      if (nextEmbargoEnd === undefined) {
        const computedIn = generation;
        const next = (await strapi.db.query(uidOf('press-release') as never).findOne({
          select: ['embargoUntil'],
          where: { publishedAt: { $notNull: true }, embargoUntil: { $gt: new Date(now) } },
          orderBy: { embargoUntil: 'asc' },
        })) as { embargoUntil: string } | null;
        if (computedIn === generation) nextEmbargoEnd = next ? new Date(next.embargoUntil).getTime() : Infinity;
      }
      if (nextEmbargoEnd !== undefined && now >= nextEmbargoEnd) service.invalidate();
    },

    /**
     * Counts one content change. Runs inside the change's transaction (or its own): other instances
     * see the new value only once the change is committed, and this one forgets its answers then.
     */
    async recordChange() {
      const { tableName, column } = table();
      await strapi.db.transaction(async ({ trx, onCommit }) => {
        const counter = () => strapi.db.getConnection(tableName).transacting(trx).where(column('key'), COUNTER_KEY);
        await counter().increment(column('counter'), 1);
        const row = await counter().first(column('counter'));
        const value = row ? Number(row[column('counter')]) : null;
        onCommit(() => {
          // Each increment yields its own value: the poll skips this one, and forgets again only
          // for values another instance committed.
          if (value !== null && (known === null || value > known)) own.add(value);
          skipOwn();
          service.invalidate();
        });
      });
    },

    /** Creates the counter row once (two instances starting together: the second insert fails on the unique key). */
    async ensureCounter() {
      const { tableName, column } = table();
      if ((await readCounter()) === null) {
        try {
          await strapi.db.getConnection(tableName).insert({ [column('key')]: COUNTER_KEY, [column('counter')]: 0 });
        } catch (error) {
          if ((await readCounter()) === null) throw error;
        }
      }
      known = await readCounter();
    },

    /** One cheap SELECT per interval; a moved counter means another instance changed content. */
    async poll() {
      if (polling) return;
      polling = true;
      try {
        const value = await readCounter();
        skipOwn();
        if (value !== known) {
          known = value;
          for (const seen of own) if (value === null || seen <= value) own.delete(seen);
          service.invalidate();
        }
      } catch (error) {
        strapi.log.warn(`[verbund] Änderungszähler nicht lesbar: ${(error as Error).message}`);
      } finally {
        polling = false;
      }
    },

    startPolling(intervalMs: number) {
      service.stopPolling();
      timer = setInterval(() => void service.poll(), intervalMs);
      timer.unref();
    },

    stopPolling() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
  return service;
};
