import { useMemo } from 'react';
import { ApiProvider } from './api/api-context';
import { createApiClient } from './api/client';
import { AuthProvider, useAuth } from './auth/auth-context';
import { LoginPage } from './auth/login-page';
import { ForgotPasswordPage, PASSWORD_ROUTES, ResetPasswordPage } from './auth/password-pages';
import { AppShell } from './features/layout/app-shell';
import { PeriodProvider } from './features/period/period-context';
import { useHashPath } from './lib/router';

export function App() {
  return (
    <AuthProvider>
      <Gate />
    </AuthProvider>
  );
}

/**
 * Without a session nothing but the login form (or the password pages, which the reset mail
 * links to) is rendered, and nothing is fetched.
 */
function Gate() {
  const { session, expire } = useAuth();
  const { path, params } = useHashPath();
  const client = useMemo(
    () => (session ? createApiClient({ token: session.jwt, onAuthError: expire }) : null),
    [session, expire],
  );
  if (path === PASSWORD_ROUTES.reset) return <ResetPasswordPage code={params.get('code')} />;
  if (!client) return path === PASSWORD_ROUTES.forgot ? <ForgotPasswordPage /> : <LoginPage />;
  return (
    <ApiProvider client={client}>
      <PeriodProvider>
        <AppShell />
      </PeriodProvider>
    </ApiProvider>
  );
}
