import { useId, useState, type FormEvent } from 'react';
import { ApiError, messages, requestPasswordReset, resetPassword } from '../api/client';
import { Button } from '../components/button';
import { TextField } from '../components/text-field';
import { AuthFrame, authLinkClass } from './auth-frame';

/** Hash routes reachable without a session; the reset mail links to `reset` with `?code=`. */
export const PASSWORD_ROUTES = { forgot: '/passwort-vergessen', reset: '/passwort-zuruecksetzen' } as const;

const backToLogin = (
  <p className="mt-4">
    <a className={authLinkClass} href="#/">
      Zurück zur Anmeldung
    </a>
  </p>
);

/** Sends the form; shows the service's German answer as status or alert. */
function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function submit(action: () => Promise<string>) {
    setBusy(true);
    setError(null);
    try {
      setDone(await action());
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : messages.unreachable);
    } finally {
      setBusy(false);
    }
  }
  return { busy, done, error, setError, submit };
}

function Feedback({ done, error, errorId }: { done: string | null; error: string | null; errorId: string }) {
  return (
    <>
      {done && (
        <p role="status" className="mt-4 rounded-tremor-small bg-blue-50 p-3 text-sm text-blue-900">
          {done}
        </p>
      )}
      {error && (
        <p id={errorId} role="alert" className="mt-4 rounded-tremor-small bg-rose-50 p-3 text-sm text-rose-900">
          {error}
        </p>
      )}
    </>
  );
}

export function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const { busy, done, error, setError, submit } = useSubmit();
  const errorId = useId();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!email.trim()) return setError('Bitte geben Sie Ihre E-Mail-Adresse ein.');
    void submit(() => requestPasswordReset(email.trim()));
  }

  return (
    <AuthFrame title="Passwort vergessen" intro="Wir senden Ihnen einen Link, mit dem Sie ein neues Passwort festlegen.">
      <Feedback done={done} error={error} errorId={errorId} />
      {!done && (
        <form className="mt-4 flex flex-col gap-4" onSubmit={onSubmit} noValidate>
          <TextField
            label="E-Mail-Adresse"
            type="email"
            autoComplete="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            errorId={error ? errorId : undefined}
            required
          />
          <Button type="submit" variant="primary" disabled={busy}>
            {busy ? 'Wird gesendet …' : 'Link anfordern'}
          </Button>
        </form>
      )}
      {backToLogin}
    </AuthFrame>
  );
}

export function ResetPasswordPage({ code }: { code: string | null }) {
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const { busy, done, error, setError, submit } = useSubmit();
  const errorId = useId();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (password !== confirmation) return setError('Die beiden Passwörter stimmen nicht überein.');
    void submit(() => resetPassword(code ?? '', password, confirmation));
  }

  const field = (label: string, value: string, onChange: (value: string) => void) => (
    <TextField
      label={label}
      type="password"
      autoComplete="new-password"
      minLength={8}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      errorId={error ? errorId : undefined}
      required
    />
  );

  return (
    <AuthFrame title="Neues Passwort" intro="Legen Sie ein neues Passwort mit mindestens 8 Zeichen fest.">
      {!code && !done && (
        <p role="alert" className="mt-4 rounded-tremor-small bg-rose-50 p-3 text-sm text-rose-900">
          Der Link ist unvollständig. Bitte fordern Sie{' '}
          <a className={authLinkClass} href={`#${PASSWORD_ROUTES.forgot}`}>
            einen neuen Link
          </a>{' '}
          an.
        </p>
      )}
      <Feedback done={done} error={error} errorId={errorId} />
      {code && !done && (
        <form className="mt-4 flex flex-col gap-4" onSubmit={onSubmit} noValidate>
          {field('Neues Passwort', password, setPassword)}
          {field('Neues Passwort wiederholen', confirmation, setConfirmation)}
          <Button type="submit" variant="primary" disabled={busy}>
            {busy ? 'Wird gespeichert …' : 'Passwort speichern'}
          </Button>
        </form>
      )}
      {backToLogin}
    </AuthFrame>
  );
}
