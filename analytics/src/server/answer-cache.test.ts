import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { refreshSnapshot } from '../loader/refresh-snapshot.js';
import { type LoadedFixture, loadFixture, organisation, project, writeExportFile } from '../test-support/fixture.js';
import { listenOnSnapshot } from '../test-support/http-server.js';

const ADMIN_TOKEN = 'answer-cache-admin';
const onePartner = [project(), organisation('a', { type: 'company', partnerSince: '2021-11-01' })];

let fixture: LoadedFixture;
let server: Awaited<ReturnType<typeof listenOnSnapshot>>;

beforeAll(async () => {
  fixture = await loadFixture(onePartner);
  server = await listenOnSnapshot(fixture.store, { adminToken: ADMIN_TOKEN });
});

afterAll(async () => {
  await server.close();
  await fixture.cleanup();
});

const get = async (path: string, token = ADMIN_TOKEN) => {
  const response = await fetch(`${server.base}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  return { status: response.status, text: await response.text(), cacheControl: response.headers.get('cache-control') };
};
const partners = (text: string) => (JSON.parse(text).indicators as Array<{ id: string; value: number }>).find((i) => i.id === 'partners')!.value;

describe('answers per snapshot', () => {
  it('computes a repeated question once, in any parameter order, and still checks the sign-in each time', async () => {
    const queries = vi.spyOn(fixture.store, 'withConnection');
    const first = await get('/api/breakdown?indicator=partners&by=district&period=term');
    expect(first.status).toBe(200);
    const again = await Promise.all([
      get('/api/breakdown?indicator=partners&by=district&period=term'),
      get('/api/breakdown?period=term&by=district&indicator=partners'),
    ]);
    expect(again.map((r) => r.text)).toEqual([first.text, first.text]);
    expect(queries).toHaveBeenCalledTimes(1);
    expect(first.cacheControl).toBe('no-store');
    expect((await get('/api/breakdown?indicator=partners&by=district&period=term', '')).status).toBe(401);
    queries.mockRestore();
  });

  it('does not keep a refused question', async () => {
    const queries = vi.spyOn(fixture.store, 'withConnection');
    expect((await get('/api/indicators?period=nonsense')).status).toBe(400);
    const once = queries.mock.calls.length;
    expect(once).toBeGreaterThan(0);
    expect((await get('/api/indicators?period=nonsense')).status).toBe(400);
    expect(queries).toHaveBeenCalledTimes(2 * once);
    queries.mockRestore();
  });

  it('answers from the new data once a refresh has swapped the snapshot', async () => {
    const before = await get('/api/indicators?period=term');
    expect(partners(before.text)).toBe(1);
    const path = await writeExportFile(fixture.dataDir, [...onePartner, organisation('b', { type: 'chamber', partnerSince: '2022-01-01' })], 'two.ndjson');
    await refreshSnapshot({ source: { kind: 'file', path }, dataDir: fixture.dataDir });
    expect(partners((await get('/api/indicators?period=term')).text)).toBe(2);
  });
});
