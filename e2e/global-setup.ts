// Starts the demo stack once for every browser test, as `npm start` runs it but on its own ports
// (E2E_PORTS), with its own SQLite database and snapshot directory. Tests find it through CMS_URL,
// DASHBOARD_URL and SITE_URL.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { E2E_PORTS, RUNNING_STACK } from './stack';

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
    cmsPort: E2E_PORTS.cms,
    analyticsPort: E2E_PORTS.analytics,
    sitePort: E2E_PORTS.site,
    databaseFilename: path.join(workDir, 'data.db'),
    analyticsDataDir: path.join(workDir, 'analytics'),
    // the suite signs each demo account in dozens of times; Strapi's 5 per 5 minutes made the last
    // project fail with 429 whenever the suite ran fast
    adminLoginRateLimit: 100,
    log,
  });
  (globalThis as Record<symbol, unknown>)[RUNNING_STACK] = { stop: stack.stop, workDir };
  // Workers inherit the runner's environment.
  process.env.CMS_URL = stack.cmsUrl;
  process.env.DASHBOARD_URL = stack.analyticsUrl;
  process.env.SITE_URL = stack.siteUrl;
}
