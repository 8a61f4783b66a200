#!/usr/bin/env node
// `npm test`: every test of the repository. Unit and integration tests (vitest: CMS booted for
// real, DuckDB, dashboard components), then the browser tests (@playwright/test) against the
// whole stack as `npm start` runs it, on its own ports, database and snapshot directory.
import path from 'node:path';
import { run } from './lib/run.mjs';
import { ROOT } from './lib/stack.mjs';

const only = process.argv[2];

const unitAndIntegration = async () => {
  await run('npm', ['run', 'build', '-w', 'packages/domain', '-w', 'cms/src/plugins/verbund', '-w', 'scripts/demo-data'], { cwd: ROOT });
  // the builds above type-check the plugin and the demo data; this checks the tests that are never built
  await run('npm', ['run', 'typecheck'], { cwd: ROOT });
  await run(process.execPath, [path.join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run'], { cwd: ROOT });
};

// playwright.config.ts: its global setup builds what is missing and starts the demo stack once
// (own ports E2E_CMS_PORT/E2E_ANALYTICS_PORT/E2E_SITE_PORT, database and snapshot directory) for every project.
const browser = () => run(process.execPath, [path.join(ROOT, 'node_modules', '@playwright', 'test', 'cli.js'), 'test'], { cwd: ROOT });

try {
  if (!only || only === 'unit') await unitAndIntegration();
  if (!only || only === 'e2e') await browser();
} catch (error) {
  console.error(`[test] ${error.message}`);
  process.exit(1);
}
