import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoadedFixture, loadFixture, organisation, project } from '../test-support/fixture.js';
import { listenOnSnapshot } from '../test-support/http-server.js';

const ADMIN_TOKEN = 'security-headers-admin';

let fixture: LoadedFixture;
let server: Awaited<ReturnType<typeof listenOnSnapshot>>;
let base: string;

beforeAll(async () => {
  fixture = await loadFixture([project(), organisation('a', { type: 'company' })]);
  const dist = join(fixture.dataDir, 'dist');
  await mkdir(join(dist, 'assets'), { recursive: true });
  await writeFile(join(dist, 'index.html'), '<!doctype html><title>Dashboard</title>');
  await writeFile(join(dist, 'assets', 'app-1234.js'), 'console.log(1);');
  server = await listenOnSnapshot(fixture.store, { adminToken: ADMIN_TOKEN, dashboardDist: dist });
  base = server.base;
});

afterAll(async () => {
  await server.close();
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
