/**
 * Relation pickers, titles and lists identify records by a computed display name (a course run by
 * its offer, city and date, not its city alone), and pickers' wrong choices are refused: a press
 * release only takes a press contact, a course offer only a training provider.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TypeName } from '../src/plugins/verbund/server/src/constants';
import { cmPath, ownerApis } from './helpers/records';
import { bootStrapi, type TestStrapi } from './helpers/strapi';

let app: TestStrapi;
let apiFor: Awaited<ReturnType<typeof ownerApis>>;
let organisation: string;
let company: string;
let offer: string;
let run: string;

const create = async (type: TypeName, data: Record<string, unknown>) => {
  const response = await apiFor(type)('POST', cmPath(type), data);
  expect(response.status, JSON.stringify(response.body)).toBeLessThan(300);
  return response.body.data as Record<string, any>;
};

const read = async (type: TypeName, documentId: string) => (await apiFor(type)('GET', cmPath(type, documentId))).body.data as Record<string, any>;

beforeAll(async () => {
  app = await bootStrapi();
  apiFor = await ownerApis(app.strapi, app.url);
  organisation = (await create('organisation', { name: 'Okerplan GmbH', type: 'training_provider', sizeClass: 'small' })).documentId;
  company = (await create('organisation', { name: 'Stahlbau Nord AG', type: 'company', sizeClass: 'large' })).documentId;
  offer = (await create('course-offer', { title: 'KI-Grundlagen', provider: organisation })).documentId;
  run = (await create('course-run', { courseOffer: offer, startsOn: '2027-03-10', city: 'Salzgitter' })).documentId;
});

afterAll(async () => {
  await app?.close();
  await app?.cleanup();
});

describe('display names', () => {
  it('names a course run by offer, city and German date, whatever the client sent', async () => {
    const created = await create('course-run', { courseOffer: offer, startsOn: '2027-04-01', city: 'Goslar', displayName: 'vom Client' });
    expect(created.displayName).toBe('KI-Grundlagen · Goslar · 01.04.2027');
    expect((await read('course-run', run)).displayName).toBe('KI-Grundlagen · Salzgitter · 10.03.2027');
  });

  it('names consultations, needs, participations and indicator targets', async () => {
    const consultation = await create('consultation', { organisation, date: '2022-01-13' });
    expect((await read('consultation', consultation.documentId)).displayName).toBe('Beratung Okerplan GmbH · 13.01.2022');
    const need = await create('training-need', { organisation, identifiedOn: '2022-02-01', consultation: consultation.documentId });
    expect((await read('training-need', need.documentId)).displayName).toBe('Bedarf Okerplan GmbH · 01.02.2022');
    const participation = await create('course-participation', { courseRun: run, organisation: company, participants: 3 });
    expect((await read('course-participation', participation.documentId)).displayName).toBe('Stahlbau Nord AG · KI-Grundlagen · Salzgitter · 10.03.2027');
    const event = await create('event', { title: 'Auftakt', startsAt: '2022-03-31T22:30:00.000Z' });
    const attended = await create('event-participation', { event: event.documentId, organisation: company, headcount: 2 });
    // 22:30 UTC on 31 March is 1 April in German time.
    expect((await read('event-participation', attended.documentId)).displayName).toBe('Stahlbau Nord AG · Auftakt · 01.04.2022');
    const target = await create('indicator-target', { indicator: 'companies_counselled', period: 'project_year_1', target: 20 });
    expect((await read('indicator-target', target.documentId)).displayName).toBe('Beratene Unternehmen · Projektjahr 1');
  });

  it('updates the name when the record changes', async () => {
    await apiFor('course-run')('PUT', cmPath('course-run', run), { city: 'Wolfsburg' });
    expect((await read('course-run', run)).displayName).toBe('KI-Grundlagen · Wolfsburg · 10.03.2027');
    await apiFor('course-run')('PUT', cmPath('course-run', run), { city: 'Salzgitter' });
  });

  it('renames the records that show a renamed organisation or offer', async () => {
    const other = (await create('organisation', { name: 'Alt GmbH', type: 'training_provider', sizeClass: 'small' })).documentId;
    const consultation = await create('consultation', { organisation: other, date: '2022-05-02' });
    const otherOffer = (await create('course-offer', { title: 'Alter Kurs', provider: other })).documentId;
    const otherRun = (await create('course-run', { courseOffer: otherOffer, startsOn: '2027-06-01', city: 'Peine' })).documentId;
    const participation = await create('course-participation', { courseRun: otherRun, organisation: other, participants: 1 });
    expect((await apiFor('organisation')('PUT', cmPath('organisation', other), { name: 'Neu GmbH' })).status).toBe(200);
    expect((await apiFor('course-offer')('PUT', cmPath('course-offer', otherOffer), { title: 'Neuer Kurs' })).status).toBe(200);
    expect((await read('consultation', consultation.documentId)).displayName).toBe('Beratung Neu GmbH · 02.05.2022');
    expect((await read('course-run', otherRun)).displayName).toBe('Neuer Kurs · Peine · 01.06.2027');
    expect((await read('course-participation', participation.documentId)).displayName).toBe('Neu GmbH · Neuer Kurs · Peine · 01.06.2027');
  });

  it('shows the name in the course run picker of a course participation', async () => {
    const response = await apiFor('course-participation')('GET', '/content-manager/relations/plugin::verbund.course-participation/courseRun?pageSize=100');
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const names = response.body.results.map((result: Record<string, unknown>) => result.displayName);
    expect(names).toContain('KI-Grundlagen · Salzgitter · 10.03.2027');
  });

  it('finds a training need in the list by its organisation name', async () => {
    const response = await apiFor('training-need')('GET', `${cmPath('training-need')}?page=1&pageSize=20&_q=Okerplan`);
    expect(response.status).toBe(200);
    expect(response.body.results.length).toBeGreaterThan(0);
  });

  it.each([
    ['course-run', ['displayName', 'startsOn', 'runStatus']],
    ['consultation', ['displayName', 'organisation', 'date']],
    ['training-need', ['displayName', 'organisation', 'identifiedOn', 'needStatus']],
    ['course-participation', ['displayName']],
    ['event-participation', ['displayName']],
    ['indicator-target', ['displayName', 'period', 'target']],
  ] as const)('%s: the admin shows the name as title and first list column, never as an editable field', async (type, columns) => {
    const configuration = await apiFor(type)('GET', `/content-manager/content-types/plugin::verbund.${type}/configuration`);
    const { settings, layouts, metadatas } = configuration.body.data.contentType;
    expect(settings.mainField).toBe('displayName');
    expect(layouts.list).toEqual(expect.arrayContaining([...columns]));
    expect(layouts.list[0]).toBe('displayName');
    expect(layouts.list.length).toBeLessThanOrEqual(6);
    expect(metadatas.displayName.edit).toMatchObject({ label: 'Bezeichnung', editable: false, visible: false });
    expect(layouts.edit.flat().map((cell: { name: string }) => cell.name)).not.toContain('displayName');
  });
});

describe('relations that only take some records of their type', () => {
  it('refuses a contact who is not a press contact as press contact', async () => {
    const contact = (await create('contact', { name: 'Interne Person', isPressContact: false })).documentId;
    const response = await apiFor('press-release')('POST', cmPath('press-release'), { title: 'Meldung', releaseDate: '2023-01-01', pressContact: contact });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toMatch(/„Pressekontakt“: Nur als Pressekontakt markierte/);
  });

  it('refuses a company as training provider of a course offer, also on update', async () => {
    const response = await apiFor('course-offer')('POST', cmPath('course-offer'), { title: 'Schweißen', provider: company });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toMatch(/„Weiterbildungsträger“: Nur Organisationen der Art „Weiterbildungsträger“/);
    const update = await apiFor('course-offer')('PUT', cmPath('course-offer', offer), { provider: { connect: [{ documentId: company }] } });
    expect(update.status).toBe(400);
  });
});

describe('relation pickers', () => {
  const available = async (type: TypeName, field: string) => {
    const response = await apiFor(type)('GET', `/content-manager/relations/plugin::verbund.${type}/${field}?pageSize=100`);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body.results.map((result: { documentId: string }) => result.documentId) as string[];
  };

  it('offer only press contacts as press contact', async () => {
    const press = (await create('contact', { name: 'Presse Stelle', isPressContact: true })).documentId;
    const internal = (await create('contact', { name: 'Nur Intern', isPressContact: false })).documentId;
    const offered = await available('press-release', 'pressContact');
    expect(offered).toContain(press);
    expect(offered).not.toContain(internal);
  });

  it('offer only training providers as provider', async () => {
    const offered = await available('course-offer', 'provider');
    expect(offered).toContain(organisation);
    expect(offered).not.toContain(company);
  });
});
