import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootStrapi, type TestStrapi } from './helpers/strapi';
import { adminApi, adminLogin } from './helpers/admin';

const CM = '/content-manager/collection-types/plugin::verbund.';

let app: TestStrapi;
let coordination: ReturnType<typeof adminApi>;
let communication: ReturnType<typeof adminApi>;
let company: string;

const count = (type: string) => app.strapi.db.query(`plugin::verbund.${type}` as never).count();

/** The stored value as the database layer reads it back, not as the request echoed it. */
const stored = async (type: string, documentId: string, field: string) =>
  ((await app.strapi.db.query(`plugin::verbund.${type}` as never).findOne({ where: { documentId } })) as Record<string, unknown>)[field];

beforeAll(async () => {
  app = await bootStrapi();
  coordination = adminApi(app.url, await adminLogin(app.strapi, app.url, 'koordination-json@verbund.example', 'verbund-koordination'));
  communication = adminApi(app.url, await adminLogin(app.strapi, app.url, 'kommunikation-json@verbund.example', 'verbund-kommunikation'));
  company = (
    await (app.strapi.documents('plugin::verbund.organisation' as never) as any).create({ data: { name: 'Themen GmbH', type: 'company', sizeClass: 'small' } })
  ).documentId;
});

afterAll(async () => {
  await app?.close();
  await app?.cleanup();
});

// The admin's JSON editor sends the text typed into it, not the parsed value: both forms must work.
describe.each([
  ['as the admin JSON editor sends it (text)', (value: unknown) => JSON.stringify(value)],
  ['as a JSON value', (value: unknown) => value],
])('JSON list fields through the admin API, %s', (_name, encode) => {
  it('Koordination saves consultation topics and reads them back', async () => {
    const created = await coordination('POST', `${CM}consultation`, { date: '2024-05-02', format: 'remote', organisation: company, topics: encode(['data_and_ai']) });
    expect(created.status).toBe(201);
    const documentId = created.body.data.documentId;
    expect(await stored('consultation', documentId, 'topics')).toEqual(['data_and_ai']);

    const updated = await coordination('PUT', `${CM}consultation/${documentId}`, { topics: encode(['data_and_ai', 'leadership']) });
    expect(updated.status).toBe(200);
    const read = await coordination('GET', `${CM}consultation/${documentId}`);
    expect(read.body.data.topics).toEqual(['data_and_ai', 'leadership']);
  });

  it('Kommunikation saves press release tags and reads them back', async () => {
    const created = await communication('POST', `${CM}press-release`, { title: 'Verbundkurse für Kleinbetriebe', releaseDate: '2024-05-03', tags: encode(['Auftakt']) });
    expect(created.status).toBe(201);
    const documentId = created.body.data.documentId;

    const updated = await communication('PUT', `${CM}press-release/${documentId}`, { tags: encode(['Verbundkurse', 'Kleinbetriebe']) });
    expect(updated.status).toBe(200);
    const read = await communication('GET', `${CM}press-release/${documentId}`);
    expect(read.body.data.tags).toEqual(['Verbundkurse', 'Kleinbetriebe']);
    expect(await stored('press-release', documentId, 'tags')).toEqual(['Verbundkurse', 'Kleinbetriebe']);
  });

  it('an unknown topic is a German 400 naming „Themen“, nothing saved', async () => {
    const before = await count('consultation');
    const response = await coordination('POST', `${CM}consultation`, { date: '2024-05-02', format: 'remote', organisation: company, topics: encode(['astrologie']) });
    expect(response.status).toBe(400);
    const problem = response.body.error.details.errors.find((candidate: { path: string[] }) => candidate.path[0] === 'topics');
    expect(problem.message).toMatch(/^„Themen“ muss eine Liste bekannter Themen/);
    expect(await count('consultation')).toBe(before);
  });
});

describe('text that is not JSON is refused, not stored as text', () => {
  it.each([
    ['consultation', 'topics', 'data_and_ai', '„Themen“'],
    ['press-release', 'tags', '["Verbundkurse", ', '„Schlagworte“'],
  ])('%s %s = %j', async (type, field, text, label) => {
    const api = type === 'consultation' ? coordination : communication;
    const base = type === 'consultation' ? { date: '2024-05-02', format: 'remote', organisation: company } : { title: 'Kaputte Schlagworte', releaseDate: '2024-05-03' };
    const before = await count(type);
    const response = await api('POST', `${CM}${type}`, { ...base, [field]: text });
    expect(response.status).toBe(400);
    const problem = response.body.error.details.errors.find((candidate: { path: string[] }) => candidate.path[0] === field);
    expect(problem.message).toContain(label);
    expect(await count(type)).toBe(before);
  });
});

describe('topics and tags are custom fields stored as JSON', () => {
  it.each([
    ['consultation', 'topics', 'plugin::verbund.topic-select'],
    ['press-release', 'tags', 'plugin::verbund.tag-input'],
  ])('%s.%s', async (type, field, customField) => {
    // The admin picks the input by `customField`; the database keeps the JSON column it had.
    const response = await coordination('GET', `/content-manager/content-types`);
    const contentType = response.body.data.find((candidate: { uid: string }) => candidate.uid === `plugin::verbund.${type}`);
    expect(contentType.attributes[field]).toMatchObject({ type: 'json', customField });
    expect((app.strapi.db.metadata.get(`plugin::verbund.${type}`) as any).attributes[field].type).toBe('json');
  });
});
