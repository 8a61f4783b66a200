import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { login, messages, type ApiError } from '../api/client';
import { onSessionChange, readSession, writeSession, type Session } from './session';

export interface Notice {
  tone: 'info' | 'error';
  text: string;
}

interface AuthContextValue {
  session: Session | null;
  /** Why the user is looking at the login form: logged out, token expired, access refused. */
  notice: Notice | null;
  signIn(identifier: string, password: string): Promise<void>;
  signOut(): void;
  /** Ends the session after the service refused the token. */
  expire(error: ApiError): void;
}

const AuthContext = createContext<AuthContextValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(readSession);
  const [notice, setNotice] = useState<Notice | null>(null);

  // Signing in or out in one tab does the same in the others.
  useEffect(
    () =>
      onSessionChange((next) => {
        setSession(next);
        setNotice(next ? null : { tone: 'info', text: 'Sie wurden in einem anderen Fenster abgemeldet.' });
      }),
    [],
  );

  const end = useCallback((next: Notice) => {
    writeSession(null);
    setSession(null);
    setNotice(next);
  }, []);

  const signIn = useCallback(async (identifier: string, password: string) => {
    const { jwt, user } = await login(identifier, password);
    const next = { jwt, user };
    writeSession(next);
    setNotice(null);
    setSession(next);
  }, []);

  const signOut = useCallback(() => end({ tone: 'info', text: 'Sie haben sich abgemeldet.' }), [end]);

  const expire = useCallback(
    (error: ApiError) =>
      end({ tone: 'error', text: error.status === 401 ? messages.sessionExpired : error.message || messages.forbidden }),
    [end],
  );

  const value = useMemo(() => ({ session, notice, signIn, signOut, expire }), [session, notice, signIn, signOut, expire]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const context = useContext(AuthContext);
  if (!context) throw new Error('useAuth must be used inside <AuthProvider>');
  return context;
}
