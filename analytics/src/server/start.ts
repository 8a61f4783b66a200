import type { Server } from 'node:http';
import { type AnalyticsConfig, readExportToken } from '../config.js';
import { refreshSnapshot } from '../loader/refresh-snapshot.js';
import type { Logger } from '../logger.js';
import { RefreshCoordinator } from '../refresh-coordinator.js';
import { cmsReportStore } from '../reports/store.js';
import { SnapshotStore } from '../snapshot.js';
import { createServer } from './create-server.js';

export interface RunningServer {
  server: Server;
  url: string;
  refresher: RefreshCoordinator;
  close(): Promise<void>;
}

/** Wires the real dependencies, listens, loads a fresh snapshot at once and then on schedule. */
export async function startServer(config: AnalyticsConfig, logger: Logger): Promise<RunningServer> {
  const snapshot = new SnapshotStore(config.dataDir);
  const refresher = new RefreshCoordinator({
    debounceMs: config.refreshDebounceMs,
    intervalMs: config.refreshIntervalMs,
    logger,
    refresh: async () => {
      const token = await readExportToken(config);
      const summary = await refreshSnapshot({ source: { kind: 'url', url: config.exportUrl, token }, dataDir: config.dataDir });
      snapshot.reopen();
      return summary;
    },
  });
  const server = createServer({
    snapshot,
    refresher,
    cmsUrl: config.cmsUrl,
    adminToken: config.adminToken,
    webhookSecret: config.webhookSecret,
    dashboardDist: config.dashboardDist,
    authCacheTtlMs: config.authCacheMs,
    // Frozen versions live in the CMS database, reached with the export token like the export.
    reports: cmsReportStore({ cmsUrl: config.cmsUrl, token: () => readExportToken(config) }),
    logger,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host}:${port}`;
  logger.info(`analytics listening on ${url} (data ${config.dataDir})`);
  refresher.start();
  void refresher.runNow();
  return {
    server,
    url,
    refresher,
    close: async () => {
      refresher.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await refresher.idle();
      snapshot.close();
    },
  };
}
