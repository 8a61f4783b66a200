/**
 * Strapi's preview of drafts on the public site: the admin panel asks the content manager for the
 * preview URL (as the role that owns the type), the site's preview page fetches the draft from
 * the plugin with the shared secret. Nobody else gets a draft, also not one under embargo.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi, adminLogin } from './helpers/admin';
import { bootStrapi, type TestStrapi } from './helpers/strapi';

const SITE_URL = 'http://127.0.0.1:4321';
const SECRET = 'vorschau-test-schluessel';
const PRESS = '/content-manager/collection-types/plugin::verbund.press-release';
const inOneWeek = () => new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString();

let app: TestStrapi;
let kommunikation: ReturnType<typeof adminApi>;
let koordination: ReturnType<typeof adminApi>;
let releaseId: string;

const previewUrl = (api: ReturnType<typeof adminApi>, uid: string, documentId: string) =>
  api('GET', `/content-manager/preview/url/${uid}?documentId=${documentId}&status=draft`);
const fetchDraft = (path: string, secret?: string) =>
  fetch(`${app.url}/api/verbund/preview/${path}`, secret === undefined ? {} : { headers: { Authorization: `Bearer ${secret}` } });

beforeAll(async () => {
  app = await bootStrapi({ env: { VERBUND_SITE_URL: SITE_URL, VERBUND_PREVIEW_SECRET: SECRET } });
  kommunikation = adminApi(app.url, await adminLogin(app.strapi, app.url, 'vorschau-presse@example.org', 'verbund-kommunikation'));
  koordination = adminApi(app.url, await adminLogin(app.strapi, app.url, 'vorschau-koordination@example.org', 'verbund-koordination'));
  // "Veröffentlichen" under a future embargo keeps it a draft with a schedule.
  const created = await kommunikation('POST', `${PRESS}/actions/publish`, {
    title: 'Vorschau unter Sperrfrist',
    releaseDate: '2026-12-01',
    lead: 'Noch geheim',
    embargoUntil: inOneWeek(),
  });
  expect(created.status, JSON.stringify(created.body)).toBe(200);
  releaseId = created.body.data.documentId;
});

afterAll(async () => {
  await app?.close();
  await app?.cleanup();
});

describe('the admin panel’s preview', () => {
  it('gives Kommunikation the site’s preview page of a draft press release under embargo', async () => {
    const reply = await previewUrl(kommunikation, 'plugin::verbund.press-release', releaseId);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const url = new URL(reply.body.data.url);
    expect(url.origin).toBe(SITE_URL);
    expect(url.pathname).toBe(`/vorschau/press-releases/${releaseId}`);
    expect(url.searchParams.get('schluessel')).toBe(SECRET);
  });

  it('has a page for course offers and events, and none for internal types', async () => {
    const offer = await koordination('POST', '/content-manager/collection-types/plugin::verbund.course-offer', { title: 'Vorschaukurs' });
    expect(offer.status, JSON.stringify(offer.body)).toBe(201);
    const offerUrl = await previewUrl(koordination, 'plugin::verbund.course-offer', offer.body.data.documentId);
    expect(new URL(offerUrl.body.data.url).pathname).toBe(`/vorschau/course-offers/${offer.body.data.documentId}`);

    const consultation = await koordination('POST', '/content-manager/collection-types/plugin::verbund.consultation', { date: '2026-11-30' });
    const none = await previewUrl(koordination, 'plugin::verbund.consultation', consultation.body.data?.documentId ?? 'x');
    expect(none.status).toBe(204);
  });
});

describe('the draft for the site’s preview page', () => {
  it('answers the draft in the public shape with the secret, embargo or not', async () => {
    const reply = await fetchDraft(`press-releases/${releaseId}`, SECRET);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('cache-control')).toBe('no-store');
    const body = (await reply.json()) as any;
    expect(body.meta).toEqual({ preview: true });
    expect(body.data).toMatchObject({ documentId: releaseId, title: 'Vorschau unter Sperrfrist', lead: 'Noch geheim', publishedAt: null });
  });

  it('refuses without or with a wrong secret, in German, and the public API still has no trace of the draft', async () => {
    for (const secret of [undefined, '', 'falsch']) {
      const reply = await fetchDraft(`press-releases/${releaseId}`, secret);
      expect(reply.status, String(secret)).toBe(401);
      expect(((await reply.json()) as any).error.message).toBe('Die Vorschau ist nur mit dem gültigen Vorschau-Schlüssel abrufbar.');
    }
    expect((await fetch(`${app.url}/api/verbund/press-releases/${releaseId}`)).status).toBe(404);
    const list = (await (await fetch(`${app.url}/api/verbund/press-releases`)).json()) as any;
    expect(list.data.map((r: { documentId: string }) => r.documentId)).not.toContain(releaseId);
  });

  it('answers 404 in German for an unknown document or a type without a page', async () => {
    const unknown = await fetchDraft('press-releases/gibt-es-nicht', SECRET);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as any).error.message).toBe('Nicht gefunden.');
    const internal = await fetchDraft(`consultations/${releaseId}`, SECRET);
    expect(internal.status).toBe(404);
    expect(((await internal.json()) as any).error.message).toBe('Für diesen Inhaltstyp gibt es keine Vorschau.');
  });
});
