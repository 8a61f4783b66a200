import type { Server } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Logger } from '../logger.js';
import { type LoadedFixture, loadFixture, organisation, project } from '../test-support/fixture.js';
import { createServer } from './create-server.js';

const ADMIN_TOKEN = 'security-headers-admin';
const quiet: Logger = { info: () => {}, warn: () => {}, error: () => {} };
const idle = { request: () => {}, status: () => ({ refreshing: false, pending: false, lastRefresh: null }) };

let fixture: LoadedFixture;
let server: Server;
let base: string;

beforeAll(async () => {
  fixture = await loadFixture([project(), organisation('a', { type: 'company' })]);
  const dist = join(fixture.dataDir, 'dist');
  await mkdir(join(dist, 'assets'), { recursive: true });
  await writeFile(join(dist, 'index.html'), '<!doctype html><title>Dashboard</title>');
  await writeFile(join(dist, 'assets', 'app-1234.js'), 'console.log(1);');
  server = createServer({
    snapshot: fixture.store,
    refresher: idle,
    cmsUrl: 'http://127.0.0.1:9',
    adminToken: ADMIN_TOKEN,
    webhookSecret: null,
    dashboardDist: dist,
    logger: quiet,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await fixture.cleanup();
});

describe('security headers', () => {
  const requests: Array<[string, string, string | null, number]> = [
    ['GET', '/', null, 200],
    ['GET', '/bericht/py1', null, 200],
    ['HEAD', '/', null, 200],
    ['GET', '/assets/app-1234.js', null, 200],
    ['GET', '/assets/missing.js', null, 404],
    ['GET', '/api/health', null, 200],
    ['GET', '/api/catalogue', ADMIN_TOKEN, 200],
    ['GET', '/api/indicators?period=term', null, 401],
    ['GET', '/api/indicators?period=gestern', ADMIN_TOKEN, 400],
    ['GET', '/api/report.csv?period=term', ADMIN_TOKEN, 200],
    ['GET', '/api/login', null, 405],
    ['GET', '/api/nirgends', null, 404],
  ];

  it('go with every answer: page, asset, API, download and error', async () => {
    for (const [method, path, token, status] of requests) {
      const response = await fetch(`${base}${path}`, { method, headers: token ? { Authorization: `Bearer ${token}` } : {} });
      await response.arrayBuffer();
      const what = `${method} ${path}`;
      expect(response.status, what).toBe(status);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp, what).toContain("default-src 'self'");
      expect(csp, what).toContain("script-src 'self';");
      expect(csp, what).toContain("style-src 'self';");
      expect(csp, what).toContain("frame-ancestors 'none'");
      expect(csp, what).not.toContain('unsafe');
      expect(response.headers.get('referrer-policy'), what).toBe('no-referrer');
      expect(response.headers.get('x-content-type-options'), what).toBe('nosniff');
      expect(response.headers.get('x-frame-options'), what).toBe('DENY');
    }
  });
});
