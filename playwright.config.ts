// The browser tests (`npm test -- e2e`, or `node node_modules/@playwright/test/cli.js test`):
// one demo stack for all of them (e2e/global-setup.ts), one test at a time in Debian's Chromium.
// A project per part of the product; a new one is one entry in `projects`.
import { defineConfig } from '@playwright/test';
import { E2E_PORTS } from './e2e/stack';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/lib/chromium.mjs';

export default defineConfig({
  // The browser test files are named *.e2e.ts next to their part's code (vitest takes *.test.ts).
  testMatch: /.*\.(e2e|spec)\.ts$/,
  outputDir: 'test-artifacts/playwright',
  globalSetup: './e2e/global-setup.ts',
  globalTeardown: './e2e/global-teardown.ts',
  // One stack, one database: tests that write to it must not run side by side, and the machine is small.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  timeout: 180_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['html', { outputFolder: 'test-artifacts/playwright-report', open: 'never' }]],
  use: {
    // Playwright cannot download its browsers here: the system package (global setup installs it if missing).
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'dashboard', testDir: 'dashboard/e2e' },
    { name: 'admin', testDir: 'cms/e2e', testIgnore: /admin-edit-views\.e2e\.ts$/ },
    // The public website reads the CMS's public API only; its pages open relative to its address.
    { name: 'site', testDir: 'site/e2e', use: { baseURL: `http://127.0.0.1:${E2E_PORTS.site}` } },
    // Last: it creates records and changes the funding project, which the others read.
    { name: 'admin-edit-views', testDir: 'cms/e2e', testMatch: /admin-edit-views\.e2e\.ts$/, dependencies: ['dashboard', 'admin', 'site'] },
  ],
});
