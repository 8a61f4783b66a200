import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ApiError, messages } from '../api/client';
import { Button } from '../components/button';
import { useAuth } from './auth-context';

export function LoginPage() {
  const { signIn, notice } = useAuth();
  const [identifier, setIdentifier] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorId = useId();
  const identifierRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.title = 'Anmeldung – Steuerkreis-Dashboard';
  }, []);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!identifier.trim() || !password) {
      setError('Bitte geben Sie Benutzername oder E-Mail und Passwort ein.');
      identifierRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await signIn(identifier.trim(), password);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : messages.unreachable);
      setBusy(false);
    }
  }

  const inputClass =
    'rounded-tremor-small border border-gray-300 px-3 py-2 text-sm text-gray-900 shadow-tremor-input aria-[invalid=true]:border-rose-600';
  const message = error ?? (notice?.tone === 'error' ? notice.text : null);

  return (
    <div className="flex min-h-screen flex-col bg-gray-50">
      <header className="border-b border-gray-200 bg-white px-6 py-4">
        <p className="text-sm font-semibold text-gray-900">Weiterbildungsverbund · Steuerkreis-Dashboard</p>
      </header>
      <main className="flex flex-1 items-start justify-center px-4 py-12">
        <div className="w-full max-w-sm rounded-tremor-default border border-gray-200 bg-white p-6 shadow-tremor-card">
          <h1 className="text-xl font-semibold text-gray-900">Anmeldung</h1>
          <p className="mt-1 text-sm text-gray-600">
            Für Mitglieder des Steuerkreises. Bitte melden Sie sich mit Ihrem Konto des Verbunds an.
          </p>
          {notice?.tone === 'info' && !error && (
            <p role="status" className="mt-4 rounded-tremor-small bg-blue-50 p-3 text-sm text-blue-900">
              {notice.text}
            </p>
          )}
          {message && (
            <p id={errorId} role="alert" className="mt-4 rounded-tremor-small bg-rose-50 p-3 text-sm text-rose-900">
              {message}
            </p>
          )}
          <form className="mt-4 flex flex-col gap-4" onSubmit={onSubmit} noValidate>
            <div className="flex flex-col gap-1">
              <label htmlFor="login-identifier" className="text-sm font-medium text-gray-700">
                Benutzername oder E-Mail
              </label>
              <input
                ref={identifierRef}
                id="login-identifier"
                name="identifier"
                autoComplete="username"
                className={inputClass}
                value={identifier}
                onChange={(event) => setIdentifier(event.target.value)}
                aria-invalid={Boolean(error)}
                aria-describedby={error ? errorId : undefined}
                required
              />
            </div>
            <div className="flex flex-col gap-1">
              <label htmlFor="login-password" className="text-sm font-medium text-gray-700">
                Passwort
              </label>
              <input
                id="login-password"
                name="password"
                type="password"
                autoComplete="current-password"
                className={inputClass}
                value={password}
                onChange={(event) => setPassword(event.target.value)}
                aria-invalid={Boolean(error)}
                aria-describedby={error ? errorId : undefined}
                required
              />
            </div>
            <Button type="submit" variant="primary" disabled={busy}>
              {busy ? 'Anmeldung läuft …' : 'Anmelden'}
            </Button>
          </form>
        </div>
      </main>
    </div>
  );
}
