import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootStrapi, type TestStrapi } from './helpers/strapi';
import { startSmtpServer, type TestSmtpServer } from './helpers/smtp';

const SMTP_LOGIN = { user: 'cms-versand', pass: 'smtp-geheim' };
const EMAIL = 'steuerkreis@passwort.example';

let app: TestStrapi;
let smtp: TestSmtpServer;

const post = async (path: string, body: unknown) => {
  const response = await fetch(`${app.url}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as any };
};

beforeAll(async () => {
  smtp = await startSmtpServer(SMTP_LOGIN);
  app = await bootStrapi({
    env: {
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
});

afterAll(async () => {
  await app?.close();
  await app?.cleanup();
  await smtp?.close().catch(() => undefined);
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

  it('answers 503 with a German message when the SMTP server does not answer', async () => {
    await smtp.close();
    const reply = await post('/api/auth/forgot-password', { email: EMAIL });
    expect(reply.status, JSON.stringify(reply.body)).toBe(503);
    expect(reply.body.error.message).toMatch(/^Die E-Mail zum Zurücksetzen des Passworts konnte nicht versendet werden\./);
  });
});
