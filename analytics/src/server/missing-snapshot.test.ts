import type { Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { refreshSnapshot } from '../loader/refresh-snapshot.js';
import type { Logger } from '../logger.js';
import { RefreshCoordinator } from '../refresh-coordinator.js';
import { SnapshotStore } from '../snapshot.js';
import { organisation, writeExportFile } from '../test-support/fixture.js';
import { createServer } from './create-server.js';

const ADMIN_TOKEN = 'missing-snapshot-admin';
const quiet: Logger = { info: () => {}, warn: () => {}, error: () => {} };

let server: Server | undefined;
let dataDir: string | undefined;

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  server = undefined;
  dataDir = undefined;
});

/** A fresh installation: no snapshot yet, and a refresher whose first load has not run or has failed. */
async function serve(refresher: RefreshCoordinator, snapshot: SnapshotStore): Promise<string> {
  server = createServer({ snapshot, refresher, cmsUrl: 'http://127.0.0.1:9', adminToken: ADMIN_TOKEN, webhookSecret: null, dashboardDist: null, logger: quiet });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address() as { port: number };
  return `http://127.0.0.1:${address.port}`;
}

const get = async (url: string) => {
  const response = await fetch(url, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });
  return { status: response.status, body: (await response.json()) as { error?: { message: string } } };
};

describe('figures before the first snapshot', () => {
  it('say that the first load is still to come', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'analytics-missing-'));
    const refresher = new RefreshCoordinator({ refresh: () => new Promise(() => {}), debounceMs: 0, intervalMs: 0, logger: quiet });
    const base = await serve(refresher, new SnapshotStore(dataDir));
    const reply = await get(`${base}/api/indicators?period=term`);
    expect(reply.status).toBe(503);
    expect(reply.body.error?.message).toBe('Die Kennzahlen werden gerade zum ersten Mal geladen. Bitte versuchen Sie es in einem Moment erneut.');
  });

  it('name the reason when the first load failed: an export without funding project has no term', async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'analytics-missing-'));
    const exportFile = await writeExportFile(dataDir, [organisation('o1', { type: 'company' })], 'no-project.ndjson');
    const refresher = new RefreshCoordinator({
      refresh: () => refreshSnapshot({ source: { kind: 'file', path: exportFile }, dataDir: dataDir! }),
      debounceMs: 0,
      intervalMs: 0,
      logger: quiet,
    });
    await refresher.runNow();
    expect(refresher.status().lastRefresh?.ok).toBe(false);
    const base = await serve(refresher, new SnapshotStore(dataDir));
    for (const path of ['/api/indicators?period=term', '/api/periods', '/api/quality']) {
      const reply = await get(`${base}${path}`);
      expect(reply.status, path).toBe(503);
      expect(reply.body.error?.message, path).toMatch(/^Es liegen noch keine Kennzahlen vor, weil das Laden der Daten fehlgeschlagen ist: .*Förderprojekt/);
    }
  });
});
