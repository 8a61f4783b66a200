import type { Core } from '@strapi/strapi';

export const ADMIN_PASSWORD = 'Test-Passwort-1';

/** Creates an admin user (Super Admin unless a role code is given) and returns a logged-in JWT. */
export const adminLogin = async (strapi: Core.Strapi, url: string, email: string, roleCode?: string) => {
  const role = roleCode
    ? await strapi.db.query('admin::role').findOne({ where: { code: roleCode } })
    : await (strapi.service('admin::role') as any).getSuperAdmin();
  await (strapi.service('admin::user') as any).create({ email, firstname: 'Test', lastname: 'Nutzer', password: ADMIN_PASSWORD, isActive: true, roles: [role.id] });
  const response = await fetch(`${url}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: ADMIN_PASSWORD }),
  });
  const body = (await response.json()) as { data: { token: string } };
  return body.data.token;
};

export const adminApi = (url: string, token: string) => async (method: string, path: string, body?: unknown) => {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
};
