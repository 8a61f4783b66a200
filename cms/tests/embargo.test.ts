/**
 * Press releases under embargo: asking the admin to publish one saves it as a draft and schedules
 * it on a row of its own; the cron publishes it once the embargo ends, exactly once even with two
 * Strapi instances on one PostgreSQL database. Schedules written by earlier versions into the core
 * store become rows.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { bootStrapi, CMS_DIR, type TestStrapi } from './helpers/strapi';
import { adminApi, adminLogin } from './helpers/admin';

const PRESS_RELEASE = 'plugin::verbund.press-release';
const SCHEDULE = 'plugin::verbund.embargo-schedule';
const CM = `/content-manager/collection-types/${PRESS_RELEASE}`;
const TSX = path.join(CMS_DIR, '..', 'node_modules', 'tsx', 'dist', 'cli.mjs');
const EDITOR = 'presse-embargo@verbund.example';

const waitFor = async (check: () => Promise<boolean>, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
};

const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();

let app: TestStrapi;
let api: ReturnType<typeof adminApi>;

afterAll(async () => {
  await app?.close();
  await app?.cleanup();
});

/** Anonymous: 200 once the release is public, 404 before. */
const publicStatus = async (documentId: string) => (await fetch(`${app.url}/api/verbund/press-releases/${documentId}`)).status;
const publishedVersion = (documentId: string) => app.strapi.documents(PRESS_RELEASE as never).findOne({ documentId, status: 'published' } as never);
const scheduleOf = (documentId: string) => app.strapi.plugin('verbund').service('embargo').find(documentId);

/** The content manager's create-and-publish action, as the admin's „Veröffentlichen“ on a new entry sends it. */
const createAndPublish = (data: Record<string, unknown>) => api('POST', `${CM}/actions/publish`, { releaseDate: '2026-12-01', ...data });

describe('embargo', () => {
  it('a schedule kept in the core store by an earlier version becomes a row; the release stays hidden until its embargo ends, then the cron publishes it', async () => {
    const databaseFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'verbund-embargo-')), 'data.db');

    // First life, in another process: written, "publish" answered with the saved draft, then the
    // schedule is put back into the core store as earlier versions left it, and the server stops.
    const output = execFileSync(process.execPath, [TSX, path.join(__dirname, 'fixtures', 'schedule-embargo.ts'), databaseFile, '30'], {
      cwd: CMS_DIR,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_CLIENT: process.env.DATABASE_CLIENT ?? 'sqlite' },
    });
    const first = JSON.parse(output.split('\n').find((line) => line.startsWith('RESULT '))!.slice(7));
    const { embargoUntil } = first;
    expect(first.created).toBe(201);
    expect(first.publish).toBe(200);
    expect(first.publishedAt).toBeNull();
    expect(first.listed).toBe(0);
    expect(first.direct).toBe(404);
    expect(first.legacy).toEqual({ [first.documentId]: embargoUntil });

    // Second life: the row is there, the core-store value is gone, the release goes out once.
    app = await bootStrapi({ databaseFile });
    api = adminApi(app.url, await adminLogin(app.strapi, app.url, EDITOR, 'verbund-kommunikation'));
    expect(await app.strapi.store({ type: 'plugin', name: 'verbund' }).get({ key: 'embargo-schedule' })).toBeNull();
    const row = await scheduleOf(first.documentId);
    expect(row).toMatchObject({ publishAt: embargoUntil });
    if (Date.now() < Date.parse(embargoUntil)) expect(await publicStatus(first.documentId)).toBe(404);
    expect(await waitFor(async () => (await publicStatus(first.documentId)) === 200, 40_000)).toBe(true);
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(embargoUntil));
    expect(await scheduleOf(first.documentId)).toMatchObject({ state: 'published' });
  }, 120_000);

  it('create-and-publish with a future embargo saves the draft and schedules it; once the embargo has passed the cron publishes it', async () => {
    const embargoUntil = inSeconds(6);
    const response = await createAndPublish({ title: 'Kurze Sperrfrist', embargoUntil });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const { documentId, publishedAt } = response.body.data;
    expect(publishedAt).toBeNull();

    const draft = await api('GET', `${CM}/${documentId}`);
    expect(draft.body.data).toMatchObject({ title: 'Kurze Sperrfrist', embargoUntil, publishedAt: null });
    expect(await scheduleOf(documentId)).toMatchObject({ state: 'pending', publishAt: embargoUntil, scheduledBy: EDITOR });
    if (Date.now() < Date.parse(embargoUntil)) {
      expect(await publicStatus(documentId)).toBe(404);
      expect(await publishedVersion(documentId)).toBeNull();
    }
    expect(await waitFor(async () => (await publicStatus(documentId)) === 200, 30_000)).toBe(true);
    expect(await scheduleOf(documentId)).toMatchObject({ state: 'published' });
  }, 60_000);

  it('„Veröffentlichen“ on an existing draft under embargo keeps the changes sent with it and schedules it', async () => {
    const created = await api('POST', CM, { title: 'Entwurf', releaseDate: '2026-12-01' });
    const { documentId } = created.body.data;
    const embargoUntil = inSeconds(3600);
    const response = await api('POST', `${CM}/${documentId}/actions/publish`, { title: 'Entwurf mit Sperrfrist', releaseDate: '2026-12-01', embargoUntil });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.data).toMatchObject({ documentId, title: 'Entwurf mit Sperrfrist', publishedAt: null });
    expect((await api('GET', `${CM}/${documentId}`)).body.data).toMatchObject({ title: 'Entwurf mit Sperrfrist', embargoUntil });
    expect(await scheduleOf(documentId)).toMatchObject({ state: 'pending', publishAt: embargoUntil });
    expect(await publishedVersion(documentId)).toBeNull();
  });

  it('a changed embargo moves the schedule; a shorter one publishes at the new time', async () => {
    const first = inSeconds(3600);
    const { documentId } = (await createAndPublish({ title: 'Verschoben', embargoUntil: first })).body.data;
    const later = inSeconds(7200);
    expect((await api('PUT', `${CM}/${documentId}`, { embargoUntil: later })).status).toBe(200);
    expect(await scheduleOf(documentId)).toMatchObject({ state: 'pending', publishAt: later });

    const soon = inSeconds(3);
    expect((await api('PUT', `${CM}/${documentId}`, { embargoUntil: soon })).status).toBe(200);
    expect(await scheduleOf(documentId)).toMatchObject({ state: 'pending', publishAt: soon });
    expect(await waitFor(async () => (await publicStatus(documentId)) === 200, 30_000)).toBe(true);
  }, 60_000);

  it.each([
    ['removed', null],
    ['set to a past date', '2026-01-05T09:00:00.000Z'],
  ])('an embargo %s cancels the schedule: the draft stays a draft', async (_case, embargoUntil) => {
    const { documentId } = (await createAndPublish({ title: `Abgesagt ${_case}`, embargoUntil: inSeconds(3600) })).body.data;
    expect(await scheduleOf(documentId)).not.toBeNull();
    expect((await api('PUT', `${CM}/${documentId}`, { embargoUntil })).status).toBe(200);
    expect(await scheduleOf(documentId)).toBeNull();
    await app.strapi.plugin('verbund').service('embargo').publishDue();
    expect(await publishedVersion(documentId)).toBeNull();
    expect(await publicStatus(documentId)).toBe(404);
  });

  it.each([
    ['deleted', (documentId: string) => api('DELETE', `${CM}/${documentId}`)],
    ['unpublished', (documentId: string) => api('POST', `${CM}/${documentId}/actions/unpublish`, {})],
    ['discarded', (documentId: string) => api('POST', `${CM}/${documentId}/actions/discard`, {})],
  ])('a scheduled release that is %s loses its schedule', async (_case, action) => {
    // Published once without embargo, then changed under embargo: the changed draft is what waits.
    const { documentId } = (await createAndPublish({ title: `Zurückgezogen ${_case}` })).body.data;
    const republish = await api('POST', `${CM}/${documentId}/actions/publish`, { title: `Zurückgezogen ${_case}`, releaseDate: '2026-12-01', embargoUntil: inSeconds(3600) });
    expect(republish.status, JSON.stringify(republish.body)).toBe(200);
    expect(await scheduleOf(documentId)).toMatchObject({ state: 'pending' });
    const response = await action(documentId);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(await scheduleOf(documentId)).toBeNull();
  });

  it('a publication that fails is recorded on its row and tried again later', async () => {
    const { documentId } = (await createAndPublish({ title: 'Fehlschlag', embargoUntil: inSeconds(3600) })).body.data;
    // Time passes, and meanwhile the draft lost its title (the publication validates it).
    const past = new Date(Date.now() - 1000);
    await app.strapi.db.query(PRESS_RELEASE as never).update({ where: { documentId, publishedAt: null }, data: { title: null, embargoUntil: past } });
    await app.strapi.db.query(SCHEDULE as never).update({ where: { releaseDocumentId: documentId }, data: { publishAt: past } });

    expect(await waitFor(async () => Boolean((await scheduleOf(documentId))?.lastError), 10_000)).toBe(true);
    const failed = await scheduleOf(documentId);
    expect(failed).toMatchObject({ state: 'pending', claimedBy: null, attempts: 1 });
    expect(Date.parse(failed.retryAt)).toBeGreaterThan(Date.now());
    expect(await publishedVersion(documentId)).toBeNull();

    // Repaired, and the retry delay has passed: the next tick publishes it.
    await app.strapi.db.query(PRESS_RELEASE as never).update({ where: { documentId, publishedAt: null }, data: { title: 'Fehlschlag behoben' } });
    await app.strapi.db.query(SCHEDULE as never).update({ where: { releaseDocumentId: documentId }, data: { retryAt: past } });
    expect(await waitFor(async () => (await publicStatus(documentId)) === 200, 10_000)).toBe(true);
    expect(await scheduleOf(documentId)).toMatchObject({ state: 'published' });
  }, 30_000);

  it('a schedule written while due releases are being published survives', async () => {
    const due = (await createAndPublish({ title: 'Fällig', embargoUntil: inSeconds(3600) })).body.data.documentId;
    let writing: Promise<{ status: number; body: any }> | undefined;
    // While the cron publishes `due`, an editor schedules another release through the admin. Not
    // awaited inside the publication: its transaction (with its audit entry) holds SQLite's one
    // connection, so the editor's request runs once it has committed, still within the cron's run.
    app.strapi.documents.use((async (context: any, next: () => Promise<unknown>) => {
      if (context.action === 'publish' && context.params.documentId === due && !writing) {
        writing = createAndPublish({ title: 'Währenddessen vorgemerkt', embargoUntil: inSeconds(3600) });
      }
      return next();
    }) as never);
    expect((await api('PUT', `${CM}/${due}`, { embargoUntil: inSeconds(2) })).status).toBe(200);

    expect(await waitFor(async () => (await publicStatus(due)) === 200, 30_000)).toBe(true);
    const written = await writing;
    expect(written?.status).toBe(200);
    expect(await scheduleOf(written!.body.data.documentId)).toMatchObject({ state: 'pending' });
  }, 60_000);

  it.skipIf(process.env.DATABASE_CLIENT !== 'postgres')(
    'two instances on one PostgreSQL database, both running the cron every second, publish each due release exactly once',
    async () => {
      const N = 20;
      const second = spawn(process.execPath, [TSX, path.join(__dirname, 'fixtures', 'embargo-instance.ts'), app.databaseFile], {
        cwd: CMS_DIR,
        env: process.env,
        stdio: ['pipe', 'pipe', 'inherit'],
      });
      const lines = readline.createInterface({ input: second.stdout! });
      const lineStartingWith = (prefix: string) =>
        new Promise<string>((resolve, reject) => {
          lines.on('line', (line) => line.startsWith(prefix) && resolve(line.slice(prefix.length)));
          second.on('exit', (code) => reject(new Error(`second instance exited with ${code}`)));
        });
      try {
        await lineStartingWith('READY');
        const counted: string[] = [];
        app.strapi.documents.use((async (context: any, next: () => Promise<unknown>) => {
          const result = (await next()) as { entries?: Array<{ publishedAt?: string | null }> };
          if (context.uid === PRESS_RELEASE && context.action === 'publish' && result?.entries?.some((entry) => entry.publishedAt)) counted.push(context.params.documentId);
          return result;
        }) as never);

        const dueAt = inSeconds(10);
        const ids: string[] = [];
        for (let i = 0; i < N; i += 1) {
          const response = await createAndPublish({ title: `Zwei Instanzen ${i}`, embargoUntil: dueAt });
          expect(response.status, JSON.stringify(response.body)).toBe(200);
          ids.push(response.body.data.documentId);
        }
        const allPublished = async () => (await Promise.all(ids.map(publishedVersion))).every(Boolean);
        expect(await waitFor(allPublished, 60_000)).toBe(true);
        // A few more ticks of both crons: a second publication would show up now.
        await new Promise((resolve) => setTimeout(resolve, 3000));

        const result = lineStartingWith('RESULT ');
        second.stdin!.end('STOP\n');
        const other = JSON.parse(await result) as { published: string[] };
        const publications = [...counted, ...other.published].filter((id) => ids.includes(id));
        console.log(`two instances: ${N} due, this instance published ${counted.length}, the other ${other.published.length}`);
        expect(publications.sort()).toEqual([...ids].sort());
      } finally {
        second.kill();
      }
    },
    180_000
  );
});
