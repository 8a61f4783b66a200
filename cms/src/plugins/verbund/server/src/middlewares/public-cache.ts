import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../constants';
import { CACHE_CONTROL, cacheKeyOf, etagOf, type CachedAnswer } from '../services/public-cache';
import { getService } from '../utils/get-service';

interface KoaContext {
  method: string;
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
 * Answers of the public role (no Authorization header) and of signed-in clients are kept apart:
 * neither is ever served to the other, whatever the permissions of either say.
 */
const keyOf = (ctx: KoaContext) => `${ctx.get('Authorization') ? 'signed-in' : 'anonymous'} ${cacheKeyOf(ctx.path, ctx.query)}`;

const answerWith = (ctx: KoaContext, answer: CachedAnswer) => {
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

/**
 * Route middleware of the public read routes and the search: answers a repeated request from the
 * instance's memory (services/public-cache.ts says when that is forgotten), with an ETag so that a
 * client or proxy can ask again cheaply (304). Only successful answers are kept, serialised once.
 * Route middlewares run after authentication and the permission check, so what it keeps was
 * allowed for the request's kind of client; `anonymousCache` serves the anonymous ones earlier.
 */
export const publicCache =
  (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: KoaContext, next: () => Promise<unknown>) => {
    const cache = getService(strapi, 'public-cache');
    await cache.expireAtEmbargoEnd();
    const key = keyOf(ctx);
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
    answerWith(ctx, answer);
  };

/**
 * Global middleware (config/middlewares.ts, 'plugin::verbund.anonymous-cache'): an anonymous GET
 * of the plugin's public API that the route above has answered and kept is served before routing,
 * so a hit skips the content API's authentication, its permission lookups in the database and the
 * later global middlewares. It only serves what the full pipeline produced for an anonymous request
 * since the last change; a change of the public role's permissions counts as a change
 * (services/public-cache.ts), so a revoked permission is not outlived by its answers.
 */
export const anonymousCache = (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const prefix = `${strapi.config.get('api.rest.prefix', '/api')}/${PLUGIN_ID}/`;
  return async (ctx: KoaContext, next: () => Promise<unknown>): Promise<void> => {
    if (ctx.method !== 'GET' || !ctx.path.startsWith(prefix) || ctx.get('Authorization')) {
      await next();
      return;
    }
    const cache = getService(strapi, 'public-cache');
    await cache.expireAtEmbargoEnd();
    const answer = cache.get(keyOf(ctx));
    if (!answer) {
      await next();
      return;
    }
    ctx.set('X-Cache', 'HIT');
    answerWith(ctx, answer);
  };
};
