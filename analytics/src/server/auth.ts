import { createHash, timingSafeEqual } from 'node:crypto';
import type { FetchLike } from '../loader/fetch-export.js';
import { HttpError } from './http.js';

export const STEERING_ROLE = 'steuerkreis';

export function sameSecret(given: string, expected: string | null): boolean {
  if (!expected) return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

export interface CmsUser {
  username: string;
  email: string;
  role: { name: string; type: string } | null;
}

/**
 * Asks the CMS who owns the JWT (the verbund plugin's session route, granted to the Steuerkreis
 * role only): null when Strapi does not accept the JWT, a user without role when Strapi accepts
 * it but refuses the route, which means the account belongs to another role.
 */
export async function fetchCmsUser(cmsUrl: string, jwt: string, fetchImpl: FetchLike): Promise<CmsUser | null> {
  let response: Response;
  try {
    response = await fetchImpl(`${cmsUrl}/api/verbund/session`, {
      headers: { Authorization: `Bearer ${jwt}`, Accept: 'application/json' },
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    throw new HttpError(502, 'Die Anmeldung kann gerade nicht geprüft werden, weil das CMS nicht erreichbar ist.', `session: ${String(error)}`);
  }
  if (response.status === 401) return null;
  if (response.status === 403) return { username: '', email: '', role: null };
  if (!response.ok) {
    throw new HttpError(502, 'Die Anmeldung kann gerade nicht geprüft werden (Fehler im CMS).', `session answered HTTP ${response.status}`);
  }
  const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  const role = body?.role as Record<string, unknown> | undefined;
  return {
    username: String(body?.username ?? ''),
    email: String(body?.email ?? ''),
    role: role ? { name: String(role.name ?? ''), type: String(role.type ?? '') } : null,
  };
}

export function isSteeringCommittee(user: CmsUser): boolean {
  return user.role?.type.toLowerCase() === STEERING_ROLE;
}

export interface AuthenticatorOptions {
  cmsUrl: string;
  adminToken: string | null;
  fetchImpl: FetchLike;
  cacheTtlMs?: number;
  now?: () => number;
}

const MAX_CACHED = 1000;

/** Who calls with the service's admin token (scripts, operators): nobody's login, named so where it signs. */
export const ADMIN_CALLER: CmsUser = { username: 'Administrator (Admin-Token der Kennzahlen)', email: '', role: null };

/**
 * Steering-committee members authenticate with their Strapi JWT; a positive answer from
 * Strapi is cached briefly so that a dashboard load does not ask Strapi once per request.
 */
export class Authenticator {
  private readonly cache = new Map<string, { expires: number; user: CmsUser }>();
  private readonly ttl: number;
  private readonly now: () => number;

  constructor(private readonly options: AuthenticatorOptions) {
    this.ttl = options.cacheTtlMs ?? 60_000;
    this.now = options.now ?? Date.now;
  }

  /** The caller, if allowed: a steering-committee member, or the admin token. */
  async authorize(token: string | null): Promise<CmsUser> {
    if (!token) throw new HttpError(401, 'Bitte melden Sie sich an.');
    if (sameSecret(token, this.options.adminToken)) return ADMIN_CALLER;
    const key = createHash('sha256').update(token).digest('hex');
    const cached = this.cache.get(key);
    if (cached !== undefined && cached.expires > this.now()) return cached.user;
    this.cache.delete(key);

    const user = await fetchCmsUser(this.options.cmsUrl, token, this.options.fetchImpl);
    if (!user) throw new HttpError(401, 'Ihre Anmeldung ist abgelaufen oder ungültig. Bitte melden Sie sich erneut an.');
    if (!isSteeringCommittee(user)) {
      throw new HttpError(403, 'Die Kennzahlen sind nur für Mitglieder des Steuerkreises freigegeben.');
    }
    this.remember(key, user);
    return user;
  }

  /** A JWT just checked at login need not be checked again right away. */
  rememberToken(token: string, user: CmsUser): void {
    this.remember(createHash('sha256').update(token).digest('hex'), user);
  }

  private remember(key: string, user: CmsUser): void {
    if (this.cache.size >= MAX_CACHED) {
      const now = this.now();
      for (const [k, entry] of this.cache) if (entry.expires <= now) this.cache.delete(k);
      if (this.cache.size >= MAX_CACHED) this.cache.delete(this.cache.keys().next().value!);
    }
    this.cache.set(key, { expires: this.now() + this.ttl, user });
  }
}
