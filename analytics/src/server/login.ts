import type { IncomingMessage } from 'node:http';
import type { FetchLike } from '../loader/fetch-export.js';
import { InvalidQueryError } from '../errors.js';
import { type CmsUser, fetchCmsUser, isSteeringCommittee } from './auth.js';
import { HttpError } from './http.js';
import { type LoginLimiter, retryText, tooManyAttempts } from './login-limiter.js';

export interface LoginResult {
  jwt: string;
  user: CmsUser;
}

export interface LoginContext {
  cmsUrl: string;
  fetchImpl: FetchLike;
  limiter: LoginLimiter;
  /** the browser's address as this server sees it */
  clientAddress: string;
}

/** Strapi's limiter (users-permissions) waits 5 minutes unless it says otherwise. */
const STRAPI_DEFAULT_RETRY_SECONDS = 5 * 60;

/** The peer address, IPv4 without its IPv6 wrapping (`::ffff:10.0.0.7` → `10.0.0.7`). */
export function clientAddress(req: IncomingMessage): string {
  return (req.socket.remoteAddress ?? 'unknown').replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1');
}

/**
 * Logs in through Strapi's users-permissions and lets only the steering committee through.
 * Strapi would see every login coming from this server; X-Forwarded-For names the browser's
 * address so that Strapi's per-address limiter holds back the one who guesses, not everyone.
 */
export async function login(body: Record<string, unknown>, context: LoginContext): Promise<LoginResult> {
  const { cmsUrl, fetchImpl, limiter, clientAddress: address } = context;
  const { identifier, password } = body;
  if (typeof identifier !== 'string' || typeof password !== 'string' || identifier === '' || password === '') {
    throw new InvalidQueryError('Bitte Benutzername oder E-Mail-Adresse und Passwort angeben.');
  }
  limiter.check(identifier, address);
  let response: Response;
  try {
    response = await fetchImpl(`${cmsUrl}/api/auth/local`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Forwarded-For': address },
      body: JSON.stringify({ identifier, password }),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    throw new HttpError(502, 'Die Anmeldung ist gerade nicht möglich, weil das CMS nicht erreichbar ist.', `auth/local: ${String(error)}`);
  }
  if (response.status === 429) {
    await response.body?.cancel();
    const retryAfter = Number(response.headers.get('retry-after')) || STRAPI_DEFAULT_RETRY_SECONDS;
    throw tooManyAttempts(`Zu viele Anmeldeversuche von Ihrem Anschluss. Bitte versuchen Sie es ${retryText(retryAfter)} erneut.`, retryAfter);
  }
  if (response.status === 400 || response.status === 401 || response.status === 403) {
    await response.body?.cancel();
    limiter.recordFailure(identifier, address);
    throw new HttpError(401, 'Benutzername oder Passwort ist falsch.');
  }
  if (!response.ok) throw new HttpError(502, 'Die Anmeldung ist fehlgeschlagen (Fehler im CMS).', `auth/local answered HTTP ${response.status}`);

  const payload = (await response.json().catch(() => null)) as { jwt?: unknown } | null;
  if (typeof payload?.jwt !== 'string') throw new HttpError(502, 'Die Anmeldung ist fehlgeschlagen (unerwartete Antwort des CMS).');
  limiter.recordSuccess(identifier, address);
  const user = await fetchCmsUser(cmsUrl, payload.jwt, fetchImpl);
  if (!user) throw new HttpError(401, 'Benutzername oder Passwort ist falsch.');
  if (!isSteeringCommittee(user)) {
    throw new HttpError(403, 'Dieses Konto hat keinen Zugang zum Kennzahlen-Dashboard: Es ist nur für Mitglieder des Steuerkreises freigegeben.');
  }
  return { jwt: payload.jwt, user };
}
