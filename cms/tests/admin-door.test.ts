/**
 * Every type through the door its editors use: the content manager's admin API, logged in as the
 * admin role that owns the type. A record with every field set comes back exactly as sent (create
 * and update), and the bad values found in issue 8 are refused with a German message next to the
 * field, without writing anything.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TYPE_NAMES, type TypeName } from '../src/plugins/verbund/server/src/constants';
import { bootStrapi, type TestStrapi } from './helpers/strapi';
import { attributesOf, cmPath, createRefs, ownerApis, isSingleType, validRecord, type Refs } from './helpers/records';

let app: TestStrapi;
let refs: Refs;
let apiFor: Awaited<ReturnType<typeof ownerApis>>;

const uid = (type: TypeName) => `plugin::verbund.${type}`;
const rowCount = (type: TypeName) => app.strapi.db.query(uid(type) as never).count();

const withoutIds = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'id' && key !== '__temp_key__').map(([key, item]) => [key, withoutIds(item)]));
  return value;
};

/** What is stored for each field of `sent`, read back the way an editor sees it (relations as document ids, media as ids). */
const readBack = async (type: TypeName, documentId: string, sent: Record<string, unknown>) => {
  const attributes = attributesOf(type);
  const populate = Object.fromEntries(
    Object.keys(sent)
      .filter((field) => ['relation', 'component'].includes(attributes[field].type))
      .map((field) => [field, attributes[field].type === 'component' ? { populate: '*' } : { fields: ['documentId'] }])
  );
  const stored = await (app.strapi.documents(uid(type) as never) as any).findOne({ documentId, populate });
  return Object.fromEntries(
    Object.keys(sent).map((field) => {
      const value = stored[field];
      if (attributes[field].type === 'relation') return [field, Array.isArray(value) ? value.map((item: any) => item.documentId) : value?.documentId ?? null];
      if (field === 'photos') return [field, withoutIds(value.map((photo: any) => ({ ...photo, image: photo.image?.id })))];
      return [field, withoutIds(value)];
    })
  );
};

beforeAll(async () => {
  app = await bootStrapi();
  refs = await createRefs(app.strapi);
  apiFor = await ownerApis(app.strapi, app.url);
});

afterAll(async () => {
  await app?.close();
  await app?.cleanup();
});

describe.each(TYPE_NAMES)('%s through the content manager', (type) => {
  it('round-trips every field on create and on update', async () => {
    const api = apiFor(type);
    const sent = validRecord(type, refs, 1);
    const created = isSingleType(type) ? await api('PUT', cmPath(type), sent) : await api('POST', cmPath(type), sent);
    expect(created.status, JSON.stringify(created.body)).toBeLessThan(300);
    const documentId = created.body.data.documentId as string;
    expect(await readBack(type, documentId, sent)).toEqual(sent);

    const changed = validRecord(type, refs, 2);
    const updated = await api('PUT', cmPath(type, documentId), changed);
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    expect(await readBack(type, documentId, changed)).toEqual(changed);
  });
});

/** The bad inputs reported in issue 8, each with the field and the German words the answer must contain. */
const BAD_INPUTS: Array<[TypeName, Record<string, unknown>, string, RegExp]> = [
  ['press-release', { title: 1 }, 'title', /„Titel“ muss ein Text sein/],
  ['organisation', { name: ['x'] }, 'name', /„Name“ muss ein Text sein/],
  ['event', { title: { $gt: '' } }, 'title', /„Titel“ muss ein Text sein/],
  ['event', { startsAt: '+099999-01-01T00:00:00Z' }, 'startsAt', /„Beginn“ muss ein Datum im Format/],
  ['event', { startsAt: '2101-01-01T00:00:00Z' }, 'startsAt', /„Beginn“ muss zwischen 1990 und 2100 liegen/],
  ['event-participation', { headcount: 1e20 }, 'headcount', /„Personen“ darf höchstens 10\.000 sein/],
  ['course-run', { seats: 1e20 }, 'seats', /„Plätze“ darf höchstens 10\.000 sein/],
  ['organisation', { partnerSince: '0000-01-01' }, 'partnerSince', /„Verbundpartner seit“ muss zwischen 1990 und 2100 liegen/],
  ['press-release', { body: 'Nur ein Text' }, 'body', /„Text“ ist kein Text aus Blöcken/],
  ['press-release', { body: [{ type: 'marquee', children: [] }] }, 'body', /„Text“ enthält einen unbekannten Blocktyp/],
  ['course-run', { startsOn: '2025-02-30' }, 'startsOn', /„Beginn“: „2025-02-30“ ist kein gültiges Datum/],
  ['event', { title: 'x'.repeat(301) }, 'title', /„Titel“ darf höchstens 300 Zeichen lang sein/],
  ['event', { isPublic: 'ja' }, 'isPublic', /„Öffentlich“ muss true oder false sein/],
  ['organisation', { website: 'www.beispiel.de' }, 'website', /„Website“ hat nicht das erwartete Format: Vollständige Adresse mit https:\/\//],
  ['contact', { email: 'erika(at)beispiel.de' }, 'email', /„E-Mail“ muss eine E-Mail-Adresse sein/],
  ['event', { venue: { postcode: '3810' } }, 'venue', /„Veranstaltungsort: PLZ“ hat nicht das erwartete Format: Fünfstellige Postleitzahl/],
  ['event', { agenda: [{ time: '14:00' }] }, 'agenda', /„Programm Nr\. 1: Programmpunkt“ ist ein Pflichtfeld/],
  ['training-need', { organisation: { $gt: '' } }, 'organisation', /„Organisation“: Bitte einen bestehenden Eintrag wählen/],
  ['course-participation', { courseRun: 1e20 }, 'courseRun', /„Kursdurchführung“: Bitte einen bestehenden Eintrag wählen/],
];

describe('bad input through the content manager', () => {
  it.each(BAD_INPUTS)('%s %j is refused naming the field, nothing written', async (type, bad, field, pattern) => {
    const api = apiFor(type);
    const before = await rowCount(type);
    const response = await api(isSingleType(type) ? 'PUT' : 'POST', cmPath(type), { ...validRecord(type, refs, 7), ...bad });
    expect(response.status, JSON.stringify(response.body)).toBe(400);
    const problem = (response.body.error.details.errors as Array<{ path: string[]; message: string }>).find((candidate) => candidate.path[0] === field);
    expect(problem?.message).toMatch(pattern);
    expect(await rowCount(type)).toBe(before);
  });

  it('a component field error points at the entry and field, so the admin shows it there', async () => {
    const response = await apiFor('event')('POST', cmPath('event'), { ...validRecord('event', refs, 8), agenda: [{ title: 'Begrüßung' }, { title: 7 }] });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors).toEqual([expect.objectContaining({ path: ['agenda', '1', 'title'], message: '„Programm Nr. 2: Programmpunkt“ muss ein Text sein.' })]);
  });

  it('an update with a bad value leaves the stored record as it was', async () => {
    const api = apiFor('course-run');
    const created = await api('POST', cmPath('course-run'), validRecord('course-run', refs, 9));
    const documentId = created.body.data.documentId;
    const before = await readBack('course-run', documentId, validRecord('course-run', refs, 9));
    const response = await api('PUT', cmPath('course-run', documentId), { ...validRecord('course-run', refs, 3), seats: 1e20 });
    expect(response.status).toBe(400);
    expect(await readBack('course-run', documentId, validRecord('course-run', refs, 9))).toEqual(before);
  });
});

describe('the document service, which plugin code and seeds write through', () => {
  it.each([1, ['x'], { $gt: '' }])('refuses title %j with a German ValidationError before a slug is made from it', async (title) => {
    const before = await rowCount('press-release');
    const attempt = (app.strapi.documents(uid('press-release') as never) as any).create({ data: { title, releaseDate: '2024-01-01' } });
    await expect(attempt).rejects.toMatchObject({ name: 'ValidationError', message: expect.stringContaining('„Titel“ muss ein Text sein') });
    expect(await rowCount('press-release')).toBe(before);
  });
});

describe('request bodies the parser refuses', () => {
  it('a body over the size limit answers 413 in German', async () => {
    const api = apiFor('event');
    const response = await api('POST', cmPath('event'), { ...validRecord('event', refs, 10), description: 'x'.repeat(1_100_000) });
    expect(response.status).toBe(413);
    expect(response.body.error.message).toMatch(/Die Anfrage ist zu groß/);
  });

  it('a body that is no JSON answers 400 in German', async () => {
    const response = await fetch(`${app.url}/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"email": ' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).error.message).toMatch(/kein gültiges JSON/);
  });
});
