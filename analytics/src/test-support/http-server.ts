import { silentLogger } from '../logger.js';
import type { SnapshotStore } from '../snapshot.js';
import { createServer, type ServerDeps } from '../server/create-server.js';

const idle = { request: () => {}, status: () => ({ refreshing: false, pending: false, lastRefresh: null }) };

/**
 * The real HTTP server over a test snapshot on a free port, with no CMS behind it and no
 * refresh running; `deps` overrides any of its settings.
 */
export async function listenOnSnapshot(snapshot: SnapshotStore, deps: Partial<ServerDeps> = {}) {
  const server = createServer({
    snapshot,
    refresher: idle,
    cmsUrl: 'http://127.0.0.1:9',
    adminToken: null,
    webhookSecret: null,
    dashboardDist: null,
    logger: silentLogger,
    ...deps,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    base: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
