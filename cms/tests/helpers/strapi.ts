import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

// Strapi's ESM build does a directory import that Node rejects; its CommonJS build works.
const require = createRequire(import.meta.url);
const { compileStrapi, createStrapi } = require('@strapi/strapi') as typeof import('@strapi/strapi');

export const CMS_DIR = path.resolve(__dirname, '..', '..');

export interface TestStrapi {
  strapi: Core.Strapi;
  url: string;
  databaseFile: string;
  /** Closes the HTTP server and the database; the database file stays for a restart. */
  close: () => Promise<void>;
  /** Removes the database (file and directory, or PostgreSQL schema). */
  cleanup: () => Promise<void>;
}

const usesPostgres = () => process.env.DATABASE_CLIENT === 'postgres';

let compiled: Promise<unknown> | null = null;

/** On PostgreSQL every test database is a schema of its own, named after its temp directory. */
const schemaFor = (directory: string) => `test_${path.basename(directory).replace(/[^a-zA-Z0-9]/g, '_').toLowerCase()}`;

const postgres = async (sql: string) => {
  const { Client } = require('pg') as { Client: new (options: object) => { connect(): Promise<void>; query(sql: string): Promise<unknown>; end(): Promise<void> } };
  const client = new Client({
    host: process.env.DATABASE_HOST ?? '127.0.0.1',
    port: Number(process.env.DATABASE_PORT ?? 5432),
    database: process.env.DATABASE_NAME,
    user: process.env.DATABASE_USERNAME,
    password: process.env.DATABASE_PASSWORD,
  });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};

/**
 * Boots the real Strapi app on a free port with its own SQLite file (or the PostgreSQL database
 * named by DATABASE_* when DATABASE_CLIENT=postgres). Pass `databaseFile` to restart on the same data.
 */
export const bootStrapi = async (options: { databaseFile?: string; env?: Record<string, string> } = {}): Promise<TestStrapi> => {
  const directory = options.databaseFile ? path.dirname(options.databaseFile) : mkdtempSync(path.join(os.tmpdir(), 'verbund-test-'));
  const databaseFile = options.databaseFile ?? path.join(directory, 'data.db');
  Object.assign(process.env, {
    NODE_ENV: 'test',
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_STARTUP_LOG: 'false',
    DATABASE_FILENAME: databaseFile,
    HOST: '127.0.0.1',
    PORT: '0',
    VERBUND_EMBARGO_CRON: '* * * * * *',
    // Tests never read cms/.env: a fresh clone has none, and tests must not depend on local secrets.
    APP_KEYS: 'test-key-a,test-key-b',
    API_TOKEN_SALT: 'test-api-token-salt',
    ADMIN_JWT_SECRET: 'test-admin-jwt-secret',
    TRANSFER_TOKEN_SALT: 'test-transfer-token-salt',
    JWT_SECRET: 'test-jwt-secret',
    ENCRYPTION_KEY: 'test-encryption-key-0123456789ab',
    ...options.env,
  });
  if (usesPostgres()) {
    process.env.DATABASE_SCHEMA = schemaFor(directory);
    await postgres(`CREATE SCHEMA IF NOT EXISTS "${process.env.DATABASE_SCHEMA}"`);
  }
  compiled ??= compileStrapi({ appDir: CMS_DIR, distDir: path.join(CMS_DIR, 'dist') } as never);
  const appContext = await compiled;
  const strapi = (await createStrapi({ ...(appContext as object), autoReload: false, serveAdminPanel: false } as never).load()) as Core.Strapi;
  strapi.log.level = 'warn';
  strapi.server.mount();
  await new Promise<void>((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', () => resolve()));
  const address = strapi.server.httpServer.address() as { port: number };
  const close = async () => {
    strapi.cron.destroy();
    await new Promise<void>((resolve) => strapi.server.httpServer.close(() => resolve()));
    await strapi.db.destroy();
  };
  return {
    strapi,
    url: `http://127.0.0.1:${address.port}`,
    databaseFile,
    close,
    cleanup: async () => {
      if (usesPostgres()) await postgres(`DROP SCHEMA IF EXISTS "${schemaFor(directory)}" CASCADE`);
      rmSync(directory, { recursive: true, force: true });
    },
  };
};
