import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, silentLogger } from '@verbund/analytics';
import { startAnalytics } from './helpers/analytics';
import { bootStrapi, type TestStrapi } from './helpers/strapi';
import { startSmtpServer, type TestSmtpServer } from './helpers/smtp';

const SMTP_LOGIN = { user: 'cms-versand', pass: 'smtp-geheim' };
const EMAIL = 'steuerkreis@passwort.example';

let app: TestStrapi;
let smtp: TestSmtpServer;
// The dashboard's service, through which the steering committee asks for and sets a password.
let analytics: RunningServer;
let workDir: string;

const postTo = async (base: string, route: string, body: unknown) => {
  const response = await fetch(`${base}${route}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as any };
};
const post = (route: string, body: unknown) => postTo(app.url, route, body);
const viaDashboard = (route: string, body: unknown) => postTo(analytics.url, route, body);

beforeAll(async () => {
  smtp = await startSmtpServer(SMTP_LOGIN);
  workDir = mkdtempSync(path.join(os.tmpdir(), 'verbund-reset-'));
  const tokenFile = path.join(workDir, 'cms-export-token');
  app = await bootStrapi({
    env: {
      VERBUND_ANALYTICS_TOKEN_FILE: tokenFile,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SMTP_SECURE: 'false',
      SMTP_USER: SMTP_LOGIN.user,
      SMTP_PASS: SMTP_LOGIN.pass,
      EMAIL_FROM: 'Weiterbildungsverbund <versand@verbund.example>',
      EMAIL_REPLY_TO: 'koordination@verbund.example',
      PASSWORD_RESET_URL: 'http://dashboard.verbund.example/#/passwort-zuruecksetzen',
    },
  });
  const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'steuerkreis' } });
  await app.strapi.plugin('users-permissions').service('user').add({
    username: 'steuerkreis-passwort',
    email: EMAIL,
    password: 'Altes-Passwort-1',
    provider: 'local',
    confirmed: true,
    blocked: false,
    role: role.id,
  });
  analytics = await startAnalytics({ cmsUrl: app.url, tokenFile, workDir, adminToken: 'reset-test-admin', logger: silentLogger });
});

afterAll(async () => {
  await analytics?.close();
  await app?.close();
  await app?.cleanup();
  await smtp?.close().catch(() => undefined);
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('password reset through the configured SMTP server', () => {
  it('sends a German email with a working reset link to the dashboard page', async () => {
    const reply = await post('/api/auth/forgot-password', { email: EMAIL });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);

    expect(smtp.mails).toHaveLength(1);
    const [mail] = smtp.mails;
    expect(mail.to).toEqual([EMAIL]);
    expect(mail.headers.from).toBe('Weiterbildungsverbund <versand@verbund.example>');
    expect(mail.headers['reply-to']).toBe('koordination@verbund.example');
    expect(mail.headers.subject).toBe('Passwort zurücksetzen – Kennzahlen-Dashboard des Weiterbildungsverbunds');
    expect(mail.body).toContain('wurde ein neues Passwort angefordert');

    const stored = await app.strapi.db.query('plugin::users-permissions.user').findOne({ where: { email: EMAIL } });
    const link = `http://dashboard.verbund.example/#/passwort-zuruecksetzen?code=${stored.resetPasswordToken}`;
    expect(stored.resetPasswordToken).toMatch(/^[0-9a-f]{128}$/);
    expect(mail.body).toContain(link);

    // The code in the link sets the new password.
    const code = new URL(link.replace('#/', '')).searchParams.get('code');
    const reset = await post('/api/auth/reset-password', { code, password: 'Neues-Passwort-2', passwordConfirmation: 'Neues-Passwort-2' });
    expect(reset.status, JSON.stringify(reset.body)).toBe(200);
    const login = await post('/api/auth/local', { identifier: EMAIL, password: 'Neues-Passwort-2' });
    expect(login.status, JSON.stringify(login.body)).toBe(200);
  });

  it('works through the dashboard: the same answer for unknown addresses, German refusals, then the new password logs in', async () => {
    const before = smtp.mails.length;
    const unknown = await viaDashboard('/api/forgot-password', { email: 'niemand@passwort.example' });
    expect(unknown.status, JSON.stringify(unknown.body)).toBe(200);
    const asked = await viaDashboard('/api/forgot-password', { email: EMAIL });
    expect(asked).toEqual(unknown);
    expect(smtp.mails).toHaveLength(before + 1);
    const code = /passwort-zuruecksetzen\?code=([0-9a-f]+)/.exec(smtp.mails.at(-1)!.body)![1];

    const notEmail = await viaDashboard('/api/forgot-password', { email: 'kein-at-zeichen' });
    expect(notEmail.status).toBe(400);
    expect(notEmail.body.error.message).toBe('Bitte geben Sie Ihre E-Mail-Adresse ein.');
    const mismatch = await viaDashboard('/api/reset-password', { code, password: 'Drittes-Passwort-3', passwordConfirmation: 'anders' });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.error.message).toBe('Die beiden Passwörter stimmen nicht überein.');
    const wrongCode = await viaDashboard('/api/reset-password', { code: 'abc', password: 'Drittes-Passwort-3', passwordConfirmation: 'Drittes-Passwort-3' });
    expect(wrongCode.status).toBe(400);
    expect(wrongCode.body.error.message).toMatch(/^Der Link ist ungültig oder wurde schon benutzt/);

    const reset = await viaDashboard('/api/reset-password', { code, password: 'Drittes-Passwort-3', passwordConfirmation: 'Drittes-Passwort-3' });
    expect(reset.status, JSON.stringify(reset.body)).toBe(200);
    const login = await viaDashboard('/api/login', { identifier: EMAIL, password: 'Drittes-Passwort-3' });
    expect(login.status, JSON.stringify(login.body)).toBe(200);
    const again = await viaDashboard('/api/reset-password', { code, password: 'Viertes-Passwort-4', passwordConfirmation: 'Viertes-Passwort-4' });
    expect(again.status).toBe(400);
  });

  it('answers 503 with a German message when the SMTP server does not answer', async () => {
    await smtp.close();
    const reply = await post('/api/auth/forgot-password', { email: EMAIL });
    expect(reply.status, JSON.stringify(reply.body)).toBe(503);
    expect(reply.body.error.message).toMatch(/^Die E-Mail zum Zurücksetzen des Passworts konnte nicht versendet werden\./);
    const viaService = await viaDashboard('/api/forgot-password', { email: EMAIL });
    expect(viaService.status).toBe(503);
    expect(viaService.body.error.message).toBe(reply.body.error.message);
  });
});
