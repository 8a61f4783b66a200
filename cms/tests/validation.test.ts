import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootStrapi, type TestStrapi } from './helpers/strapi';
import { adminApi, adminLogin } from './helpers/admin';

const CM = '/content-manager/collection-types/plugin::verbund.';

let app: TestStrapi;
let api: ReturnType<typeof adminApi>;
let provider: string;
let company: string;
let run: string;

const count = (type: string) => app.strapi.db.query(`plugin::verbund.${type}` as never).count();

/** Posts through the admin API a coordinator uses and expects a 400 naming `field`, with nothing saved. */
const expectRefused = async (type: string, data: Record<string, unknown>, field: string, pattern: RegExp) => {
  const before = await count(type);
  const response = await api('POST', `${CM}${type}`, data);
  expect(response.status).toBe(400);
  const problems = response.body.error.details.errors as Array<{ path: string[]; message: string }>;
  const problem = problems.find((candidate) => candidate.path[0] === field);
  expect(problem?.message).toMatch(pattern);
  expect(await count(type)).toBe(before);
};

beforeAll(async () => {
  app = await bootStrapi();
  api = adminApi(app.url, await adminLogin(app.strapi, app.url, 'validierung@verbund.example'));
  const docs = (type: string) => app.strapi.documents(`plugin::verbund.${type}` as never) as any;
  provider = (await docs('organisation').create({ data: { name: 'Bildungswerk Test', type: 'training_provider', sizeClass: 'small' } })).documentId;
  company = (await docs('organisation').create({ data: { name: 'Muster GmbH', type: 'company', sizeClass: 'small' } })).documentId;
  const offer = (await docs('course-offer').create({ data: { title: 'Grundlagen KI', topic: 'data_and_ai', format: 'online', provider }, status: 'published' })).documentId;
  run = (await docs('course-run').create({ data: { courseOffer: offer, startsOn: '2022-03-01', endsOn: '2022-03-05', seats: 12, runStatus: 'completed' }, status: 'published' })).documentId;
});

afterAll(async () => {
  await app?.close();
  await app?.cleanup();
});

describe('bad input is refused with a 400 that names the field, and nothing is saved', () => {
  it('an event that ends before it starts', () =>
    expectRefused('event', { title: 'Workshop', type: 'workshop', format: 'onsite', startsAt: '2022-05-10T10:00:00Z', endsAt: '2022-05-10T09:00:00Z' }, 'endsAt', /Ende der Veranstaltung/));

  it('a course run that ends before it starts', () =>
    expectRefused('course-run', { startsOn: '2022-05-10', endsOn: '2022-05-01', runStatus: 'planned' }, 'endsOn', /Ende der Kursdurchführung/));

  it('negative seats', () => expectRefused('course-run', { startsOn: '2022-05-10', seats: -1, runStatus: 'planned' }, 'seats', /„Plätze“ darf nicht negativ sein/));

  it('negative headcount', () =>
    expectRefused('event-participation', { headcount: -2, organisation: company }, 'headcount', /„Personen“ darf nicht negativ sein/));

  it('negative participants', () =>
    expectRefused('course-participation', { participants: -5, courseRun: run, organisation: company }, 'participants', /„Teilnehmende“ darf nicht negativ sein/));

  it.each([0, 9])('dqrLevel %i outside 1–8', (dqrLevel) =>
    expectRefused('course-offer', { title: 'Kurs', topic: 'other', format: 'onsite', dqrLevel }, 'dqrLevel', /DQR-Niveau/));

  it('partnerUntil before partnerSince', () =>
    expectRefused('organisation', { name: 'Kurz GmbH', type: 'company', sizeClass: 'micro', partnerSince: '2022-06-01', partnerUntil: '2022-01-31' }, 'partnerUntil', /nicht vor „Verbundpartner seit“/));

  it('a participation that refers to a missing course run', () =>
    expectRefused('course-participation', { participants: 3, courseRun: 'gibt-es-nicht', organisation: company }, 'courseRun', /existiert nicht/));

  it('a participation without a course run', () =>
    expectRefused('course-participation', { participants: 3, organisation: company }, 'courseRun', /Kursdurchführung wählen/));

  it('an unknown enum value, naming the allowed keys with their German labels', () =>
    expectRefused('organisation', { name: 'Alien AG', type: 'alien', sizeClass: 'small' }, 'type', /„alien“ ist nicht zulässig \(erlaubt: company \(Unternehmen\), training_provider \(Weiterbildungsträger\),/));

  it('unknown consultation topics', () =>
    expectRefused('consultation', { date: '2022-02-02', format: 'remote', organisation: company, topics: ['astrology'] }, 'topics', /bekannter Themen/));

  it('an update that would put the record into an impossible state leaves it unchanged', async () => {
    const documentId = (await app.strapi.documents('plugin::verbund.organisation' as never).create({
      data: { name: 'Beständig GmbH', type: 'company', sizeClass: 'medium', partnerSince: '2022-01-01' },
    } as never)) as unknown as { documentId: string };
    const response = await api('PUT', `${CM}organisation/${documentId.documentId}`, { partnerUntil: '2021-12-31' });
    expect(response.status).toBe(400);
    const stored = await app.strapi.db.query('plugin::verbund.organisation' as never).findOne({ where: { documentId: documentId.documentId } });
    expect(stored.partnerUntil).toBeNull();
  });
});

describe('slugs are made on the server', () => {
  it('from the title when missing, and unique', async () => {
    const first = await api('POST', `${CM}working-group`, { name: 'Arbeitskreis Digitalisierung & KI' });
    const second = await api('POST', `${CM}working-group`, { name: 'Arbeitskreis Digitalisierung & KI' });
    expect(first.status).toBe(201);
    expect(first.body.data.slug).toBe('arbeitskreis-digitalisierung-ki');
    expect(second.body.data.slug).toBe('arbeitskreis-digitalisierung-ki-2');
  });

  it('with German umlauts transliterated', async () => {
    const created = await api('POST', `${CM}organisation`, { name: 'Größe & Qualität Prüfgesellschaft', type: 'company', sizeClass: 'small' });
    expect(created.body.data.slug).toBe('groesse-qualitaet-pruefgesellschaft');
  });

  it('a slug that is already taken is refused', async () => {
    await expectRefused('organisation', { name: 'Andere', slug: 'groesse-qualitaet-pruefgesellschaft', type: 'company', sizeClass: 'small' }, 'slug', /bereits vergeben/);
  });
});
