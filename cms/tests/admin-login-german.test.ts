/**
 * The admin's login page shows the server's message of a failed login as it is; it must be German.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ADMIN_PASSWORD, adminLogin } from './helpers/admin';
import { bootStrapi, type TestStrapi } from './helpers/strapi';

let app: TestStrapi;
const EMAIL = 'login@example.org';

beforeAll(async () => {
  app = await bootStrapi();
  await adminLogin(app.strapi, app.url, EMAIL);
});

afterAll(async () => {
  await app?.close();
  await app?.cleanup();
});

const login = async (email: string, password: string) => {
  const response = await fetch(`${app.url}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return { status: response.status, body: (await response.json()) as { data?: { token?: string }; error?: { message: string } } };
};

it('answers a wrong password in German', async () => {
  const { status, body } = await login(EMAIL, 'falsches-Passwort-1');
  expect(status).toBe(400);
  expect(body.error?.message).toBe('E-Mail-Adresse oder Passwort ist falsch.');
});

it('answers an unknown email address with the same German message', async () => {
  const { status, body } = await login('niemand@example.org', ADMIN_PASSWORD);
  expect(status).toBe(400);
  expect(body.error?.message).toBe('E-Mail-Adresse oder Passwort ist falsch.');
});

it('still logs in with the right password', async () => {
  const { status, body } = await login(EMAIL, ADMIN_PASSWORD);
  expect(status).toBe(200);
  expect(body.data?.token).toEqual(expect.any(String));
});
