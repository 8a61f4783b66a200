import { defineConfig } from '@playwright/test';

/**
 * Browser test of the public website against a running stack (`npm start`, or scripts/test.mjs
 * with its own ports): SITE_URL is the website, CMS_URL the CMS whose public API it reads.
 * Debian's Chromium, no browser download.
 */
export default defineConfig({
  testDir: './e2e',
  testMatch: '*.e2e.ts',
  timeout: 120_000,
  workers: 1,
  reporter: [['list']],
  outputDir: '../test-artifacts/site/playwright',
  use: {
    baseURL: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    acceptDownloads: true,
    launchOptions: { executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] },
  },
});
