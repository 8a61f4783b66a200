/**
 * A training need's own status is `needStatus`: Strapi 5 reserves `status` for draft/published, and
 * the content manager refused every value of it. Databases written before the rename keep their
 * values through the plugin's migration (SQLite here, PostgreSQL in CI).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bootStrapi, CMS_DIR, type TestStrapi } from './helpers/strapi';
import { adminApi, adminLogin } from './helpers/admin';

const NEED = 'plugin::verbund.training-need';
const CM = `/content-manager/collection-types/${NEED}`;
const TSX = path.join(CMS_DIR, '..', 'node_modules', 'tsx', 'dist', 'cli.mjs');
const MIGRATION = 'verbund::2026-12-training-need-status-to-need-status';

let app: TestStrapi | undefined;

afterAll(async () => {
  await app?.close();
  await app?.cleanup();
});

describe('training need status', () => {
  it('a database with the old `status` column keeps its values after the migration', async () => {
    const databaseFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'verbund-need-status-')), 'data.db');
    const output = execFileSync(process.execPath, [TSX, path.join(__dirname, 'fixtures', 'old-training-need-status.ts'), databaseFile, MIGRATION], {
      cwd: CMS_DIR,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_CLIENT: process.env.DATABASE_CLIENT ?? 'sqlite' },
    });
    const before = JSON.parse(output.split('\n').find((line) => line.startsWith('RESULT '))!.slice(7));
    expect(before.oldColumn).toBe(true);

    app = await bootStrapi({ databaseFile });
    const knex = app.strapi.db.connection;
    expect(await knex.schema.hasColumn('verbund_training_needs', 'need_status')).toBe(true);
    expect(await knex.schema.hasColumn('verbund_training_needs', 'status')).toBe(false);
    const needs = app.strapi.documents(NEED as never) as any;
    expect((await needs.findOne({ documentId: before.matched })).needStatus).toBe('matched');
    expect((await needs.findOne({ documentId: before.inProgress })).needStatus).toBe('in_progress');
    expect(await knex('strapi_migrations_internal').where({ name: MIGRATION }).first()).toBeTruthy();
  }, 120_000);

  it.each(['open', 'in_progress', 'matched', 'closed_unmatched'])('Koordination saves status %s through the content manager and reads it back', async (value) => {
    const api = adminApi(app!.url, await adminLogin(app!.strapi, app!.url, `koordination-${value}@verbund.example`, 'verbund-koordination'));
    const organisation = (await app!.strapi.documents('plugin::verbund.organisation' as never).findFirst({} as never)) as unknown as { documentId: string };
    const created = await api('POST', CM, { identifiedOn: '2023-05-04', topic: 'other', organisation: { connect: [{ documentId: organisation.documentId }] } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.data.needStatus).toBe('open');
    const updated = await api('PUT', `${CM}/${created.body.data.documentId}`, { needStatus: value });
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    const read = await api('GET', `${CM}/${created.body.data.documentId}`);
    expect(read.body.data.needStatus).toBe(value);
  });
});
