import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootStrapi, type TestStrapi } from './helpers/strapi';

let app: TestStrapi;

const send = async (method: string, path: string, options: { body?: unknown; token?: string; origin?: string } = {}) => {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.origin) headers.Origin = options.origin;
  const response = await fetch(`${app.url}${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
};

const users = () => app.strapi.db.query('plugin::users-permissions.user').count({});

beforeAll(async () => {
  // An installation as it comes: no SMTP server, no CORS_ORIGINS.
  app = await bootStrapi({ env: { SMTP_HOST: '', CORS_ORIGINS: '' } });
  const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'steuerkreis' } });
  await app.strapi.plugin('users-permissions').service('user').add({
    username: 'steuerkreis-ohne-mail',
    email: 'steuerkreis@ohne-mail.example',
    password: 'Passwort-1',
    provider: 'local',
    confirmed: true,
    blocked: false,
    role: role.id,
  });
});

afterAll(async () => {
  await app?.close();
  await app?.cleanup();
});

describe('password reset without email delivery', () => {
  it.each(['steuerkreis@ohne-mail.example', 'niemand@ohne-mail.example'])('answers 503 in German for %s, the same for known and unknown addresses', async (email) => {
    const reply = await send('POST', '/api/auth/forgot-password', { body: { email } });
    expect(reply.status, JSON.stringify(reply.body)).toBe(503);
    expect(reply.body.error.message).toMatch(/^Passwort-Zurücksetzen ist nicht eingerichtet/);
  });
});

describe('self-registration', () => {
  it('is switched off in the users-permissions settings', async () => {
    const advanced = (await app.strapi.store({ type: 'plugin', name: 'users-permissions' }).get({ key: 'advanced' })) as { allow_register: boolean };
    expect(advanced.allow_register).toBe(false);
  });

  it('POST /api/auth/local/register is refused in German and creates no account', async () => {
    const before = await users();
    const reply = await send('POST', '/api/auth/local/register', { body: { username: 'neuling', email: 'neuling@example.org', password: 'Passwort-1' } });
    expect(reply.status, JSON.stringify(reply.body)).toBe(403);
    expect(reply.body.error.message).toMatch(/^Selbstregistrierung ist abgeschaltet/);
    expect(await users()).toBe(before);
  });
});

describe('GET /api/verbund/session', () => {
  it('refuses a full-access API token with 403 and a German message: a token is nobody’s login', async () => {
    const { accessKey } = await (app.strapi.service('admin::api-token') as any).create({ name: 'vollzugriff', type: 'full-access', lifespan: null, description: '' });
    const reply = await send('GET', '/api/verbund/session', { token: accessKey });
    expect(reply.status, JSON.stringify(reply.body)).toBe(403);
    expect(reply.body.error.message).toMatch(/^Ein API-Token ist keine Anmeldung/);
  });
});

describe('CORS', () => {
  it.each(['http://127.0.0.1:4000', 'http://127.0.0.1:4321'])('the default origin %s is allowed', async (origin) => {
    const reply = await send('GET', '/api/verbund/press-releases', { origin });
    expect(reply.status).toBe(200);
    expect(reply.headers.get('access-control-allow-origin')).toBe(origin);
  });

  it('a foreign origin gets no Access-Control-Allow-Origin, also on a preflight', async () => {
    const reply = await send('GET', '/api/verbund/press-releases', { origin: 'https://fremd.example' });
    expect(reply.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${app.url}/api/auth/local`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://fremd.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });
});
