#!/usr/bin/env node
// `npm run bench:public`: the public API under load and the course search at scale.
//  1. The demo data in `strapi start` (production mode): 10 connections for a few seconds on
//     Strapi's /_health and on every public list route and the search, each route right after a
//     /_health run; requests/s, p99 and the ratio to that /_health run (target ≥ 0.5).
//  2. The demo network at 100× (the bulk-seeded database bench:analytics uses): search latency
//     through HTTP, every request a cache miss (target p95 < 50 ms), the index build time, and
//     the index update after one offer changed as another instance would change it.
//
//   npm run bench:public                          both parts
//   options: --duration 5 (s per route) --connections 10 --scale 100 --searches 300 --fresh
//            --only load|search (one part)
//
// Results: tables on stdout, test-artifacts/bench/public.json.
import http from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createSeededCms, withoutNaming } from './bench/seeded-cms.mjs';
import { summarize } from './bench/stats.mjs';
import { buildIfNeeded, ROOT } from './lib/stack.mjs';

const require = createRequire(import.meta.url);
const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'bench');
const TARGETS = { ratioToHealth: 0.5, searchP95Ms: 50 };

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
    scale: { type: 'string', default: '100' },
    searches: { type: 'string', default: '300' },
    fresh: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const durationMs = Number(args.duration) * 1000;
const connections = Number(args.connections);
const scale = Number(args.scale);
const searches = Number(args.searches);
if (args.only !== undefined && !['load', 'search'].includes(args.only)) throw new Error('--only takes load or search');
if (!(durationMs > 0 && connections >= 1 && scale > 0 && searches >= 1)) throw new Error('--duration, --connections, --scale and --searches must be positive');

/** BENCH_CMS_PORT pins the CMS port (machines where only some ports may be used); otherwise a free one. */
const cmsPort = process.env.BENCH_CMS_PORT ? { port: Number(process.env.BENCH_CMS_PORT) } : {};
const progress = (message) => process.stderr.write(`[bench] ${message}\n`);
const { cachedDatabase, withCms } = createSeededCms({ fresh: args.fresh, progress, stdio: ['ignore', 2, 2] });

/** One GET over a kept-alive connection; resolves with status and latency (ms), the body read and dropped. */
const get = (agent, url) =>
  new Promise((resolve, reject) => {
    const started = performance.now();
    http
      .get(url, { agent }, (response) => {
        response.on('data', () => {});
        response.on('end', () => resolve({ status: response.statusCode, ms: performance.now() - started }));
      })
      .on('error', reject);
  });

/** `connections` clients sending requests back to back for `durationMs`, like autocannon does. */
const load = async (url) => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  // A few requests first: the first answer of a route fills the cache, which is not what is measured.
  for (let i = 0; i < 3; i += 1) await get(agent, url);
  const latencies = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        const { status, ms } = await get(agent, url);
        if (status >= 400) errors += 1;
        latencies.push(ms);
      }
    })
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  return { requests: sorted.length, errors, reqPerSec: Math.round(sorted.length / seconds), p99Ms: Math.round(sorted[Math.ceil(0.99 * sorted.length) - 1] * 100) / 100 };
};

const loadPart = async (workDir) => {
  const { PUBLIC_TYPES } = require(path.join(ROOT, 'cms', 'src', 'plugins', 'verbund', 'dist', 'server', 'services', 'public-types.js'));
  // The demo data as bulk-seeded (bench:analytics --verify checks it equals what `npm start --demo`
  // writes through the document service, which takes minutes on a busy machine).
  const database = await cachedDatabase(1);
  return withCms(database.file, workDir, 'x1', async ({ url }) => {
    const routes = [...Object.keys(PUBLIC_TYPES).map((key) => `/api/verbund/${key}`), '/api/verbund/search', '/api/verbund/search?q=Digitalisierung&district=braunschweig'];
    const rows = [];
    // /_health right before each route: on a shared machine the load drifts, and the ratio should not.
    for (const route of routes) {
      progress(`${connections} connections on /_health, then on ${route}, ${durationMs / 1000} s each …`);
      const health = await load(`${url}/_health`);
      const measured = await load(`${url}${route}`);
      rows.push({ route, ...measured, healthReqPerSec: health.reqPerSec, healthP99Ms: health.p99Ms, ratioToHealth: Math.round((measured.reqPerSec / health.reqPerSec) * 100) / 100 });
    }
    return rows;
  }, cmsPort);
};

/** Searches a visitor might type, with and without filters; each request carries a unique extra parameter so that none is a cache hit. */
const SEARCHES = [
  'q=Digitalisierung',
  'q=Weiterbildungen',
  'q=Fuehrung',
  'q=Digi',
  'q=Digitalisirung',
  'q=Automatisierung&district=wolfsburg',
  'topic=it_security&format=online',
  'district=braunschweig&from=2024-01-01&to=2024-12-31',
  'voucher=true&azav=true&sort=price',
  'q=Grundlagen&dqrLevel=4&dqrLevel=5',
  'sort=title&page=3',
  '',
];

const searchPart = async (workDir) => {
  const database = await cachedDatabase(scale);
  return withCms(withoutNaming(database.file, workDir), workDir, `x${scale}`, async ({ url, dir, database: served }) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const total = await new Promise((resolve, reject) =>
      http.get(`${url}/api/verbund/search?pageSize=1`, { agent }, (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve(JSON.parse(text).meta.pagination.total));
      }).on('error', reject)
    );
    const cold = [];
    const warm = [];
    const coldByQuery = new Map(SEARCHES.map((query) => [query, []]));
    // The floor of any request on this connection: Strapi's own route, without the content API.
    const health = [];
    for (let i = 0; i < searches; i += 1) {
      const query = SEARCHES[i % SEARCHES.length];
      const { ms } = await get(agent, `${url}/api/verbund/search?${query}&bench=${i}`);
      cold.push(ms);
      coldByQuery.get(query).push(ms);
      warm.push((await get(agent, `${url}/api/verbund/search?${query}`)).ms);
      health.push((await get(agent, `${url}/_health`)).ms);
    }
    // One change written as another instance would (the row, then the shared counter): the next
    // search waits for this instance's poll to see it and for the index update.
    const db = new Database(served);
    try {
      const offer = db.prepare('SELECT id, title FROM verbund_course_offers WHERE published_at IS NOT NULL ORDER BY id LIMIT 1').get();
      db.prepare('UPDATE verbund_course_offers SET title = ? WHERE id = ?').run(`${offer.title} (geändert)`, offer.id);
      db.prepare("UPDATE verbund_change_counters SET counter = counter + 1 WHERE key = 'public-content'").run();
    } finally {
      db.close();
    }
    const changedAt = performance.now();
    let update = null;
    while (!update && performance.now() - changedAt < 30_000) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      await get(agent, `${url}/api/verbund/search?q=Grundlagen&bench=update-${Math.round(performance.now())}`);
      const match = /Suchindex aktualisiert: (\d+) von (\d+) Angeboten neu indiziert, (\d+) ms \(davon Lesen (\d+) ms\)/.exec(readFileSync(path.join(dir, 'strapi.log'), 'utf8'));
      if (match) update = { reindexedOffers: Number(match[1]), offers: Number(match[2]), updateMs: Number(match[3]), readMs: Number(match[4]) };
    }
    agent.destroy();
    const build = /Suchindex aufgebaut: (\d+) Angebote in (\d+) ms/.exec(readFileSync(path.join(dir, 'strapi.log'), 'utf8'));
    return { scale, offers: total, indexedOffers: build ? Number(build[1]) : null, indexBuildMs: build ? Number(build[2]) : null, update, uncached: summarize(cold), cached: summarize(warm), health: summarize(health), uncachedByQuery: [...coldByQuery].map(([query, samples]) => ({ query, ...summarize(samples) })) };
  }, cmsPort);
};

const table = (rows) => {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  return rows.map((row) => row.map((cell, column) => String(cell).padEnd(widths[column])).join('  ')).join('\n');
};

const workDir = mkdtempSync(path.join(os.tmpdir(), 'verbund-bench-public-'));
try {
  await buildIfNeeded(progress, { only: ['verbund plugin', 'demo data', 'CMS and admin panel'] });
  const routes = args.only === 'search' ? [] : await loadPart(workDir);
  const search = args.only === 'load' ? null : await searchPart(workDir);
  const result = { generatedAt: new Date().toISOString(), connections, durationSeconds: durationMs / 1000, cpus: os.cpus().length, node: process.version, routes, search, targets: TARGETS };
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(path.join(ARTIFACTS, 'public.json'), `${JSON.stringify(result, null, 2)}\n`);
  const minRatio = Math.min(...routes.map((row) => row.ratioToHealth));
  const loadLines = () => [
      `Public API, demo data, ${connections} connections, ${durationMs / 1000} s per route (${os.cpus().length} CPUs, Node ${process.version})`,
      '',
      table([
        ['route', 'req/s', 'p99', '/_health req/s', 'p99', '× /_health', 'errors'],
        ...routes.map((row) => [row.route, row.reqPerSec, `${row.p99Ms} ms`, row.healthReqPerSec, `${row.healthP99Ms} ms`, row.ratioToHealth.toFixed(2), row.errors]),
      ]),
      '',
      `Lowest ratio to /_health: ${minRatio.toFixed(2)} (target ≥ ${TARGETS.ratioToHealth})`,
      '',
  ];
  const searchLines = () => [
      `Search at ${scale}× the demo data: ${search.offers} offers found, index of ${search.indexedOffers} offers built in ${search.indexBuildMs} ms`,
      search.update
        ? `After one changed offer (written as by another instance): ${search.update.reindexedOffers} of ${search.update.offers} offers indexed again, update ${search.update.updateMs} ms (reading ${search.update.readMs} ms)`
        : 'After one changed offer: no index update seen within 30 s',
      table([
        ['requests', 'median', 'p95', 'max'],
        ...[['uncached', search.uncached], ['cached', search.cached], ['/_health', search.health]].map(([name, s]) => [`${name} (${s.runs})`, `${s.medianMs} ms`, `${s.p95Ms} ms`, `${s.maxMs} ms`]),
      ]),
      '',
      table([['uncached, by query', 'median', 'p95', 'max'], ...search.uncachedByQuery.map((s) => [`${s.query || '(none)'} (${s.runs})`, `${s.medianMs} ms`, `${s.p95Ms} ms`, `${s.maxMs} ms`])]),
      `Search p95 uncached: ${search.uncached.p95Ms} ms (target < ${TARGETS.searchP95Ms} ms)`,
      '',
  ];
  process.stdout.write([...(routes.length ? loadLines() : []), ...(search ? searchLines() : [])].join('\n'));
} catch (error) {
  console.error(`[bench] ${error.stack ?? error.message}`);
  process.exitCode = 1;
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
