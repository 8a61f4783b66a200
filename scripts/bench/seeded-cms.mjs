// The bulk-seeded CMS the benchmarks run against: a SQLite database with the demo network at some
// scale (seeded once by bulk-seed.mjs and kept in .cache/bench until the schema, the generator or
// the seeder changes), served by `strapi start` on a working copy.
import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import path from 'node:path';
import { run, waitForHttp } from '../lib/run.mjs';
import { ROOT } from '../lib/stack.mjs';

const require = createRequire(import.meta.url);
const Database = require('better-sqlite3');

const CMS = path.join(ROOT, 'cms');
const STRAPI_BIN = path.join(ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
const BULK_SEED = path.join(ROOT, 'scripts', 'bench', 'bulk-seed.mjs');
const CACHE_DIR = path.join(ROOT, '.cache', 'bench');

// seedDemo always uses seed 1, so the bulk seeder can be verified against it.
export const SEED = 1;
// The generator's own default moment (late in project year 3), so the data never depends on the day of the run.
export const NOW = '2024-09-02T08:00:00.000Z';

/**
 * @param {{ fresh?: boolean, progress: (message: string) => void, stdio: import('node:child_process').StdioOptions }} options
 *   fresh: seed again even when the cache has the database; stdio: of the seeder.
 */
export const createSeededCms = ({ fresh = false, progress, stdio }) => {
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
    run(process.execPath, [BULK_SEED, '--seed', String(SEED), '--now', NOW, ...options], { cwd: ROOT, stdio });

  /** The bulk-seeded CMS database for a scale, from the cache or seeded now (older versions of it are removed). */
  const cachedDatabase = async (forScale) => {
    const prefix = `cms-x${forScale}-`;
    const file = path.join(CACHE_DIR, `${prefix}${cacheKey(forScale)}.db`);
    if (existsSync(file) && !fresh) return { file, seededMs: null };
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
  const withCms = async (databaseFile, workDir, name, work, { env = {}, port: fixedPort } = {}) => {
    const dir = path.join(workDir, name);
    mkdirSync(dir, { recursive: true });
    const database = path.join(dir, 'cms.db');
    copyFileSync(databaseFile, database);
    const port = fixedPort ?? (await freePort());
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
        ...env,
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

  return { cachedDatabase, seed, withCms };
};

/**
 * The bulk seeder leaves the computed display names empty, and the CMS names every such record at
 * start, which at 100× takes longer than the start is waited for. The benchmarks never read them: a
 * copy with them set to '' (not missing) starts at once.
 */
export const withoutNaming = (file, workDir) => {
  const copy = path.join(workDir, 'named.db');
  copyFileSync(file, copy);
  const db = new Database(copy);
  try {
    for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'verbund_%'").all()) {
      if (db.prepare(`PRAGMA table_info("${name}")`).all().some((column) => column.name === 'display_name')) {
        db.prepare(`UPDATE "${name}" SET display_name = '' WHERE display_name IS NULL`).run();
      }
    }
  } finally {
    db.close();
  }
  return copy;
};
