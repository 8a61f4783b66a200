#!/usr/bin/env node
// Dashboard performance budget: gzip size of the JavaScript that index.html loads before the
// first render, and Largest Contentful Paint in headless Chromium.
//
//   node scripts/bench-dashboard.mjs              build dashboard/dist, serve it here, measure
//   node scripts/bench-dashboard.mjs --no-build   reuse the existing dashboard/dist
//   DASHBOARD_URL=http://127.0.0.1:4000 node scripts/bench-dashboard.mjs
//                                                 measure the running analytics service instead
//
// With its own server the script answers /api/* from dashboard/fixtures/api.json and opens the
// overview as a logged-in user, so LCP covers fetching and rendering the figures. Against a real
// service it does the same when BENCH_USER/BENCH_PASSWORD (or E2E_USER/E2E_PASSWORD) are set,
// and otherwise measures the login page.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchContext } from './lib/chromium.mjs';

const JS_BUDGET_BYTES = 200 * 1000;
const LCP_BUDGET_MS = 1500;
const RUNS = 3;
// Must match the key in dashboard/src/auth/session.ts: the app reads its token from there.
const SESSION_KEY = 'verbund.dashboard.session';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dashboard', 'dist');

function build() {
  console.log('Building dashboard/dist …');
  const result = spawnSync('npm', ['run', 'build', '-w', 'dashboard'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`Dashboard build failed with exit code ${result.status}`);
}

/** index.html's entry script and modulepreloads, plus every chunk they import statically. */
function initialScripts() {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const pending = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map(
    (match) => join(dist, match[1]),
  );
  const seen = new Set();
  while (pending.length > 0) {
    const file = normalize(pending.pop());
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // Static imports only: `import("./x.js")` is a lazy chunk and not part of the first load.
    for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      pending.push(join(dirname(file), match[1]));
    }
  }
  return [...seen];
}

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

/** Static files from dist with the index.html fallback, and a stand-in API from the fixtures. */
function startServer() {
  const fixtures = JSON.parse(readFileSync(join(root, 'dashboard', 'fixtures', 'api.json'), 'utf8'));
  const api = {
    '/api/periods': fixtures.periods,
    '/api/indicators': fixtures.indicators,
    '/api/series': fixtures.series,
    '/api/breakdown': fixtures.breakdown,
    '/api/funnel': fixtures.funnel,
    '/api/catalogue': fixtures.catalogue,
    '/api/quality': fixtures.quality,
    '/api/status': fixtures.status,
  };
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname.startsWith('/api/')) {
      const body = api[pathname];
      response.writeHead(body ? 200 : 404, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(body ?? { error: { status: 404, message: 'Nicht gefunden' } }));
      return;
    }
    const candidate = normalize(join(dist, decodeURIComponent(pathname)));
    const file = candidate.startsWith(dist) && existsSync(candidate) && extname(candidate) ? candidate : join(dist, 'index.html');
    response.writeHead(200, { 'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolveServer) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolveServer({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

async function realSession(baseUrl) {
  const identifier = process.env.BENCH_USER ?? process.env.E2E_USER;
  const password = process.env.BENCH_PASSWORD ?? process.env.E2E_PASSWORD;
  if (!identifier || !password) return null;
  const response = await fetch(new URL('/api/login', baseUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ identifier, password }),
  });
  if (!response.ok) throw new Error(`Login as ${identifier} failed: HTTP ${response.status}`);
  const { jwt, user } = await response.json();
  return { jwt, user };
}

/** One cold page load on a fresh profile; LCP as reported by the browser itself. */
async function measureLcp(url, session) {
  const browser = await launchContext();
  try {
    const page = await browser.context.newPage();
    if (session) {
      await page.addInitScript(
        ([key, value]) => window.sessionStorage.setItem(key, value),
        [SESSION_KEY, JSON.stringify(session)],
      );
    }
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForSelector(session ? '[data-indicator]' : 'h1');
    return await page.evaluate(
      () =>
        new Promise((resolveLcp) => {
          let latest = null;
          new PerformanceObserver((list) => {
            const entries = list.getEntries();
            latest = entries[entries.length - 1];
          }).observe({ type: 'largest-contentful-paint', buffered: true });
          // Later candidates are queued as tasks: give them a moment before reading the last one.
          setTimeout(() => resolveLcp(latest ? { time: latest.startTime, element: latest.element?.tagName ?? '' } : null), 500);
        }),
    );
  } finally {
    await browser.close();
  }
}

const kB = (bytes) => (bytes / 1000).toFixed(1);

async function main() {
  const external = process.env.DASHBOARD_URL;
  if (!external && (!process.argv.includes('--no-build') || !existsSync(join(dist, 'index.html')))) build();

  const scripts = initialScripts();
  const gzipBytes = scripts.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);
  const files = scripts.map((file) => file.slice(dist.length + 1)).join(', ');
  console.log(`Initial JavaScript: ${kB(gzipBytes)} kB gzip (${files}); budget ${kB(JS_BUDGET_BYTES)} kB`);

  const server = external ? null : await startServer();
  const url = external ?? server.url;
  const session = external
    ? await realSession(url)
    : { jwt: 'bench-token', user: { username: 'bench', email: 'bench@example.org', role: 'Steuerkreis' } };
  const times = [];
  let element = '';
  try {
    for (let run = 0; run < RUNS; run += 1) {
      const lcp = await measureLcp(url, session);
      if (!lcp) throw new Error('The browser reported no largest-contentful-paint entry');
      times.push(lcp.time);
      element = lcp.element;
    }
  } finally {
    await server?.close();
  }
  const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
  const pageName = session ? 'overview, logged in' : 'login page';
  console.log(
    `Largest Contentful Paint: ${Math.round(median)} ms median of ${RUNS} (${times.map(Math.round).join(', ')} ms; ` +
      `${pageName}, <${element.toLowerCase()}>, ${url}); budget ${LCP_BUDGET_MS} ms`,
  );

  const failures = [];
  if (gzipBytes > JS_BUDGET_BYTES) failures.push('initial JavaScript over budget');
  if (median > LCP_BUDGET_MS) failures.push('LCP over budget');
  console.log(failures.length ? `FAIL: ${failures.join('; ')}` : 'OK: within budget');
  process.exitCode = failures.length ? 1 : 0;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
