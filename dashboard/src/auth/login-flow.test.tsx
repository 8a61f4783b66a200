import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { messages } from '../api/client';
import { App } from '../app';
import { apiError, fixtures, fixtureValueText, installFakeApi, json, signedIn, VALID_TOKEN } from '../test/fake-api';

async function logIn(identifier = 'steuerkreis', password = 'geheim') {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Benutzername oder E-Mail'), identifier);
  await user.type(screen.getByLabelText('Passwort'), password);
  await user.click(screen.getByRole('button', { name: 'Anmelden' }));
  return user;
}

const storedSession = () => localStorage.getItem('verbund.dashboard.session');

describe('login flow', () => {
  it('shows only the login form, and fetches nothing, without a session', () => {
    const api = installFakeApi();
    render(<App />);
    expect(screen.getByRole('heading', { level: 1, name: 'Anmeldung' })).toBeInTheDocument();
    expect(document.querySelector('[data-indicator]')).toBeNull();
    expect(api.requests).toHaveLength(0);
  });

  it('logs in, keeps the token in localStorage for every tab and shows the figures', async () => {
    // 08:15 UTC on 25 November is 09:15 in Berlin (CET)
    const api = installFakeApi({ '/api/status': () => json({ ...fixtures.status, snapshotAt: '2026-11-25T08:15:00.000Z' }) });
    render(<App />);
    await logIn();
    expect(await screen.findByRole('heading', { level: 1, name: 'Übersicht' })).toBeInTheDocument();
    await waitFor(() => expect(document.querySelector('[data-indicator="partners"]')).toHaveTextContent(fixtureValueText('partners')));
    expect(JSON.parse(storedSession()!).jwt).toBe(VALID_TOKEN);
    expect(api.to('/api/login')).toHaveLength(1);
    expect(screen.getByText('Stand: 25.11.2026, 09:15 Uhr')).toBeInTheDocument();
  });

  it('says in German that the credentials are wrong', async () => {
    installFakeApi({ '/api/login': () => apiError(400, 'Invalid identifier or password') });
    render(<App />);
    await logIn('steuerkreis', 'falsch');
    expect(await screen.findByRole('alert')).toHaveTextContent(messages.badCredentials);
    expect(screen.getByLabelText('Passwort')).toHaveAttribute('aria-invalid', 'true');
    expect(storedSession()).toBeNull();
  });

  it("shows the service's reason when the account is not Steuerkreis", async () => {
    const reason = 'Nur Mitglieder des Steuerkreises dürfen das Dashboard nutzen.';
    installFakeApi({ '/api/login': () => apiError(403, reason) });
    render(<App />);
    await logIn('koordination', 'geheim');
    expect(await screen.findByRole('alert')).toHaveTextContent(reason);
  });

  it('returns to the login with a message when a call answers 401', async () => {
    signedIn();
    installFakeApi({ '/api/indicators': () => apiError(401, 'Token abgelaufen') });
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Anmeldung' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(messages.sessionExpired);
    expect(storedSession()).toBeNull();
    expect(document.querySelector('[data-indicator]')).toBeNull();
  });

  it('returns to the login with the reason when a call answers 403', async () => {
    signedIn();
    installFakeApi({ '/api/status': () => apiError(403, 'Ihr Konto gehört nicht mehr zum Steuerkreis.') });
    render(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Ihr Konto gehört nicht mehr zum Steuerkreis.');
  });

  it('logs out', async () => {
    signedIn();
    installFakeApi();
    render(<App />);
    await userEvent.click(await screen.findByRole('button', { name: 'Abmelden' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Anmeldung' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Sie haben sich abgemeldet.');
    expect(storedSession()).toBeNull();
  });

  it('says so when the service cannot be reached', async () => {
    installFakeApi({
      '/api/login': () => {
        throw new TypeError('fetch failed');
      },
    });
    render(<App />);
    await logIn();
    expect(await screen.findByRole('alert')).toHaveTextContent(messages.unreachable);
  });

  it('puts the focus on the page heading after login', async () => {
    installFakeApi();
    render(<App />);
    await logIn();
    const heading = await screen.findByRole('heading', { level: 1, name: 'Übersicht' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('asks for the password again once the stored token has expired', () => {
    const payload = btoa(JSON.stringify({ id: 1, exp: Math.floor(Date.now() / 1000) - 60 })).replace(/=+$/, '');
    localStorage.setItem('verbund.dashboard.session', JSON.stringify({ jwt: `e30.${payload}.sig`, user: { username: 'steuerkreis' } }));
    installFakeApi();
    render(<App />);
    expect(screen.getByRole('heading', { level: 1, name: 'Anmeldung' })).toBeInTheDocument();
  });

  it('signs out here when another tab signs out', async () => {
    signedIn();
    installFakeApi();
    render(<App />);
    await screen.findByRole('button', { name: 'Abmelden' });
    localStorage.removeItem('verbund.dashboard.session');
    window.dispatchEvent(new StorageEvent('storage', { key: 'verbund.dashboard.session', newValue: null }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Anmeldung' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Sie wurden in einem anderen Fenster abgemeldet.');
  });
});
