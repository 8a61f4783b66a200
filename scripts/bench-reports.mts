// `npm run bench:reports`: a frozen report version at 100× the demo data. Boots the CMS in this
// process on a copy of the bulk-seeded database (the one bench:analytics and bench:public use),
// starts the analytics service against it, freezes the whole term through POST /api/reports (as
// the admin token), changes records through the document service, refreshes, and times the diff.
//
//   npm run bench:reports                    scale 100 (the CMS database is cached in .cache/bench)
//   npm run bench:reports -- --scale 1       quick smoke run
//   options: --runs 5 --period term --changes 20 --fresh
//
// Results: a table on stdout and test-artifacts/bench/reports.json.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { loadConfig, silentLogger, startServer } from '@verbund/analytics';
import { createSeededCms } from './bench/seeded-cms.mjs';
import { summarize } from './bench/stats.mjs';
import { buildIfNeeded, ROOT } from './lib/stack.mjs';

const require = createRequire(import.meta.url);
const CMS = path.join(ROOT, 'cms');
const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'bench');
const ADMIN_TOKEN = 'bench-reports-admin-token';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '100' },
    runs: { type: 'string', default: '5' },
    period: { type: 'string', default: 'term' },
    changes: { type: 'string', default: '20' },
    fresh: { type: 'boolean', default: false },
  },
});
const scale = Number(args.scale);
const runs = Number(args.runs);
const changes = Number(args.changes);
const progress = (message: string) => process.stderr.write(`[bench] ${message}\n`);

await buildIfNeeded(progress, { only: ['domain package', 'verbund plugin', 'demo data'] });
const { cachedDatabase } = createSeededCms({ fresh: args.fresh, progress, stdio: ['ignore', 2, 2] });
const seeded = await cachedDatabase(scale);

const workDir = mkdtempSync(path.join(os.tmpdir(), 'verbund-bench-reports-'));
const databaseFile = path.join(workDir, 'cms.db');
copyFileSync(seeded.file, databaseFile);
const tokenFile = path.join(workDir, 'export-token');
Object.assign(process.env, {
  NODE_ENV: 'production',
  STRAPI_TELEMETRY_DISABLED: 'true',
  HOST: '127.0.0.1',
  PORT: '0',
  DATABASE_CLIENT: 'sqlite',
  DATABASE_FILENAME: databaseFile,
  VERBUND_DEMO: '',
  VERBUND_ANALYTICS_URL: '',
  VERBUND_ANALYTICS_TOKEN_FILE: tokenFile,
  APP_KEYS: 'bench-a,bench-b',
  API_TOKEN_SALT: 'bench-salt',
  ADMIN_JWT_SECRET: 'bench-admin-jwt',
  TRANSFER_TOKEN_SALT: 'bench-transfer',
  JWT_SECRET: 'bench-jwt',
  ENCRYPTION_KEY: 'bench-encryption-key-0123456789',
});

progress(`Starting the CMS on the ${scale}× database …`);
const { compileStrapi, createStrapi } = require('@strapi/strapi');
const appContext = await compileStrapi({ appDir: CMS, distDir: path.join(CMS, 'dist') });
const strapi = await createStrapi({ ...appContext, autoReload: false, serveAdminPanel: false }).load();
strapi.log.level = 'warn';
strapi.server.mount();
await new Promise<void>((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', () => resolve()));
const cmsUrl = `http://127.0.0.1:${strapi.server.httpServer.address().port}`;

const analytics = await startServer(
  loadConfig({
    CMS_URL: cmsUrl,
    ANALYTICS_TOKEN_FILE: tokenFile,
    ANALYTICS_DATA_DIR: path.join(workDir, 'analytics'),
    ANALYTICS_PORT: '0',
    ANALYTICS_ADMIN_TOKEN: ADMIN_TOKEN,
    DASHBOARD_DIST: path.join(workDir, 'no-dashboard'),
    ANALYTICS_REFRESH_INTERVAL_MINUTES: '0',
  }),
  silentLogger,
);

const timed = async <T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> => {
  const started = performance.now();
  const result = await work();
  return { ms: Math.round((performance.now() - started) * 10) / 10, result };
};
const call = async (method: string, route: string, body?: unknown) => {
  const response = await fetch(`${analytics.url}${route}`, {
    method,
    headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const raw = Buffer.from(await response.arrayBuffer());
  if (!response.ok) throw new Error(`${method} ${route} answered HTTP ${response.status}: ${raw.toString('utf8').slice(0, 500)}`);
  return raw;
};
const refresh = async () => {
  await analytics.refresher.runNow();
  const last = analytics.refresher.status().lastRefresh;
  if (!last?.ok) throw new Error(`refresh failed: ${last?.error}`);
};

try {
  progress('First refresh …');
  await analytics.refresher.idle();
  await refresh();

  progress(`Freezing ${args.period} …`);
  const freeze = await timed(() => call('POST', '/api/reports', { period: args.period, title: `Benchmark ${args.period}` }));
  const version = JSON.parse(freeze.result.toString('utf8'));
  const contributions = version.indicators.reduce((sum: number, i: { contributions: unknown[] }) => sum + i.contributions.length, 0);
  const read = await timed(() => call('GET', `/api/reports/${version.id}`));
  const stored = strapi.db.connection.raw('SELECT length(body) AS bytes FROM verbund_report_versions WHERE id = ?', [version.id]);
  const storedBytes = Number((await stored)[0].bytes);
  const xlsx = await timed(() => call('GET', `/api/reports/${version.id}.xlsx`));

  // Changes the diff has to explain: partnerships ended, consultations deleted.
  progress(`Changing ${changes} organisations and ${changes} consultations, then refreshing …`);
  const docs = (type: string) => strapi.documents(`plugin::verbund.${type}`);
  const partners = await docs('organisation').findMany({ filters: { partnerSince: { $notNull: true }, partnerUntil: { $null: true } }, fields: ['documentId'], limit: changes });
  for (const { documentId } of partners) await docs('organisation').update({ documentId, data: { partnerUntil: '2022-01-31' } });
  const consultations = await docs('consultation').findMany({ fields: ['documentId'], limit: changes, sort: 'id:asc' });
  for (const { documentId } of consultations) await docs('consultation').delete({ documentId });
  await refresh();

  const diffTimes: number[] = [];
  let diff: any = null;
  for (let n = 0; n < runs; n += 1) {
    const run = await timed(() => call('GET', `/api/reports/${version.id}/diff`));
    diffTimes.push(run.ms);
    diff = JSON.parse(run.result.toString('utf8'));
  }
  const changed = diff.indicators.reduce((sum: number, i: { changes: unknown[] }) => sum + i.changes.length, 0);

  const result = {
    generatedAt: new Date().toISOString(),
    scale,
    period: version.period,
    cpus: os.cpus().length,
    node: process.version,
    frozen: {
      contributions,
      jsonBytes: read.result.length,
      gzipBytes: gzipSync(read.result).length,
      storedBodyBytes: storedBytes,
      freezeMs: freeze.ms,
      readMs: read.ms,
      xlsxMs: xlsx.ms,
      xlsxBytes: xlsx.result.length,
    },
    diff: { changedOrganisations: partners.length, deletedConsultations: consultations.length, listedChanges: changed, ...summarize(diffTimes) },
  };
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(path.join(ARTIFACTS, 'reports.json'), `${JSON.stringify(result, null, 2)}\n`);
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  console.log(`\nFrozen version of ${version.period.label} at ${scale}× the demo data (${os.cpus().length} CPUs, Node ${process.version})\n`);
  console.log('| what | value |\n|---|---:|');
  console.log(`| records listed (contributions, all indicators) | ${contributions.toLocaleString('en')} |`);
  console.log(`| size of the version as GET /api/reports/<id> answers it | ${mb(result.frozen.jsonBytes)} |`);
  console.log(`| … gzip-compressed (as POSTed to the CMS) | ${mb(result.frozen.gzipBytes)} |`);
  console.log(`| body column in the CMS database | ${mb(storedBytes)} |`);
  console.log(`| POST /api/reports (compute, send, store) | ${freeze.ms} ms |`);
  console.log(`| GET /api/reports/<id> | ${read.ms} ms |`);
  console.log(`| GET /api/reports/<id>.xlsx | ${xlsx.ms} ms |`);
  console.log(`| GET /api/reports/<id>/diff (${changed} changes listed), median / max of ${runs} | ${result.diff.medianMs} / ${result.diff.maxMs} ms |`);
} finally {
  await analytics.close();
  strapi.cron.destroy();
  await new Promise<void>((resolve) => strapi.server.httpServer.close(() => resolve()));
  await strapi.db.destroy();
  rmSync(workDir, { recursive: true, force: true });
}
