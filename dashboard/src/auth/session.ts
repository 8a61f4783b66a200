import type { User } from '../api/types';

export interface Session {
  jwt: string;
  user: User;
}

// sessionStorage: the token dies with the tab, and other tabs of the same browser do not share it.
const KEY = 'verbund.dashboard.session';

export function readSession(): Session | null {
  try {
    const stored = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Partial<Session> | null;
    return stored?.jwt && stored.user ? { jwt: stored.jwt, user: stored.user } : null;
  } catch {
    return null;
  }
}

export function writeSession(session: Session | null): void {
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
}
