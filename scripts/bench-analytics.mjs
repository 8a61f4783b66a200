#!/usr/bin/env node
// `npm run bench:analytics`: the demo network at 100× its size in a real CMS, exported over HTTP
// into a fresh analytics snapshot; times the refresh and all 21 indicators, watches memory, and
// computes the same indicators with SQL straight on the CMS database, both to compare speed and
// to cross-check every value.
//
//   npm run bench:analytics                       scale 100 (the CMS database is cached)
//   npm run bench:analytics -- --scale 1          quick smoke run
//   npm run bench:analytics -- --fresh            seed the cached databases again
//   npm run bench:analytics -- --verify           check the bulk seeder against the document service
//   options: --runs 20 --warmup 3 --refreshes 3 --quarter 2023-Q2
//
// Results: a table on stdout, test-artifacts/bench/analytics.json (analytics-verify.json).
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { compareDatabases } from './bench/compare-databases.mjs';
import { prepareCmsIndicators } from './bench/cms-sql-indicators.mjs';
import { summarize } from './bench/stats.mjs';
import { run, waitForHttp } from './lib/run.mjs';
import { buildIfNeeded, ROOT } from './lib/stack.mjs';

const require = createRequire(import.meta.url);
const Database = require('better-sqlite3');

const CMS = path.join(ROOT, 'cms');
const STRAPI_BIN = path.join(ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
const TSX_BIN = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const BULK_SEED = path.join(ROOT, 'scripts', 'bench', 'bulk-seed.mjs');
const MEASURE = path.join(ROOT, 'scripts', 'bench', 'analytics-measure.mts');
const CACHE_DIR = path.join(ROOT, '.cache', 'bench');
const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'bench');

// seedDemo always uses seed 1, so the bulk seeder can be verified against it.
const SEED = 1;
// The generator's own default moment (late in project year 3), so the data never depends on the day of the run.
const NOW = '2024-09-02T08:00:00.000Z';
const TARGET_SCALE = 100;
const TARGETS = { refreshMs: 30_000, indicatorsMs: 100, speedup: 10 };
// Shares are ratios of the same counts; two engines may round the last bit differently.
const RELATIVE_TOLERANCE = 1e-9;

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: String(TARGET_SCALE) },
    fresh: { type: 'boolean', default: false },
    verify: { type: 'boolean', default: false },
    runs: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '3' },
    refreshes: { type: 'string', default: '3' },
    quarter: { type: 'string', default: '2023-Q2' },
  },
});
const scale = Number(args.scale);
if (!(scale > 0)) throw new Error('--scale must be a positive number');
for (const name of ['runs', 'refreshes']) {
  if (!(Number.isInteger(Number(args[name])) && Number(args[name]) >= 1)) throw new Error(`--${name} must be a whole number of at least 1`);
}

const progress = (message) => process.stderr.write(`[bench] ${message}\n`);
// Children report progress on stderr; stdout stays for the result table.
const childStdio = ['ignore', 2, 2];

const writeJsonAtomically = (file, value) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(`${file}.${process.pid}.tmp`, `${JSON.stringify(value, null, 2)}\n`);
  renameSync(`${file}.${process.pid}.tmp`, file);
};

/** What the seeded database depends on: the schema, the generator and the seeder itself. */
const cacheKey = (forScale) => {
  const hash = createHash('sha256').update(JSON.stringify({ scale: forScale, seed: SEED, now: NOW }));
  const pluginSrc = path.join(CMS, 'src', 'plugins', 'verbund', 'server', 'src');
  const files = [
    ...readdirSync(path.join(pluginSrc, 'content-types')).map((type) => path.join(pluginSrc, 'content-types', type, 'schema.json')),
    ...readdirSync(path.join(pluginSrc, 'components')).filter((file) => file.endsWith('.json')).map((file) => path.join(pluginSrc, 'components', file)),
    ...readdirSync(path.join(ROOT, 'scripts', 'demo-data', 'dist')).filter((file) => file.endsWith('.js')).map((file) => path.join(ROOT, 'scripts', 'demo-data', 'dist', file)),
    // the enumerations' values, which the schema files leave to the domain package
    ...readdirSync(path.join(ROOT, 'packages', 'domain', 'dist', 'cjs')).filter((file) => file.endsWith('.js')).map((file) => path.join(ROOT, 'packages', 'domain', 'dist', 'cjs', file)),
    BULK_SEED,
  ].filter(existsSync);
  for (const file of files.sort()) hash.update(path.relative(ROOT, file)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
};

const seed = (options) =>
  run(process.execPath, [BULK_SEED, '--seed', String(SEED), '--now', NOW, ...options], { cwd: ROOT, stdio: childStdio });

/** The bulk-seeded CMS database for a scale, from the cache or seeded now (older versions of it are removed). */
const cachedDatabase = async (forScale) => {
  const prefix = `cms-x${forScale}-`;
  const file = path.join(CACHE_DIR, `${prefix}${cacheKey(forScale)}.db`);
  if (existsSync(file) && !args.fresh) return { file, seededMs: null };
  mkdirSync(CACHE_DIR, { recursive: true });
  for (const old of readdirSync(CACHE_DIR).filter((name) => name.startsWith(prefix))) rmSync(path.join(CACHE_DIR, old), { force: true });
  progress(`Seeding the CMS database at scale ${forScale} …`);
  const started = performance.now();
  await seed(['--scale', String(forScale), '--out', file]);
  return { file, seededMs: Math.round(performance.now() - started) };
};

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/**
 * Runs `work` against `strapi start` on a working copy of the database (Strapi writes its token
 * and settings on boot; the cache stays as seeded), then stops the CMS.
 */
const withCms = async (databaseFile, workDir, name, work) => {
  const dir = path.join(workDir, name);
  mkdirSync(dir, { recursive: true });
  const database = path.join(dir, 'cms.db');
  copyFileSync(databaseFile, database);
  const port = await freePort();
  const tokenFile = path.join(dir, 'export-token');
  const logFile = path.join(dir, 'strapi.log');
  const logFd = openSync(logFile, 'w');
  const secret = () => randomBytes(18).toString('base64');
  const cms = spawn(process.execPath, [STRAPI_BIN, 'start'], {
    cwd: CMS,
    stdio: ['ignore', logFd, logFd],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      STRAPI_TELEMETRY_DISABLED: 'true',
      BROWSERSLIST_IGNORE_OLD_DATA: '1',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: database,
      VERBUND_DEMO: '',
      VERBUND_ANALYTICS_TOKEN_FILE: tokenFile,
      VERBUND_ANALYTICS_URL: '',
      APP_KEYS: `${secret()},${secret()}`,
      API_TOKEN_SALT: secret(),
      ADMIN_JWT_SECRET: secret(),
      TRANSFER_TOKEN_SALT: secret(),
      JWT_SECRET: secret(),
      ENCRYPTION_KEY: secret(),
    },
  });
  closeSync(logFd);
  const exited = new Promise((resolve) => cms.once('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  try {
    progress(`Starting the CMS (${name}) on ${url} …`);
    await Promise.race([
      waitForHttp(`${url}/_health`, { isReady: (response) => response.status === 204 || response.ok }),
      exited.then(() => {
        throw new Error(`the CMS stopped during start; see its log:\n${readFileSync(logFile, 'utf8').slice(-2000)}`);
      }),
    ]);
    if (!existsSync(tokenFile)) throw new Error(`the CMS wrote no export token to ${tokenFile}`);
    return await work({ url, pid: cms.pid, tokenFile, database, dir });
  } finally {
    if (cms.exitCode === null && cms.signalCode === null) {
      cms.kill('SIGTERM');
      const timeout = setTimeout(() => cms.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timeout);
    }
  }
};

const measureAnalytics = async (dir, options) => {
  const out = path.join(dir, 'analytics-result.json');
  const flags = Object.entries({ 'data-dir': path.join(dir, 'analytics'), out, ...options }).flatMap(([name, value]) => [`--${name}`, String(value)]);
  await run(process.execPath, [TSX_BIN, MEASURE, ...flags], { cwd: ROOT, stdio: childStdio });
  return JSON.parse(readFileSync(out, 'utf8'));
};

const sameValue = (a, b) => {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
};

/** The CMS SQL side for the periods the analytics side measured, timed the same way. */
const measureCmsSql = (databaseFile, periods, { warmup, runs }) => {
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    const indicators = prepareCmsIndicators(db);
    return periods.map(({ from, to }) => {
      for (let i = 0; i < warmup; i += 1) indicators.compute(from, to);
      const perIndicator = {};
      const totals = [];
      let values;
      for (let i = 0; i < runs; i += 1) {
        const started = performance.now();
        values = indicators.compute(from, to, perIndicator);
        totals.push(performance.now() - started);
      }
      return {
        values: values ?? indicators.compute(from, to),
        indicatorsMs: summarize(totals),
        perIndicatorMedianMs: Object.fromEntries(Object.entries(perIndicator).map(([id, samples]) => [id, summarize(samples).medianMs])),
      };
    });
  } finally {
    db.close();
  }
};

const machine = () => ({
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? 'unknown',
  memoryGb: Math.round(os.totalmem() / 1024 ** 3),
  node: process.version,
  platform: `${os.type()} ${os.release()}`,
});

// ---- formatting ---------------------------------------------------------------------------

const fmtMs = (ms) => (ms === null || ms === undefined ? '–' : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
const fmtMb = (mb) => (mb === null || mb === undefined ? '–' : `${mb.toFixed(0)} MB`);
const fmtValue = (value) => (value === null ? 'null' : Number.isInteger(value) ? String(value) : value.toFixed(4));

const table = (rows) => {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  return rows
    .map((row) => row.map((cell, column) => (column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]))).join('  ').trimEnd())
    .join('\n');
};

const printReport = (result) => {
  const lines = [];
  const records = result.refreshes[0].totalRecords;
  lines.push(
    `Analytics benchmark: scale ${result.scale} (${records} records, ${(result.refreshes[0].bytes / 1048576).toFixed(1)} MB export)`,
    `${result.machine.cpus} cores (${result.machine.cpuModel}), Node ${result.machine.node}, ${result.generatedAt}`,
    '',
    'Refresh over HTTP (export download → DuckDB load → build → check → swap)',
  );
  const steps = ['download', 'load', 'build', 'check', 'swap', 'total'];
  lines.push(
    table([
      ['step', ...result.refreshes.map((_, i) => `run ${i + 1}`)],
      ...steps.map((step) => [step, ...result.refreshes.map((r) => fmtMs(r.durationsMs[step]))]),
      ['(CPU waited)', ...result.refreshes.map((r) => fmtMs(r.stalledMs.cpu))],
      ['(I/O waited)', ...result.refreshes.map((r) => fmtMs(r.stalledMs.io))],
    ]),
    `Load average at start / end: ${result.loadAverage.start.join(' ')} / ${result.loadAverage.end.join(' ')}`,
  );
  lines.push('', 'Memory (RSS)');
  const memoryRows = [['CMS process during the export', 'baseline', 'peak', 'growth', 'export size']];
  for (const [label, entry] of Object.entries(result.cmsExportMemory)) {
    if (entry) memoryRows.push([`  scale ${label}`, fmtMb(entry.baselineMb), fmtMb(entry.peakMb), fmtMb(entry.growthMb), `${(entry.exportBytes / 1048576).toFixed(1)} MB`]);
  }
  lines.push(table(memoryRows), `Analytics process peak: ${fmtMb(result.analyticsPeakRssMb)}`);
  lines.push('', `All 21 indicators for one period (${result.runs} runs after ${result.warmup} warm-up runs; median / p95)`);
  lines.push(
    table([
      ['period', 'DuckDB', 'p95', 'overview', 'p95', 'CMS SQL', 'p95', 'speed-up'],
      ...result.periods.map((p) => [
        `${p.label} (${p.from}..${p.to})`,
        fmtMs(p.duckdb.indicatorsMs.medianMs),
        fmtMs(p.duckdb.indicatorsMs.p95Ms),
        fmtMs(p.duckdb.overviewMs.medianMs),
        fmtMs(p.duckdb.overviewMs.p95Ms),
        fmtMs(p.cmsSql.indicatorsMs.medianMs),
        fmtMs(p.cmsSql.indicatorsMs.p95Ms),
        `${p.speedup.toFixed(1)}×`,
      ]),
    ]),
  );
  lines.push('', 'Values (DuckDB snapshot; = where the CMS SQL gives the same, ≠ where it does not)');
  lines.push(
    table([
      ['indicator', ...result.periods.map((p) => p.label), ''],
      ...result.indicatorIds.map((id) => [
        id,
        ...result.periods.map((p) => `${fmtValue(p.values[id].duckdb)} ${p.values[id].equal ? '=' : '≠'}`),
        '',
      ]),
    ]),
  );
  if (result.mismatches.length > 0) {
    lines.push('', `MISMATCHES: ${result.mismatches.length} values differ between the snapshot and the CMS SQL`);
    lines.push(table([['period', 'indicator', 'DuckDB', 'CMS SQL', 'difference'], ...result.mismatches.map((m) => [m.period, m.indicator, fmtValue(m.duckdb), fmtValue(m.cmsSql), fmtValue(m.difference)])]));
  }
  lines.push('', `Targets (on this machine, at scale ${TARGET_SCALE})`);
  lines.push(table([['target', 'measured', 'result'], ...result.targets.map((t) => [t.target, t.measured, t.met === null ? 'n/a at this scale' : t.met ? 'met' : 'MISSED'])]));
  process.stdout.write(`${lines.join('\n')}\n`);
};

// ---- the two modes ------------------------------------------------------------------------

const benchmark = async (workDir) => {
  const loadAtStart = os.loadavg().map((load) => Number(load.toFixed(2)));
  const runs = Number(args.runs);
  const warmup = Number(args.warmup);
  const database = await cachedDatabase(scale);
  // The export's memory at 1× is the yardstick for "flat": the same code path on 1/100 of the data.
  const reference = scale === 1 ? null : await cachedDatabase(1);
  const referenceRun = reference
    ? await withCms(reference.file, workDir, 'x1', (cms) =>
        measureAnalytics(cms.dir, { url: `${cms.url}/api/verbund/export`, 'token-file': cms.tokenFile, 'cms-pid': cms.pid, refreshes: 1, periods: 'term', warmup: 0, runs: 0 }),
      )
    : null;
  const { analytics, cmsDatabase } = await withCms(database.file, workDir, `x${scale}`, async (cms) => ({
    analytics: await measureAnalytics(cms.dir, {
      url: `${cms.url}/api/verbund/export`,
      'token-file': cms.tokenFile,
      'cms-pid': cms.pid,
      refreshes: args.refreshes,
      periods: `term,${args.quarter}`,
      warmup,
      runs,
    }),
    cmsDatabase: cms.database,
  }));
  progress('Computing the same indicators with SQL on the CMS database …');
  const sql = measureCmsSql(cmsDatabase, analytics.periods, { warmup, runs });

  const indicatorIds = Object.keys(analytics.periods[0].values);
  const mismatches = [];
  const periods = analytics.periods.map((period, index) => {
    const cmsSql = sql[index];
    const values = Object.fromEntries(
      indicatorIds.map((id) => {
        const duckdb = period.values[id];
        const other = cmsSql.values[id];
        const equal = sameValue(duckdb, other);
        if (!equal) mismatches.push({ period: period.key, indicator: id, duckdb, cmsSql: other, difference: duckdb === null || other === null ? null : duckdb - other });
        return [id, { duckdb, cmsSql: other, equal }];
      }),
    );
    return {
      key: period.key,
      label: period.label,
      from: period.from,
      to: period.to,
      duckdb: { indicatorsMs: period.indicatorsMs, overviewMs: period.overviewMs },
      cmsSql: { indicatorsMs: cmsSql.indicatorsMs, perIndicatorMedianMs: cmsSql.perIndicatorMedianMs },
      speedup: cmsSql.indicatorsMs.medianMs / period.indicatorsMs.medianMs,
      values,
    };
  });

  const exportMemory = (entry) => (entry.cmsMemory ? { ...entry.cmsMemory, exportBytes: entry.bytes, records: entry.totalRecords } : null);
  const atTargetScale = scale === TARGET_SCALE;
  const refreshTotals = summarize(analytics.refreshes.map((r) => r.durationsMs.total));
  const slowestP95 = Math.max(...periods.map((p) => p.duckdb.indicatorsMs.p95Ms));
  const smallestSpeedup = Math.min(...periods.map((p) => p.speedup));
  const judge = (met) => (atTargetScale ? met : null);
  const targets = [
    // Every refresh has to stay under the budget, not a typical one.
    {
      target: `full refresh < ${TARGETS.refreshMs / 1000} s`,
      measured: `slowest of ${refreshTotals.runs}: ${fmtMs(refreshTotals.maxMs)} (median ${fmtMs(refreshTotals.medianMs)})`,
      met: judge(refreshTotals.maxMs < TARGETS.refreshMs),
    },
    { target: `all indicators, one period < ${TARGETS.indicatorsMs} ms`, measured: `slowest p95: ${fmtMs(slowestP95)}`, met: judge(slowestP95 < TARGETS.indicatorsMs) },
    { target: `≥ ${TARGETS.speedup}× faster than SQL on the CMS database`, measured: `smallest (median/median): ${smallestSpeedup.toFixed(1)}×`, met: judge(smallestSpeedup >= TARGETS.speedup) },
    { target: 'same values as SQL on the CMS database', measured: `${mismatches.length} of ${periods.length * indicatorIds.length} differ`, met: mismatches.length === 0 },
  ];
  const result = {
    generatedAt: new Date().toISOString(),
    machine: machine(),
    loadAverage: { start: loadAtStart, end: os.loadavg().map((load) => Number(load.toFixed(2))) },
    scale,
    seed: SEED,
    dataNow: NOW,
    cache: { file: path.relative(ROOT, database.file), seededMs: database.seededMs },
    runs,
    warmup,
    refreshes: analytics.refreshes,
    cmsExportMemory: { [`${scale}×`]: exportMemory(analytics.refreshes[0]), ...(referenceRun ? { '1×': exportMemory(referenceRun.refreshes[0]) } : {}) },
    analyticsPeakRssMb: analytics.analyticsPeakRssMb,
    term: analytics.term,
    indicatorIds,
    periods,
    mismatches,
    targets,
    ok: targets.every((t) => t.met !== false),
  };
  writeJsonAtomically(path.join(ARTIFACTS, 'analytics.json'), result);
  printReport(result);
  return result.ok;
};

/**
 * Seeds scale 1 both ways, through the document service (`seedDemo`) and in bulk, and demands
 * the same tables and, through each one's export, the same indicator values for every named period.
 */
const verify = async (workDir) => {
  const seeded = {};
  for (const via of ['document-service', 'bulk']) {
    progress(`Seeding scale 1 via ${via} …`);
    const file = path.join(workDir, `${via}.db`);
    const exportFile = path.join(workDir, `${via}.ndjson`);
    await seed(['--scale', '1', '--via', via, '--out', file, '--export', exportFile]);
    seeded[via] = {
      file,
      analytics: await measureAnalytics(path.join(workDir, via), { 'export-file': exportFile, periods: 'all', warmup: 0, runs: 0 }),
    };
  }
  const tables = compareDatabases(seeded['document-service'].file, seeded.bulk.file);
  const reference = seeded['document-service'].analytics.periods;
  const indicatorDifferences = reference.flatMap((period, index) =>
    Object.entries(period.values)
      .filter(([id, value]) => !sameValue(value, seeded.bulk.analytics.periods[index].values[id]))
      .map(([id, value]) => ({ period: period.key, indicator: id, documentService: value, bulk: seeded.bulk.analytics.periods[index].values[id] })),
  );
  const tableDifferences = tables.filter((t) => !t.equal);
  const result = {
    generatedAt: new Date().toISOString(),
    tables,
    periods: reference.map((p) => p.key),
    indicatorsCompared: reference.length * Object.keys(reference[0].values).length,
    indicatorDifferences,
    ok: tableDifferences.length === 0 && indicatorDifferences.length === 0,
  };
  writeJsonAtomically(path.join(ARTIFACTS, 'analytics-verify.json'), result);
  const lines = [
    'Bulk seeder vs document service (scale 1)',
    '',
    table([['table', 'document service', 'bulk', ''], ...tables.map((t) => [t.table, t.rowsA, t.rowsB, t.equal ? 'same rows' : 'DIFFERENT'])]),
    '',
    `Indicators from both exports: ${result.indicatorsCompared} values over ${reference.length} periods (${result.periods.join(', ')}), ${indicatorDifferences.length} differ`,
  ];
  for (const t of tableDifferences) lines.push('', `${t.table}: only in document service:`, ...t.onlyA, `${t.table}: only in bulk:`, ...t.onlyB);
  if (indicatorDifferences.length > 0) lines.push(table([['period', 'indicator', 'document service', 'bulk'], ...indicatorDifferences.map((d) => [d.period, d.indicator, d.documentService, d.bulk])]));
  lines.push('', result.ok ? 'The bulk seeder writes what the document service writes.' : 'The bulk seeder DIFFERS from the document service.');
  process.stdout.write(`${lines.join('\n')}\n`);
  return result.ok;
};

const workDir = mkdtempSync(path.join(os.tmpdir(), 'verbund-bench-'));
try {
  await buildIfNeeded(progress, { only: ['verbund plugin', 'demo data', 'CMS and admin panel'] });
  const ok = args.verify ? await verify(workDir) : await benchmark(workDir);
  process.exitCode = ok ? 0 : 1;
} catch (error) {
  console.error(`[bench] ${error.stack ?? error.message}`);
  process.exitCode = 1;
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
