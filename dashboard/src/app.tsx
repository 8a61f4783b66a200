import { useMemo } from 'react';
import { ApiProvider } from './api/api-context';
import { createApiClient } from './api/client';
import { AuthProvider, useAuth } from './auth/auth-context';
import { LoginPage } from './auth/login-page';
import { AppShell } from './features/layout/app-shell';
import { PeriodProvider } from './features/period/period-context';

export function App() {
  return (
    <AuthProvider>
      <Gate />
    </AuthProvider>
  );
}

/** Nothing but the login form is rendered, and nothing is fetched, without a session. */
function Gate() {
  const { session, expire } = useAuth();
  const client = useMemo(
    () => (session ? createApiClient({ token: session.jwt, onAuthError: expire }) : null),
    [session, expire],
  );
  if (!client) return <LoginPage />;
  return (
    <ApiProvider client={client}>
      <PeriodProvider>
        <AppShell />
      </PeriodProvider>
    </ApiProvider>
  );
}
