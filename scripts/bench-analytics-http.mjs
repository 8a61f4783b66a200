#!/usr/bin/env node
// Throughput of the analytics service's cached answers against its own health route, in one run
// at 10 connections (autocannon), as a signed-in Steuerkreis member over the demo data.
//
//   node scripts/bench-analytics-http.mjs        start the demo stack on its own ports and database
//   ANALYTICS_URL=http://127.0.0.1:4000 node scripts/bench-analytics-http.mjs
//                                                 measure a running service (demo login, or
//                                                 BENCH_USER/BENCH_PASSWORD)
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { buildIfNeeded, startStack } from './lib/stack.mjs';

const CONNECTIONS = 10;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUTE = '/api/indicators?period=term';
const log = (message) => console.log(`[bench] ${message}`);

const load = (url, headers) =>
  new Promise((resolve, reject) => {
    autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers }, (error, result) => (error ? reject(error) : resolve(result)));
  });

const measure = async (base) => {
  const login = await fetch(`${base}/api/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ identifier: process.env.BENCH_USER ?? 'steuerkreis@verbund.example', password: process.env.BENCH_PASSWORD ?? 'Verbund-Demo-2024' }),
  });
  if (!login.ok) throw new Error(`login answered HTTP ${login.status}`);
  const headers = { Authorization: `Bearer ${(await login.json()).jwt}` };

  const started = performance.now();
  const first = await fetch(`${base}${ROUTE}`, { headers });
  if (!first.ok) throw new Error(`${ROUTE} answered HTTP ${first.status}`);
  await first.arrayBuffer();
  const firstMs = performance.now() - started;

  log(`/api/health, ${CONNECTIONS} Verbindungen, ${SECONDS} s …`);
  const health = await load(`${base}/api/health`, {});
  log(`${ROUTE}, ${CONNECTIONS} Verbindungen, ${SECONDS} s …`);
  const indicators = await load(`${base}${ROUTE}`, headers);
  for (const [name, result] of [['health', health], ['indicators', indicators]]) {
    if (result.non2xx > 0 || result.errors > 0) throw new Error(`${name}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  }
  const row = (name, r) => `| ${name} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} ms | ${r.latency.p99} ms |`;
  console.log(`\nfirst (computed) answer of ${ROUTE}: ${firstMs.toFixed(0)} ms\n`);
  console.log('| route | req/s | p50 | p99 |\n|---|---|---|---|');
  console.log(row('/api/health', health));
  console.log(row(ROUTE, indicators));
  console.log(`\nratio: ${(indicators.requests.average / health.requests.average).toFixed(2)}× the health route (target ≥ 0.25×)`);
};

if (process.env.ANALYTICS_URL) {
  await measure(process.env.ANALYTICS_URL.replace(/\/+$/, ''));
} else {
  await buildIfNeeded(log);
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'verbund-bench-http-'));
  const stack = await startStack({
    demo: true,
    cmsPort: 1367,
    analyticsPort: 4060,
    databaseFilename: path.join(workDir, 'data.db'),
    analyticsDataDir: path.join(workDir, 'analytics'),
    log,
  });
  try {
    // The first refresh runs in the background after start; wait until figures are there.
    for (let i = 0; i < 120; i += 1) {
      const health = await (await fetch(`${stack.analyticsUrl}/api/health`)).json();
      if (health.snapshot) break;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    await measure(stack.analyticsUrl);
  } finally {
    await stack.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}
