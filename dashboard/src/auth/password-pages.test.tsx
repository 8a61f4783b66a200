import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../app';
import { apiError, installFakeApi, json } from '../test/fake-api';

const SENT = 'Wenn zu dieser Adresse ein Konto besteht, ist eine E-Mail mit einem Link zum Zurücksetzen unterwegs.';

describe('forgotten password', () => {
  it('is reached from the login page and sends the address to the service', async () => {
    const api = installFakeApi({ '/api/forgot-password': () => json({ message: SENT }) });
    render(<App />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('link', { name: 'Passwort vergessen?' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Passwort vergessen' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('E-Mail-Adresse'), 'sk@example.org');
    await user.click(screen.getByRole('button', { name: 'Link anfordern' }));
    expect(await screen.findByRole('status')).toHaveTextContent(SENT);
    expect(api.to('/api/forgot-password')).toHaveLength(1);
  });

  it("shows the service's German reason when no mail server is configured", async () => {
    window.history.replaceState(null, '', '/#/passwort-vergessen');
    installFakeApi({ '/api/forgot-password': () => apiError(503, 'Passwort-Zurücksetzen ist nicht eingerichtet.') });
    render(<App />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('E-Mail-Adresse'), 'sk@example.org');
    await user.click(screen.getByRole('button', { name: 'Link anfordern' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Passwort-Zurücksetzen ist nicht eingerichtet.');
  });
});

describe('new password from the mailed link', () => {
  it('sends code and password, refuses a mismatch first, then points to the login', async () => {
    window.history.replaceState(null, '', '/#/passwort-zuruecksetzen?code=abc123');
    const api = installFakeApi({ '/api/reset-password': () => json({ message: 'Ihr Passwort ist geändert. Sie können sich jetzt damit anmelden.' }) });
    render(<App />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Neues Passwort'), 'Neues-Passwort-1');
    await user.type(screen.getByLabelText('Neues Passwort wiederholen'), 'anders');
    await user.click(screen.getByRole('button', { name: 'Passwort speichern' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Die beiden Passwörter stimmen nicht überein.');
    expect(api.to('/api/reset-password')).toHaveLength(0);

    await user.clear(screen.getByLabelText('Neues Passwort wiederholen'));
    await user.type(screen.getByLabelText('Neues Passwort wiederholen'), 'Neues-Passwort-1');
    await user.click(screen.getByRole('button', { name: 'Passwort speichern' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Ihr Passwort ist geändert.');
    expect(screen.getByRole('link', { name: 'Zurück zur Anmeldung' })).toHaveAttribute('href', '#/');
    const body = JSON.parse(String((globalThis.fetch as unknown as { mock: { calls: [string, RequestInit][] } }).mock.calls.at(-1)![1].body));
    expect(body).toEqual({ code: 'abc123', password: 'Neues-Passwort-1', passwordConfirmation: 'Neues-Passwort-1' });
  });

  it('says so when the link carries no code', () => {
    window.history.replaceState(null, '', '/#/passwort-zuruecksetzen');
    installFakeApi();
    render(<App />);
    expect(screen.getByRole('alert')).toHaveTextContent('Der Link ist unvollständig.');
    expect(screen.queryByRole('button', { name: 'Passwort speichern' })).not.toBeInTheDocument();
  });
});
