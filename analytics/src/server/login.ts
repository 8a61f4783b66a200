import type { FetchLike } from '../loader/fetch-export.js';
import { InvalidQueryError } from '../errors.js';
import { type CmsUser, fetchCmsUser, isSteeringCommittee } from './auth.js';
import { HttpError } from './http.js';

export interface LoginResult {
  jwt: string;
  user: CmsUser;
}

/** Logs in through Strapi's users-permissions and lets only the steering committee through. */
export async function login(body: Record<string, unknown>, cmsUrl: string, fetchImpl: FetchLike): Promise<LoginResult> {
  const { identifier, password } = body;
  if (typeof identifier !== 'string' || typeof password !== 'string' || identifier === '' || password === '') {
    throw new InvalidQueryError('Bitte Benutzername oder E-Mail-Adresse und Passwort angeben.');
  }
  let response: Response;
  try {
    response = await fetchImpl(`${cmsUrl}/api/auth/local`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ identifier, password }),
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    throw new HttpError(502, 'Die Anmeldung ist gerade nicht möglich, weil das CMS nicht erreichbar ist.', `auth/local: ${String(error)}`);
  }
  if (response.status === 429) throw new HttpError(429, 'Zu viele Anmeldeversuche. Bitte warten Sie einen Moment.');
  if (response.status === 400 || response.status === 401 || response.status === 403) {
    throw new HttpError(401, 'Benutzername oder Passwort ist falsch.');
  }
  if (!response.ok) throw new HttpError(502, 'Die Anmeldung ist fehlgeschlagen (Fehler im CMS).', `auth/local answered HTTP ${response.status}`);

  const payload = (await response.json().catch(() => null)) as { jwt?: unknown } | null;
  if (typeof payload?.jwt !== 'string') throw new HttpError(502, 'Die Anmeldung ist fehlgeschlagen (unerwartete Antwort des CMS).');
  const user = await fetchCmsUser(cmsUrl, payload.jwt, fetchImpl);
  if (!user) throw new HttpError(401, 'Benutzername oder Passwort ist falsch.');
  if (!isSteeringCommittee(user)) {
    throw new HttpError(403, 'Dieses Konto hat keinen Zugang zum Kennzahlen-Dashboard: Es ist nur für Mitglieder des Steuerkreises freigegeben.');
  }
  return { jwt: payload.jwt, user };
}
