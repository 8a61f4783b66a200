import type { FetchLike } from '../loader/fetch-export.js';
import { InvalidQueryError } from '../errors.js';
import { HttpError } from './http.js';

export interface PasswordResetContext {
  cmsUrl: string;
  fetchImpl: FetchLike;
  /** the browser's address, passed on so that Strapi limits each person, not this server */
  clientAddress: string;
}

const MIN_PASSWORD_LENGTH = 8;

async function postToCms(path: string, body: object, context: PasswordResetContext): Promise<Response> {
  try {
    return await context.fetchImpl(`${context.cmsUrl}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Forwarded-For': context.clientAddress },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    throw new HttpError(502, 'Das CMS ist gerade nicht erreichbar. Bitte versuchen Sie es später erneut.', `${path}: ${String(error)}`);
  }
}

/** The plugin's German reason (e.g. no mail server configured), or ours if it gave none. */
async function cmsMessage(response: Response, fallback: string): Promise<string> {
  const payload = (await response.json().catch(() => null)) as { error?: { message?: unknown } } | null;
  const message = payload?.error?.message;
  return typeof message === 'string' && message !== '' ? message : fallback;
}

/**
 * Asks the CMS to mail a reset link. The answer is the same whether or not the address belongs
 * to an account, so the form cannot be used to find out who has one.
 */
export async function requestPasswordReset(body: Record<string, unknown>, context: PasswordResetContext): Promise<{ message: string }> {
  const email = typeof body.email === 'string' ? body.email.trim() : '';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new InvalidQueryError('Bitte geben Sie Ihre E-Mail-Adresse ein.');
  const response = await postToCms('/api/auth/forgot-password', { email }, context);
  if (response.status === 429) throw new HttpError(429, 'Zu viele Anfragen von Ihrem Anschluss. Bitte versuchen Sie es in einigen Minuten erneut.');
  if (response.status === 503) throw new HttpError(503, await cmsMessage(response, 'Das Zurücksetzen von Passwörtern ist nicht eingerichtet.'));
  if (!response.ok && response.status !== 400) {
    throw new HttpError(502, 'Die Anfrage konnte nicht bearbeitet werden (Fehler im CMS).', `forgot-password answered HTTP ${response.status}`);
  }
  await response.body?.cancel();
  return { message: 'Wenn zu dieser Adresse ein Konto besteht, ist eine E-Mail mit einem Link zum Zurücksetzen unterwegs.' };
}

/** Sets a new password with the code from the mailed link. */
export async function resetPassword(body: Record<string, unknown>, context: PasswordResetContext): Promise<{ message: string }> {
  const { code, password, passwordConfirmation } = body;
  if (typeof code !== 'string' || code === '') throw new InvalidQueryError('Der Link ist unvollständig. Bitte fordern Sie einen neuen an.');
  if (typeof password !== 'string' || password.length < MIN_PASSWORD_LENGTH) {
    throw new InvalidQueryError(`Das neue Passwort muss mindestens ${MIN_PASSWORD_LENGTH} Zeichen haben.`);
  }
  if (password !== passwordConfirmation) throw new InvalidQueryError('Die beiden Passwörter stimmen nicht überein.');
  const response = await postToCms('/api/auth/reset-password', { code, password, passwordConfirmation }, context);
  if (response.status === 400) {
    await response.body?.cancel();
    throw new InvalidQueryError('Der Link ist ungültig oder wurde schon benutzt. Bitte fordern Sie einen neuen an.');
  }
  if (response.status === 429) throw new HttpError(429, 'Zu viele Anfragen von Ihrem Anschluss. Bitte versuchen Sie es in einigen Minuten erneut.');
  if (!response.ok) throw new HttpError(502, 'Das Passwort konnte nicht gesetzt werden (Fehler im CMS).', `reset-password answered HTTP ${response.status}`);
  await response.body?.cancel();
  return { message: 'Ihr Passwort ist geändert. Sie können sich jetzt damit anmelden.' };
}
