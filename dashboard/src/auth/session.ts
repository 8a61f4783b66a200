import type { User } from '../api/types';

export interface Session {
  jwt: string;
  user: User;
}

// localStorage: every tab of the browser shares one session until it expires or the user signs
// out (in any tab); a colleague's link opened in a new tab does not ask for the password again.
const KEY = 'verbund.dashboard.session';

/** The token's expiry in ms, or null when it carries none that can be read. */
function expiresAt(jwt: string): number | null {
  try {
    const payload = JSON.parse(atob(jwt.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: unknown };
    return typeof payload.exp === 'number' ? payload.exp * 1000 : null;
  } catch {
    return null;
  }
}

function parse(raw: string | null): Session | null {
  try {
    const stored = JSON.parse(raw ?? 'null') as Partial<Session> | null;
    if (!stored?.jwt || !stored.user) return null;
    const expiry = expiresAt(stored.jwt);
    return expiry !== null && expiry <= Date.now() ? null : { jwt: stored.jwt, user: stored.user };
  } catch {
    return null;
  }
}

export function readSession(): Session | null {
  return parse(localStorage.getItem(KEY));
}

export function writeSession(session: Session | null): void {
  if (session) localStorage.setItem(KEY, JSON.stringify(session));
  else localStorage.removeItem(KEY);
}

/** Calls back when another tab signs in or out; returns the unsubscribe function. */
export function onSessionChange(callback: (session: Session | null) => void): () => void {
  const listener = (event: StorageEvent) => {
    if (event.key === KEY || event.key === null) callback(parse(event.newValue));
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}
