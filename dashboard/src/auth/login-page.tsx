import { useId, useRef, useState, type FormEvent } from 'react';
import { ApiError, messages } from '../api/client';
import { Button } from '../components/button';
import { useAuth } from './auth-context';
import { TextField } from '../components/text-field';
import { AuthFrame, authLinkClass } from './auth-frame';
import { PASSWORD_ROUTES } from './password-pages';

export function LoginPage() {
  const { signIn, notice } = useAuth();
  const [identifier, setIdentifier] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const errorId = useId();
  const identifierRef = useRef<HTMLInputElement>(null);

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

  const message = error ?? (notice?.tone === 'error' ? notice.text : null);

  return (
    <AuthFrame title="Anmeldung" intro="Für Mitglieder des Steuerkreises. Bitte melden Sie sich mit Ihrem Konto des Verbunds an.">
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
            <TextField
              ref={identifierRef}
              label="Benutzername oder E-Mail"
              name="identifier"
              autoComplete="username"
              value={identifier}
              onChange={(event) => setIdentifier(event.target.value)}
              errorId={error ? errorId : undefined}
              required
            />
            <TextField
              label="Passwort"
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              errorId={error ? errorId : undefined}
              required
            />
            <Button type="submit" variant="primary" disabled={busy}>
              {busy ? 'Anmeldung läuft …' : 'Anmelden'}
            </Button>
          </form>
          <p className="mt-4">
            <a className={authLinkClass} href={`#${PASSWORD_ROUTES.forgot}`}>
              Passwort vergessen?
            </a>
          </p>
    </AuthFrame>
  );
}
