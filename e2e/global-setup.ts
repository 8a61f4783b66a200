// Starts the demo stack once for every browser test, as `npm start` runs it but on its own ports
// (E2E_CMS_PORT, E2E_ANALYTICS_PORT, so that two checkouts can run their suites side by side),
// with its own SQLite database and snapshot directory. Tests find it through CMS_URL and DASHBOARD_URL.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { RUNNING_STACK } from './stack';

const log = (message: string) => console.log(`[e2e] ${message}`);

export default async function globalSetup() {
  // Imported, not required: the scripts are ES modules, this file runs as CommonJS.
  const { ensureChromium } = await import('../scripts/lib/chromium.mjs');
  const { buildIfNeeded, startStack } = await import('../scripts/lib/stack.mjs');
  ensureChromium();
  await buildIfNeeded(log);
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'verbund-e2e-'));
  const stack = await startStack({
    demo: true,
    cmsPort: Number(process.env.E2E_CMS_PORT ?? 1347),
    analyticsPort: Number(process.env.E2E_ANALYTICS_PORT ?? 4010),
    databaseFilename: path.join(workDir, 'data.db'),
    analyticsDataDir: path.join(workDir, 'analytics'),
    log,
  });
  (globalThis as Record<symbol, unknown>)[RUNNING_STACK] = { stop: stack.stop, workDir };
  // Workers inherit the runner's environment.
  process.env.CMS_URL = stack.cmsUrl;
  process.env.DASHBOARD_URL = stack.analyticsUrl;
}
