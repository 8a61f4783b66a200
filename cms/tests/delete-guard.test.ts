import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootStrapi, CMS_DIR, type TestStrapi } from './helpers/strapi';
import { adminApi, adminLogin } from './helpers/admin';

const CM = '/content-manager/collection-types/plugin::verbund.';
// The smallest valid PNG (1×1 px): the press photo only accepts images.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

let app: TestStrapi;
let coordination: ReturnType<typeof adminApi>;
let communication: ReturnType<typeof adminApi>;
let communicationToken: string;
const uploadedFileIds: number[] = [];

const docs = (type: string) => app.strapi.documents(`plugin::verbund.${type}` as never) as any;
const exists = async (type: string, documentId: string) =>
  (await app.strapi.db.query(`plugin::verbund.${type}` as never).count({ where: { documentId } })) > 0;

const company = (name: string) => docs('organisation').create({ data: { name, type: 'company', sizeClass: 'small' } }).then((d: any) => d.documentId as string);

beforeAll(async () => {
  app = await bootStrapi();
  coordination = adminApi(app.url, await adminLogin(app.strapi, app.url, 'koordination@loeschen.example', 'verbund-koordination'));
  communicationToken = await adminLogin(app.strapi, app.url, 'presse@loeschen.example', 'verbund-kommunikation');
  communication = adminApi(app.url, communicationToken);
});

afterAll(async () => {
  if (!app) return;
  // Uploaded files live in cms/public/uploads: remove what is left of them with their records.
  for (const id of uploadedFileIds) {
    const file = await app.strapi.db.query('plugin::upload.file').findOne({ where: { id } });
    if (file) await app.strapi.db.query('plugin::upload.file').delete({ where: { id } }).then(() => app.strapi.plugin('upload').provider.delete(file));
  }
  await app.close();
  await app.cleanup();
});

describe('a record that others still require cannot be deleted through the admin', () => {
  it('a course run with participations: single and bulk delete are refused, and both records stay', async () => {
    const offer = (await docs('course-offer').create({ data: { title: 'Löschprobe', topic: 'other', format: 'online' }, status: 'published' })).documentId;
    const run = (await docs('course-run').create({ data: { courseOffer: offer, startsOn: '2022-03-01', runStatus: 'completed' }, status: 'published' })).documentId;
    const spare = (await docs('course-run').create({ data: { courseOffer: offer, startsOn: '2022-04-01', runStatus: 'planned' } })).documentId;
    const organisation = await company('Teilnahme GmbH');
    const participations: string[] = [];
    for (const participants of [3, 4, 5]) {
      participations.push((await docs('course-participation').create({ data: { participants, courseRun: run, organisation } })).documentId);
    }

    const single = await coordination('DELETE', `${CM}course-run/${run}`);
    expect(single.status, JSON.stringify(single.body)).toBe(400);
    expect(single.body.error.message).toBe('Diese Kursdurchführung hat noch 3 Kursteilnahmen. Bitte diese zuerst löschen oder umhängen.');
    expect(await exists('course-run', run)).toBe(true);

    // One refused document keeps the whole selection, also the one without participations.
    const bulk = await coordination('POST', `${CM}course-run/actions/bulkDelete`, { documentIds: [spare, run] });
    expect(bulk.status, JSON.stringify(bulk.body)).toBe(400);
    expect(bulk.body.error.message).toMatch(/^Diese Kursdurchführung hat noch 3 Kursteilnahmen\./);
    expect(await exists('course-run', run)).toBe(true);
    expect(await exists('course-run', spare)).toBe(true);
    for (const participation of participations) expect(await exists('course-participation', participation)).toBe(true);

    // Once the participations are gone, the run can go.
    const cleared = await coordination('POST', `${CM}course-participation/actions/bulkDelete`, { documentIds: participations });
    expect(cleared.status, JSON.stringify(cleared.body)).toBe(200);
    const deleted = await coordination('DELETE', `${CM}course-run/${run}`);
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200);
    expect(await exists('course-run', run)).toBe(false);
  });

  it('an event with one participation, deleted by communication', async () => {
    const event = (await docs('event').create({
      data: { title: 'Auftakt Löschprobe', type: 'kickoff', format: 'onsite', startsAt: '2022-05-10T08:00:00Z' },
      status: 'published',
    })).documentId;
    await docs('event-participation').create({ data: { headcount: 2, event, organisation: await company('Besuch GmbH') } });
    const reply = await communication('DELETE', `${CM}event/${event}`);
    expect(reply.status, JSON.stringify(reply.body)).toBe(400);
    expect(reply.body.error.message).toBe('Diese Veranstaltung hat noch 1 Veranstaltungsteilnahme. Bitte diese zuerst löschen oder umhängen.');
    expect(await exists('event', event)).toBe(true);
  });

  it('an organisation named by participations, a consultation and a training need lists all of them', async () => {
    const organisation = await company('Vielfach GmbH');
    const event = (await docs('event').create({ data: { title: 'Werkstatt', type: 'workshop', format: 'online', startsAt: '2022-06-01T08:00:00Z' } })).documentId;
    const run = (await docs('course-run').create({ data: { startsOn: '2022-06-01', runStatus: 'planned' } })).documentId;
    await docs('event-participation').create({ data: { headcount: 1, event, organisation } });
    await docs('event-participation').create({ data: { headcount: 2, event, organisation } });
    await docs('course-participation').create({ data: { participants: 1, courseRun: run, organisation } });
    await docs('consultation').create({ data: { date: '2022-02-02', format: 'remote', organisation } });
    await docs('training-need').create({ data: { identifiedOn: '2022-02-02', topic: 'other', needStatus: 'open', organisation } });
    const reply = await coordination('DELETE', `${CM}organisation/${organisation}`);
    expect(reply.status, JSON.stringify(reply.body)).toBe(400);
    expect(reply.body.error.message).toBe(
      'Diese Organisation hat noch 2 Veranstaltungsteilnahmen, 1 Kursteilnahme, 1 Beratung und 1 Weiterbildungsbedarf. Bitte diese zuerst löschen oder umhängen.'
    );
    expect(await exists('organisation', organisation)).toBe(true);
  });

  it('an optional reference does not block: a provider organisation is deleted and its offer keeps no provider', async () => {
    const provider = (await docs('organisation').create({ data: { name: 'Anbieter weg', type: 'training_provider', sizeClass: 'small' } })).documentId;
    const offer = (await docs('course-offer').create({ data: { title: 'Ohne Anbieter', topic: 'other', format: 'online', provider } })).documentId;
    const reply = await coordination('DELETE', `${CM}organisation/${provider}`);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const stored = await docs('course-offer').findOne({ documentId: offer, populate: ['provider'] });
    expect(stored.provider).toBeNull();
  });
});

describe('a media file used as press photo cannot be deleted from the media library', () => {
  const upload = async (name: string) => {
    const form = new FormData();
    form.append('files', new Blob([PNG], { type: 'image/png' }), name);
    const response = await fetch(`${app.url}/upload`, { method: 'POST', headers: { Authorization: `Bearer ${communicationToken}` }, body: form });
    const body = (await response.json()) as Array<{ id: number; url: string }>;
    expect(response.status, JSON.stringify(body)).toBe(201);
    uploadedFileIds.push(body[0].id);
    return body[0];
  };
  const fileExists = async (id: number) => (await app.strapi.db.query('plugin::upload.file').count({ where: { id } })) > 0;
  const onDisk = (url: string) => existsSync(path.join(CMS_DIR, 'public', url));

  it('single and bulk delete name the press releases; the file stays in the library and on disk', async () => {
    const photo = await upload('auftakt.png');
    for (const title of ['Auftakt des Verbunds', 'Rückblick Auftakt']) {
      const created = await communication('POST', `${CM}press-release`, {
        title,
        releaseDate: '2022-01-20',
        photos: [{ image: photo.id, caption: 'Gruppenbild', credit: 'Verbund' }],
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
    }
    expect(onDisk(photo.url)).toBe(true);

    const single = await communication('DELETE', `/upload/files/${photo.id}`);
    expect(single.status, JSON.stringify(single.body)).toBe(400);
    expect(single.body.error.message).toBe(
      'Die Datei „auftakt.png“ ist Pressefoto in den Pressemitteilungen „Auftakt des Verbunds“ und „Rückblick Auftakt“. Bitte das Foto zuerst dort entfernen.'
    );
    const bulk = await communication('POST', '/upload/actions/bulk-delete', { fileIds: [photo.id] });
    expect(bulk.status, JSON.stringify(bulk.body)).toBe(400);
    expect(bulk.body.error.message).toMatch(/^Die Datei „auftakt\.png“ ist Pressefoto/);
    expect(await fileExists(photo.id)).toBe(true);
    expect(onDisk(photo.url)).toBe(true);
  });

  it('a file no press release uses is deleted', async () => {
    const spare = await upload('unbenutzt.png');
    const reply = await communication('DELETE', `/upload/files/${spare.id}`);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(await fileExists(spare.id)).toBe(false);
    expect(onDisk(spare.url)).toBe(false);
  });
});
