import type { Core } from '@strapi/strapi';
import { CACHE_CONTROL, cacheKeyOf, etagOf, type CachedAnswer } from '../services/public-cache';

interface KoaContext {
  path: string;
  query: unknown;
  status: number;
  body: unknown;
  type: string;
  get(header: string): string;
  set(header: string, value: string): void;
}

/** Whether the client already holds this answer (`If-None-Match` may list several tags, or `*`). */
const clientHolds = (ifNoneMatch: string, etag: string) =>
  ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });

/**
 * Route middleware of the public read routes and the search: answers a repeated request from the
 * instance's memory (services/public-cache.ts says when that is forgotten), with an ETag so that a
 * client or proxy can ask again cheaply (304). Only successful answers are kept. Route middlewares
 * run after authentication and the permission check, so the cache never answers a request the
 * public role may not make.
 */
export const publicCache =
  (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: KoaContext, next: () => Promise<unknown>) => {
    const cache = strapi.plugin('verbund').service('public-cache');
    await cache.expireAtEmbargoEnd();
    const key = cacheKeyOf(ctx.path, ctx.query);
    let answer: CachedAnswer | undefined = cache.get(key);
    if (answer) {
      ctx.set('X-Cache', 'HIT');
    } else {
      const computedIn = cache.generation();
      await next();
      if (ctx.status !== 200 || ctx.body === undefined || ctx.body === null) return;
      const body = typeof ctx.body === 'string' ? ctx.body : JSON.stringify(ctx.body);
      answer = { body, etag: etagOf(body) };
      cache.set(key, answer, computedIn);
      ctx.set('X-Cache', 'MISS');
    }
    ctx.set('ETag', answer.etag);
    ctx.set('Cache-Control', CACHE_CONTROL);
    if (clientHolds(ctx.get('If-None-Match'), answer.etag)) {
      ctx.status = 304;
      ctx.body = null;
      return;
    }
    ctx.status = 200;
    ctx.type = 'application/json';
    ctx.body = answer.body;
  };
