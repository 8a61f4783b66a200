import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bootStrapi, CMS_DIR, type TestStrapi } from './helpers/strapi';

const PRESS_RELEASE = 'plugin::verbund.press-release';
const TSX = path.join(CMS_DIR, '..', 'node_modules', 'tsx', 'dist', 'cli.mjs');

const publicTitles = async (url: string) => {
  const body = (await (await fetch(`${url}/api/verbund/press-releases`)).json()) as { data: Array<{ title: string }> };
  return body.data.map((release) => release.title);
};

const waitFor = async (check: () => Promise<boolean>, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
};

let app: TestStrapi | undefined;

afterAll(async () => {
  await app?.close();
  await app?.cleanup();
});

describe('embargo', () => {
  it('keeps a press release invisible until its embargo ends, then the cron publishes it, also after a restart in between', async () => {
    const databaseFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'verbund-embargo-')), 'data.db');
    const embargoUntil = new Date(Date.now() + 25_000).toISOString();

    // First life, in another process: written, publish refused and scheduled, then the server stops.
    const output = execFileSync(process.execPath, [TSX, path.join(__dirname, 'fixtures', 'schedule-embargo.ts'), databaseFile, embargoUntil], {
      cwd: CMS_DIR,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_CLIENT: process.env.DATABASE_CLIENT ?? 'sqlite' },
    });
    const first = JSON.parse(output.split('\n').find((line) => line.startsWith('RESULT '))!.slice(7));
    expect(first.created).toBe(201);
    expect(first.refused).toBe(400);
    expect(first.message).toMatch(/^Sperrfrist bis \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} Uhr: .*automatisch veröffentlicht/);
    expect(first.listed).toBe(0);
    expect(first.direct).toBe(404);

    // Second life: still hidden while the embargo runs, published by the cron tick once it ended.
    app = await bootStrapi({ databaseFile });
    if (Date.now() < Date.parse(embargoUntil)) expect(await publicTitles(app.url)).not.toContain('Neue Förderrunde startet');
    const appeared = await waitFor(async () => (await publicTitles(app!.url)).includes('Neue Förderrunde startet'), 40_000);
    expect(appeared).toBe(true);
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(embargoUntil));
    const published = await app.strapi.documents(PRESS_RELEASE as never).findOne({ documentId: first.documentId, status: 'published' } as never);
    expect(published).not.toBeNull();
  }, 120_000);

  it('a release saved with "publish" while under embargo stays a draft and is scheduled', async () => {
    const embargoUntil = new Date(Date.now() + 60 * 60 * 1000).toISOString();
    const saved = (await app!.strapi.documents(PRESS_RELEASE as never).create({
      data: { title: 'Später', releaseDate: '2026-11-26', embargoUntil },
      status: 'published',
    } as never)) as unknown as { documentId: string };
    const published = await app!.strapi.documents(PRESS_RELEASE as never).findOne({ documentId: saved.documentId, status: 'published' } as never);
    expect(published).toBeNull();
    const embargo = app!.strapi.plugin('verbund').service('embargo');
    expect(await waitFor(async () => (await embargo.pending())[saved.documentId] === embargoUntil, 5_000)).toBe(true);
    expect(await publicTitles(app!.url)).not.toContain('Später');
  });
});
