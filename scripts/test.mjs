#!/usr/bin/env node
// `npm test`: every test of the repository. Unit and integration tests (vitest: CMS booted for
// real, DuckDB, dashboard components), then the browser test against the whole stack as
// `npm start` runs it, on its own ports, database and snapshot directory.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from './lib/run.mjs';
import { buildIfNeeded, ROOT, startStack } from './lib/stack.mjs';

const log = (message) => console.log(`[test] ${message}`);
const only = process.argv[2];

const unitAndIntegration = async () => {
  await run('npm', ['run', 'build', '-w', 'packages/domain', '-w', 'cms/src/plugins/verbund', '-w', 'scripts/demo-data'], { cwd: ROOT });
  await run(process.execPath, [path.join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run'], { cwd: ROOT });
};

const browser = async () => {
  await buildIfNeeded(log);
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'verbund-e2e-'));
  const stack = await startStack({
    demo: true,
    // Own ports, overridable so that two checkouts can run their suites side by side.
    cmsPort: Number(process.env.E2E_CMS_PORT ?? 1347),
    analyticsPort: Number(process.env.E2E_ANALYTICS_PORT ?? 4010),
    sitePort: Number(process.env.E2E_SITE_PORT ?? 4331),
    databaseFilename: path.join(workDir, 'data.db'),
    analyticsDataDir: path.join(workDir, 'analytics'),
    log,
  });
  const tsx = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  try {
    await run(process.execPath, [tsx, path.join(ROOT, 'dashboard', 'e2e', 'dashboard.e2e.ts')], {
      cwd: ROOT,
      env: {
        ...process.env,
        DASHBOARD_URL: stack.analyticsUrl,
        E2E_USER: 'steuerkreis@verbund.example',
        E2E_PASSWORD: 'Verbund-Demo-2024',
        E2E_ARTIFACTS: path.join(ROOT, 'test-artifacts', 'e2e'),
      },
    });
    // The public website: search with and without JavaScript, detail pages, calendar file,
    // accessibility (axe, keyboard), and no draft or internal record in any page or feed.
    await run(process.execPath, [path.join(ROOT, 'node_modules', '@playwright', 'test', 'cli.js'), 'test', '-c', path.join(ROOT, 'site', 'playwright.config.ts')], {
      cwd: ROOT,
      env: { ...process.env, SITE_URL: stack.siteUrl, CMS_URL: stack.cmsUrl, E2E_ARTIFACTS: path.join(ROOT, 'test-artifacts', 'site') },
    });
    // The Strapi admin in German: login page, login error, media library.
    await run(process.execPath, [tsx, path.join(ROOT, 'cms', 'e2e', 'admin-german.e2e.ts')], {
      cwd: ROOT,
      env: {
        ...process.env,
        CMS_URL: stack.cmsUrl,
        E2E_ADMIN_USER: 'admin@verbund.example',
        E2E_ADMIN_PASSWORD: 'Verbund-Demo-2024',
        E2E_ARTIFACTS: path.join(ROOT, 'test-artifacts', 'admin'),
      },
    });
    // Topics and tags through their own inputs, as the roles that own consultations and press releases.
    await run(process.execPath, [tsx, path.join(ROOT, 'cms', 'e2e', 'admin-topics-tags.e2e.ts')], {
      cwd: ROOT,
      env: { ...process.env, CMS_URL: stack.cmsUrl, E2E_ARTIFACTS: path.join(ROOT, 'test-artifacts', 'admin') },
    });
    // Every content type's edit view, as the editorial role that owns it (demo logins). Last:
    // it writes records and changes the funding project.
    await run(process.execPath, [tsx, path.join(ROOT, 'cms', 'e2e', 'admin-edit-views.e2e.ts')], {
      cwd: ROOT,
      env: {
        ...process.env,
        CMS_URL: stack.cmsUrl,
        E2E_PASSWORD: 'Verbund-Demo-2024',
        E2E_ARTIFACTS: path.join(ROOT, 'test-artifacts', 'admin'),
      },
    });
  } finally {
    await stack.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
};

try {
  if (!only || only === 'unit') await unitAndIntegration();
  if (!only || only === 'e2e') await browser();
} catch (error) {
  console.error(`[test] ${error.message}`);
  process.exit(1);
}
