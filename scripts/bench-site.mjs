#!/usr/bin/env node
// Public website budget per page type: Largest Contentful Paint in headless Chromium on
// localhost (target < 1 s) and the gzip size of the JavaScript a page loads (at most 30 kB).
//
//   npm run bench:site                           start the stack on its own ports with demo data, measure
//   SITE_URL=http://127.0.0.1:4321 CMS_URL=http://127.0.0.1:1337 npm run bench:site
//                                                measure a running stack (`npm start`)
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, ensureChromium } from './lib/chromium.mjs';
import { buildIfNeeded, startStack } from './lib/stack.mjs';

const LCP_BUDGET_MS = 1000;
const JS_BUDGET_BYTES = 30 * 1000;
const RUNS = 5;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function pageTypes(cmsUrl) {
  const first = async (apiPath) => (await (await fetch(`${cmsUrl}/api/verbund/${apiPath}`)).json()).data[0];
  const [offer, event, release] = await Promise.all([
    first('course-offers?pagination[pageSize]=1'),
    first('events?pagination[pageSize]=1'),
    first('press-releases?pagination[pageSize]=1&sort=releaseDate:desc'),
  ]);
  return {
    Startseite: '/',
    Kurssuche: '/kurse?q=F%C3%BChrung&sort=relevance',
    Kurs: `/kurse/${offer.slug}`,
    Veranstaltungen: '/veranstaltungen',
    Veranstaltung: `/veranstaltungen/${event.slug}`,
    Presse: '/presse',
    Pressemitteilung: `/presse/${release.slug}`,
    Barrierefreiheit: '/barrierefreiheit',
  };
}

/**
 * One visit in a fresh context (empty cache, no cookies) of an already running browser, as a
 * first-time visitor whose browser is open: the browser's own start is not the site's time.
 */
async function measure(browser, siteUrl, address) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  try {
    const page = await context.newPage();
    let jsBytes = 0;
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      jsBytes += gzipSync(await response.body()).length;
    });
    await page.goto(`${siteUrl}${address}`, { waitUntil: 'load' });
    const lcp = await page.evaluate(
      () =>
        new Promise((resolve) => {
          new PerformanceObserver((list) => {
            const entries = list.getEntries();
            resolve(entries[entries.length - 1].startTime);
          }).observe({ type: 'largest-contentful-paint', buffered: true });
          setTimeout(() => resolve(Number.NaN), 3000);
        })
    );
    return { lcp, jsBytes };
  } finally {
    await context.close();
  }
}

let stack = null;
let workDir = null;
try {
  let siteUrl = process.env.SITE_URL;
  let cmsUrl = process.env.CMS_URL;
  if (!siteUrl || !cmsUrl) {
    await buildIfNeeded((message) => console.log(`[bench] ${message}`));
    workDir = mkdtempSync(path.join(os.tmpdir(), 'verbund-bench-site-'));
    stack = await startStack({
      demo: true,
      cmsPort: Number(process.env.BENCH_CMS_PORT ?? 1348),
      analyticsPort: Number(process.env.BENCH_ANALYTICS_PORT ?? 4011),
      sitePort: Number(process.env.BENCH_SITE_PORT ?? 4322),
      databaseFilename: path.join(workDir, 'data.db'),
      analyticsDataDir: path.join(workDir, 'analytics'),
      log: (message) => console.log(`[bench] ${message}`),
    });
    siteUrl = stack.siteUrl;
    cmsUrl = stack.cmsUrl;
  }
  ensureChromium();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const rows = [];
  try {
    for (const [name, address] of Object.entries(await pageTypes(cmsUrl))) {
      await measure(browser, siteUrl, address); // warm-up: the route's first render, the CMS's response cache
      const results = [];
      for (let run = 0; run < RUNS; run += 1) results.push(await measure(browser, siteUrl, address));
      rows.push({ name, address, lcp: median(results.map((result) => result.lcp)), js: Math.max(...results.map((result) => result.jsBytes)) });
    }
  } finally {
    await browser.close();
  }
  console.log(`\nWebsite ${siteUrl}, median of ${RUNS} runs per page (headless Chromium, localhost):\n`);
  console.log('| Seite | Adresse | LCP | JavaScript (gzip) |');
  console.log('|---|---|---|---|');
  for (const row of rows) console.log(`| ${row.name} | \`${row.address}\` | ${Math.round(row.lcp)} ms | ${row.js.toLocaleString('de-DE')} B |`);
  const over = rows.filter((row) => !(row.lcp < LCP_BUDGET_MS) || row.js > JS_BUDGET_BYTES);
  console.log(over.length ? `\nÜber dem Budget: ${over.map((row) => row.name).join(', ')}` : `\nAlle Seiten im Budget (LCP < ${LCP_BUDGET_MS} ms, JavaScript ≤ ${JS_BUDGET_BYTES / 1000} kB).`);
  process.exitCode = over.length ? 1 : 0;
} finally {
  await stack?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
}
