/**
 * The public API's response cache: a repeated request is answered from memory (X-Cache: HIT) with
 * an ETag (304 for a client that holds it) and a short Cache-Control; errors are never kept; every
 * publish, withdrawal, edit and embargo end shows at once on this instance, and on a second
 * instance on the same database once its poll of the change counter sees it. The two-process test
 * runs on SQLite too: both processes open the same file, whose locking serialises their writes,
 * and the counter is read the same way as on PostgreSQL (the CI's database).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_CONTROL, CHANGE_COUNTER } from '../src/plugins/verbund/server/src/services/public-cache';
import { adminApi, adminLogin } from './helpers/admin';
import { cmPath } from './helpers/records';
import { bootStrapi, CMS_DIR, type TestStrapi } from './helpers/strapi';

const TSX = path.join(CMS_DIR, '..', 'node_modules', 'tsx', 'dist', 'cli.mjs');
let app: TestStrapi;
let koordination: ReturnType<typeof adminApi>;
let kommunikation: ReturnType<typeof adminApi>;
let provider: string;
const OFFER_CM = cmPath('course-offer');
const PRESS_CM = cmPath('press-release');

const get = async (url: string, headers: Record<string, string> = {}) => {
  const response = await fetch(url, { headers });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: text ? JSON.parse(text) : null };
};
const api = (route: string, headers?: Record<string, string>) => get(`${app.url}/api/verbund/${route}`, headers);
const offerTitles = async (base = app.url) => (await get(`${base}/api/verbund/course-offers?pagination[pageSize]=100`)).body.data.map((offer: any) => offer.title) as string[];
const searchTitles = async (q: string, base = app.url) => (await get(`${base}/api/verbund/search?q=${encodeURIComponent(q)}`)).body.data.map((offer: any) => offer.title) as string[];
const releaseTitles = async () => (await api('press-releases')).body.data.map((release: any) => release.title) as string[];

const waitFor = async (check: () => Promise<boolean>, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
};

const createOffer = async (title: string) => {
  const response = await koordination('POST', `${OFFER_CM}/actions/publish`, { title, topic: 'leadership', format: 'online', provider });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.data.documentId as string;
};

beforeAll(async () => {
  app = await bootStrapi();
  koordination = adminApi(app.url, await adminLogin(app.strapi, app.url, 'koordination-cache@verbund.example', 'verbund-koordination'));
  kommunikation = adminApi(app.url, await adminLogin(app.strapi, app.url, 'presse-cache@verbund.example', 'verbund-kommunikation'));
  provider = (await app.strapi.documents('plugin::verbund.organisation' as never).create({ data: { name: 'Cache-Akademie', type: 'training_provider', sizeClass: 'small' } } as never)).documentId;
}, 120_000);

afterAll(async () => {
  await app?.close();
  await app?.cleanup();
});

describe('response cache', () => {
  it.each(['course-offers?pagination[pageSize]=5', 'training-providers', 'search?q=Akademie'])(
    'answers a repeated GET %s from memory, with ETag and Cache-Control',
    async (route) => {
      const first = await api(route);
      const second = await api(route);
      expect(first.status).toBe(200);
      expect([first.headers.get('x-cache'), second.headers.get('x-cache')]).toEqual(['MISS', 'HIT']);
      expect(second.text).toBe(first.text);
      expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
      expect(first.headers.get('etag')).toMatch(/^".+"$/);
      expect(second.headers.get('cache-control')).toBe(CACHE_CONTROL);
    }
  );

  it('treats the same parameters in another order as the same request', async () => {
    await api('search?topic=leadership&format=online');
    expect((await api('search?format=online&topic=leadership')).headers.get('x-cache')).toBe('HIT');
  });

  it('answers 304 without a body to a client that holds the current ETag, 200 to one with an old one', async () => {
    const { headers } = await api('course-offers');
    const etag = headers.get('etag')!;
    const again = await api('course-offers', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect((await api('course-offers', { 'If-None-Match': '"alt"' })).status).toBe(200);
  });

  it.each(['course-offers?pagination[page]=0', 'search?sort=beliebt', 'course-offers/gibt-es-nicht'])('never keeps an error: %s', async (route) => {
    for (let i = 0; i < 2; i += 1) {
      const response = await api(route);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.headers.get('x-cache')).toBeNull();
      expect(response.headers.get('cache-control') ?? '').not.toContain('public');
    }
  });
});

describe('anonymous answers before authentication, signed-in answers apart', () => {
  /** A users-permissions user of the authenticated role, signed in through the API. */
  const signIn = async () => {
    const role = await app.strapi.db.query('plugin::users-permissions.role' as never).findOne({ where: { type: 'authenticated' } });
    await app.strapi.plugin('users-permissions').service('user').add({
      username: 'leserin-cache',
      email: 'leserin-cache@example.org',
      password: 'Passwort-1234',
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: (role as { id: number }).id,
    });
    const response = await fetch(`${app.url}/api/auth/local`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ identifier: 'leserin-cache@example.org', password: 'Passwort-1234' }),
    });
    expect(response.status).toBe(200);
    return `Bearer ${((await response.json()) as { jwt: string }).jwt}`;
  };

  it('never answers a request with an Authorization header from the anonymous answers, nor an anonymous one from the signed-in answers', async () => {
    const bearer = await signIn();
    expect((await api('working-groups?sort=name')).headers.get('x-cache')).toBe('MISS');
    expect((await api('working-groups?sort=name')).headers.get('x-cache')).toBe('HIT');
    // A token that is no token is refused by the authentication, not served the kept anonymous answer.
    const forged = await api('working-groups?sort=name', { Authorization: 'Bearer kein-gueltiges-token' });
    expect(forged.status).toBe(401);
    expect(forged.headers.get('x-cache')).toBeNull();
    const signedIn = await api('working-groups?sort=name', { Authorization: bearer });
    expect([signedIn.status, signedIn.headers.get('x-cache')]).toEqual([200, 'MISS']);
    expect((await api('working-groups?sort=name', { Authorization: bearer })).headers.get('x-cache')).toBe('HIT');

    // The other way round: a route first asked by a signed-in client is computed anew for the public.
    expect((await api('press-contacts?sort=name', { Authorization: bearer })).headers.get('x-cache')).toBe('MISS');
    expect((await api('press-contacts?sort=name')).headers.get('x-cache')).toBe('MISS');
  });

  it('a permission the public role loses is not outlived by its kept answers', async () => {
    const permissions = app.strapi.db.query('plugin::users-permissions.permission' as never);
    const publicRole = (await app.strapi.db.query('plugin::users-permissions.role' as never).findOne({ where: { type: 'public' } })) as { id: number };
    const action = 'plugin::verbund.training-providers.find';
    expect((await api('training-providers?sort=name')).status).toBe(200);
    expect((await api('training-providers?sort=name')).headers.get('x-cache')).toBe('HIT');
    // What the admin panel's role editor does when a box is unticked (users-permissions' role service).
    await permissions.deleteMany({ where: { action, role: publicRole.id } });
    try {
      const refused = await api('training-providers?sort=name');
      expect(refused.status).toBe(403);
      expect(refused.headers.get('x-cache')).toBeNull();
    } finally {
      await permissions.create({ data: { action, role: publicRole.id } });
    }
    expect((await api('training-providers?sort=name')).status).toBe(200);
  });
});

describe('changes show at once on this instance', () => {
  it('publish, edit and withdrawal of an offer in the admin panel, in the list, the detail and the search', async () => {
    await offerTitles();
    await searchTitles('Gesprächsführung');
    expect((await api('course-offers?pagination[pageSize]=100')).headers.get('x-cache')).toBe('HIT');

    const documentId = await createOffer('Gesprächsführung im Team');
    expect(await offerTitles()).toContain('Gesprächsführung im Team');
    expect(await searchTitles('Gesprächsführung')).toEqual(['Gesprächsführung im Team']);
    expect((await api(`course-offers/${documentId}`)).body.data.title).toBe('Gesprächsführung im Team');

    expect((await koordination('POST', `${OFFER_CM}/${documentId}/actions/publish`, { title: 'Gesprächsführung für Führungskräfte' })).status).toBe(200);
    expect((await api(`course-offers/${documentId}`)).body.data.title).toBe('Gesprächsführung für Führungskräfte');
    expect(await offerTitles()).toContain('Gesprächsführung für Führungskräfte');
    expect(await searchTitles('Gesprächsführung')).toEqual(['Gesprächsführung für Führungskräfte']);

    expect((await koordination('POST', `${OFFER_CM}/${documentId}/actions/unpublish`, {})).status).toBe(200);
    expect(await offerTitles()).not.toContain('Gesprächsführung für Führungskräfte');
    expect(await searchTitles('Gesprächsführung')).toEqual([]);
    expect((await api(`course-offers/${documentId}`)).status).toBe(404);
  });

  it('a release the embargo cron publishes is listed as soon as it is published', async () => {
    const embargoUntil = new Date(Date.now() + 3000).toISOString();
    const response = await kommunikation('POST', `${PRESS_CM}/actions/publish`, { title: 'Sperrfrist endet gleich', releaseDate: '2026-12-01', embargoUntil });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const { documentId } = response.body.data;
    expect(await releaseTitles()).not.toContain('Sperrfrist endet gleich');
    expect((await api('press-releases')).headers.get('x-cache')).toBe('HIT');
    const published = () => app.strapi.documents('plugin::verbund.press-release' as never).findOne({ documentId, status: 'published' } as never);
    expect(await waitFor(async () => Boolean(await published()), 30_000)).toBe(true);
    expect(await releaseTitles()).toContain('Sperrfrist endet gleich');
  }, 40_000);

  it('a published release whose embargo lies ahead is hidden until then, and shown as soon as it ends, although nothing was written meanwhile', async () => {
    const response = await kommunikation('POST', `${PRESS_CM}/actions/publish`, { title: 'Schon veröffentlicht, noch gesperrt', releaseDate: '2026-12-01' });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    // Older data (or a direct import) may hold a published version with an embargo ahead; the public scope hides it.
    const endsAt = new Date(Date.now() + 2500);
    await app.strapi.db.query('plugin::verbund.press-release' as never).update({
      where: { documentId: response.body.data.documentId, publishedAt: { $notNull: true } },
      data: { embargoUntil: endsAt },
    });
    // That write bypassed the document service, so nothing counted it: start from a fresh cache.
    app.strapi.plugin('verbund').service('public-cache').invalidate();
    expect(await releaseTitles()).not.toContain('Schon veröffentlicht, noch gesperrt');
    expect((await api('press-releases')).headers.get('x-cache')).toBe('HIT');
    await new Promise((resolve) => setTimeout(resolve, endsAt.getTime() - Date.now() + 50));
    const after = await api('press-releases');
    expect(after.headers.get('x-cache')).toBe('MISS');
    expect(after.body.data.map((release: any) => release.title)).toContain('Schon veröffentlicht, noch gesperrt');
  });

  it('an edit of a press photo in the media library shows at once', async () => {
    const image = await app.strapi.db.query('plugin::upload.file' as never).create({
      data: { name: 'pressefoto.jpg', hash: 'pressefoto_cache', ext: '.jpg', mime: 'image/jpeg', size: 1.2, width: 10, height: 10, url: '/uploads/pressefoto_cache.jpg', provider: 'local', alternativeText: 'Alter Text' },
    } as never);
    const response = await kommunikation('POST', `${PRESS_CM}/actions/publish`, {
      title: 'Mit Pressefoto',
      releaseDate: '2026-12-01',
      photos: [{ image: image.id, caption: 'Auftakt', credit: 'Verbund' }],
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const altText = async () => (await api(`press-releases/${response.body.data.documentId}?populate=photos`)).body.data.photos[0].image.alternativeText;
    expect(await altText()).toBe('Alter Text');
    expect((await api(`press-releases/${response.body.data.documentId}?populate=photos`)).headers.get('x-cache')).toBe('HIT');
    await app.strapi.plugin('upload').service('upload').updateFileInfo(image.id, { alternativeText: 'Neuer Text' });
    expect(await altText()).toBe('Neuer Text');
  });

  it('counts a change in the shared counter; a change the validation refuses counts nothing', async () => {
    const counter = async () => ((await app.strapi.db.query(CHANGE_COUNTER as never).findOne({ where: { key: 'public-content' } })) as { counter: number }).counter;
    const before = await counter();
    const documentId = await createOffer('Zählprobe');
    expect(await counter()).toBeGreaterThan(before);
    const afterCreate = await counter();
    // A change the validation refuses writes nothing and counts nothing.
    expect((await koordination('PUT', `${OFFER_CM}/${documentId}`, { dqrLevel: 12 })).status).toBe(400);
    expect(await counter()).toBe(afterCreate);
  });
});

describe('another instance on the same database', () => {
  it('sees the counter move: a change written elsewhere clears this instance’s answers and search index', async () => {
    expect(await searchTitles('Fernlehrgang')).toEqual([]);
    expect((await api('search?q=Fernlehrgang')).headers.get('x-cache')).toBe('HIT');
    // What another instance does, without this one's document service: the row, then the counter.
    const documentId = await createOffer('Fernlehrgang Controlling');
    const rows = app.strapi.db.query('plugin::verbund.course-offer' as never);
    await rows.update({ where: { documentId, publishedAt: { $notNull: true } }, data: { title: 'Fernlehrgang Kostenrechnung' } });
    await app.strapi.db.getConnection('verbund_change_counters').where('key', 'public-content').increment('counter', 1);
    expect(await waitFor(async () => (await searchTitles('Fernlehrgang')).includes('Fernlehrgang Kostenrechnung'), 10_000)).toBe(true);
    expect(await offerTitles()).toContain('Fernlehrgang Kostenrechnung');
  });

  it('two Strapi processes on one database: a publish and a withdrawal on the first show on the second (list and search)', async () => {
    const second = spawn(process.execPath, [TSX, path.join(__dirname, 'fixtures', 'public-instance.ts'), app.databaseFile], {
      cwd: CMS_DIR,
      env: process.env,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    try {
      const other = await new Promise<string>((resolve, reject) => {
        readline.createInterface({ input: second.stdout! }).on('line', (line) => line.startsWith('READY ') && resolve(line.slice(6)));
        second.on('exit', (code) => reject(new Error(`second instance exited with ${code}`)));
      });
      // The second instance has answered (and cached) before the change.
      expect(await offerTitles(other)).not.toContain('Zweite Instanz');
      expect(await searchTitles('Zweite Instanz', other)).toEqual([]);
      expect((await get(`${other}/api/verbund/search?q=${encodeURIComponent('Zweite Instanz')}`)).headers.get('x-cache')).toBe('HIT');

      let started = Date.now();
      const documentId = await createOffer('Zweite Instanz');
      expect(await waitFor(async () => (await offerTitles(other)).includes('Zweite Instanz'), 15_000)).toBe(true);
      expect(await searchTitles('Zweite Instanz', other)).toEqual(['Zweite Instanz']);
      const shownAfter = Date.now() - started;

      started = Date.now();
      expect((await koordination('POST', `${OFFER_CM}/${documentId}/actions/unpublish`, {})).status).toBe(200);
      expect(await waitFor(async () => (await searchTitles('Zweite Instanz', other)).length === 0, 15_000)).toBe(true);
      expect(await offerTitles(other)).not.toContain('Zweite Instanz');
      console.log(`second instance: publish visible after ${shownAfter} ms, withdrawal after ${Date.now() - started} ms (poll every 1000 ms)`);
    } finally {
      second.stdin!.end('STOP\n');
      await new Promise((resolve) => second.once('exit', resolve));
    }
  }, 180_000);
});
