import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureEnvFile } from './env-file.mjs';
import { run, waitForHttp } from './run.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CMS = path.join(ROOT, 'cms');
const STRAPI_BIN = path.join(ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
const TSX_BIN = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

const newestMtime = (target) => {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce((newest, entry) => (entry === 'node_modules' || entry === 'dist' ? newest : Math.max(newest, newestMtime(path.join(target, entry)))), stat.mtimeMs);
};

/**
 * Builds what is missing or older than its sources: the domain package, the plugin, the demo data,
 * the dashboard and Strapi's admin, or only the steps named in `only`. Every later step reads the
 * domain package's output, so a change of the vocabulary rebuilds them too.
 */
export const buildIfNeeded = async (log, { only } = {}) => {
  const steps = [
    { name: 'domain package', output: 'packages/domain/dist', sources: ['packages/domain/src'], args: ['run', 'build', '-w', 'packages/domain'] },
    { name: 'verbund plugin', output: 'cms/src/plugins/verbund/dist', sources: ['cms/src/plugins/verbund/server', 'packages/domain/dist'], args: ['run', 'build', '-w', 'cms/src/plugins/verbund'] },
    { name: 'demo data', output: 'scripts/demo-data/dist', sources: ['scripts/demo-data/src', 'packages/domain/dist'], args: ['run', 'build', '-w', 'scripts/demo-data'] },
    { name: 'dashboard', output: 'dashboard/dist', sources: ['dashboard/src', 'dashboard/index.html', 'packages/domain/dist'], args: ['run', 'build', '-w', 'dashboard'] },
    { name: 'website', output: 'site/dist', sources: ['site/src', 'site/public', 'site/astro.config.mjs', 'packages/domain/dist'], args: ['run', 'build', '-w', 'site'] },
    { name: 'CMS and admin panel', output: 'cms/dist/build', sources: ['cms/src', 'cms/config', 'cms/src/plugins/verbund/dist', 'packages/domain/dist'], args: ['run', 'build', '-w', 'cms'] },
  ];
  for (const step of steps) {
    if (only && !only.includes(step.name)) continue;
    const output = path.join(ROOT, step.output);
    // Newest file, not the folder: a rebuild that overwrites every file leaves the folder's own mtime alone.
    const builtAt = existsSync(output) ? newestMtime(output) : 0;
    const changedAt = Math.max(...step.sources.map((source) => newestMtime(path.join(ROOT, source))));
    if (builtAt && builtAt >= changedAt) continue;
    log(`Baue ${step.name} …`);
    await run('npm', step.args, { cwd: ROOT });
  }
};

const spawnService = (name, command, args, options) => {
  const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
  child.on('exit', (code, signal) => {
    if (!child.stopping) console.error(`[start] ${name} stopped unexpectedly (${signal ?? `exit ${code}`})`);
  });
  return child;
};

/**
 * Starts the CMS, waits until it answers, then starts the analytics service (which refreshes its
 * snapshot first) serving the dashboard, and the public website (which reads the CMS's public API
 * only). Returns the running processes and their URLs.
 */
export const startStack = async ({
  demo = true,
  cmsPort = 1337,
  analyticsPort = 4000,
  sitePort = 4321,
  databaseFilename,
  analyticsDataDir = path.join(ROOT, 'analytics', 'data'),
  embargoCron,
  adminLoginRateLimit,
  log = (message) => console.log(`[start] ${message}`),
} = {}) => {
  const { values: secrets } = ensureEnvFile(path.join(CMS, '.env'));
  mkdirSync(analyticsDataDir, { recursive: true });
  const tokenFile = path.join(analyticsDataDir, 'cms-export-token');
  const cmsUrl = `http://127.0.0.1:${cmsPort}`;
  const analyticsUrl = `http://127.0.0.1:${analyticsPort}`;
  const siteUrl = `http://127.0.0.1:${sitePort}`;
  const baseEnv = { ...process.env, STRAPI_TELEMETRY_DISABLED: 'true', BROWSERSLIST_IGNORE_OLD_DATA: '1' };

  const cms = spawnService('CMS', process.execPath, [STRAPI_BIN, 'start'], {
    cwd: CMS,
    env: {
      ...baseEnv,
      HOST: '127.0.0.1',
      PORT: String(cmsPort),
      VERBUND_DEMO: demo ? '1' : '',
      VERBUND_ANALYTICS_TOKEN_FILE: tokenFile,
      VERBUND_ANALYTICS_URL: analyticsUrl,
      VERBUND_ANALYTICS_WEBHOOK_SECRET: secrets.ANALYTICS_WEBHOOK_SECRET,
      // The admin's preview opens drafts on the website's preview page (cms/config/admin.ts).
      VERBUND_SITE_URL: siteUrl,
      VERBUND_PREVIEW_SECRET: secrets.VERBUND_PREVIEW_SECRET,
      ...(databaseFilename ? { DATABASE_FILENAME: databaseFilename } : {}),
      ...(embargoCron ? { VERBUND_EMBARGO_CRON: embargoCron } : {}),
      ...(adminLoginRateLimit ? { ADMIN_LOGIN_RATE_LIMIT_MAX: String(adminLoginRateLimit) } : {}),
    },
  });
  const processes = [cms];
  const stop = async () => {
    for (const child of processes.reverse()) {
      child.stopping = true;
      child.kill('SIGTERM');
    }
    await Promise.all(processes.map((child) => (child.exitCode === null ? new Promise((resolve) => child.on('exit', resolve)) : null)));
  };
  try {
    log(`Warte auf das CMS (${cmsUrl}) …`);
    // A first start seeds the demo data, which takes minutes on two busy cores.
    await waitForHttp(`${cmsUrl}/_health`, { timeoutMs: 600_000, isReady: (response) => response.status === 204 || response.ok });
    const analytics = spawnService('analytics', process.execPath, [TSX_BIN, path.join(ROOT, 'analytics', 'src', 'cli.ts'), 'serve'], {
      cwd: ROOT,
      env: {
        ...baseEnv,
        CMS_URL: cmsUrl,
        ANALYTICS_PORT: String(analyticsPort),
        ANALYTICS_HOST: '127.0.0.1',
        ANALYTICS_DATA_DIR: analyticsDataDir,
        ANALYTICS_TOKEN_FILE: tokenFile,
        ANALYTICS_WEBHOOK_SECRET: secrets.ANALYTICS_WEBHOOK_SECRET,
        ANALYTICS_ADMIN_TOKEN: secrets.ANALYTICS_ADMIN_TOKEN,
        DASHBOARD_DIST: path.join(ROOT, 'dashboard', 'dist'),
      },
    });
    processes.push(analytics);
    const site = spawnService('website', process.execPath, [path.join(ROOT, 'site', 'dist', 'server', 'entry.mjs')], {
      cwd: path.join(ROOT, 'site'),
      env: { ...baseEnv, HOST: '127.0.0.1', PORT: String(sitePort), CMS_URL: cmsUrl, SITE_URL: siteUrl, VERBUND_PREVIEW_SECRET: secrets.VERBUND_PREVIEW_SECRET },
    });
    processes.push(site);
    log(`Warte auf die Auswertung (${analyticsUrl}) …`);
    await waitForHttp(`${analyticsUrl}/api/health`);
    log(`Warte auf die Website (${siteUrl}) …`);
    await waitForHttp(`${siteUrl}/robots.txt`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { cmsUrl, analyticsUrl, siteUrl, secrets, stop };
};
