/**
 * The public course search (GET /api/verbund/search), asked anonymously over HTTP: German full
 * text (stems, umlaut spellings, typos, prefixes, title before description), every filter with its
 * facets, pagination and sort, German 400s for bad parameters, and an index that follows what
 * Koordination publishes, edits and withdraws in the admin panel.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootStrapi, type TestStrapi } from './helpers/strapi';
import { adminApi, adminLogin } from './helpers/admin';
import { cmPath } from './helpers/records';

let app: TestStrapi;
let cm: ReturnType<typeof adminApi>;
const docs = (type: string) => app.strapi.documents(`plugin::verbund.${type}` as never) as any;

const search = async (query = '') => {
  const response = await fetch(`${app.url}/api/verbund/search${query ? `?${query}` : ''}`);
  return { status: response.status, body: (await response.json()) as any };
};
const titles = async (query = '') => {
  const { status, body } = await search(query);
  expect(status, JSON.stringify(body)).toBe(200);
  return body.data.map((item: any) => item.title) as string[];
};

const provider = async (name: string, type = 'training_provider') => (await docs('organisation').create({ data: { name, type, sizeClass: 'small' } })) as { documentId: string; slug: string };
const offer = async (data: Record<string, unknown>, publish = true) => {
  const created = await docs('course-offer').create({ data: { format: 'onsite', topic: 'other', ...data } });
  if (publish) await docs('course-offer').publish({ documentId: created.documentId });
  return created.documentId as string;
};
const run = async (courseOffer: string, startsOn: string, district: string, publish = true) => {
  const created = await docs('course-run').create({ data: { courseOffer, startsOn, district, city: district, runStatus: 'planned' } });
  if (publish) await docs('course-run').publish({ documentId: created.documentId });
  return created.documentId as string;
};

let nord: { documentId: string; slug: string };
let sued: { documentId: string; slug: string };
const ids: Record<string, string> = {};

beforeAll(async () => {
  app = await bootStrapi();
  cm = adminApi(app.url, await adminLogin(app.strapi, app.url, 'koordination-suche@verbund.example', 'verbund-koordination'));
  nord = await provider('Bildungswerk Nord');
  sued = await provider('Technikakademie Süd');
  const company = await provider('Muster AG');
  ids.A = await offer({ title: 'Digitalisierung im Mittelstand', summary: 'Prozesse digital denken.', topic: 'digitalisation', format: 'onsite', dqrLevel: 4, priceEur: 1200, azavCertified: true, educationVoucher: true, provider: nord.documentId });
  ids.B = await offer({ title: 'Führung in der Transformation', summary: 'Teams durch den Wandel leiten.', topic: 'leadership', format: 'online', dqrLevel: 6, priceEur: 800, provider: sued.documentId });
  ids.C = await offer({ title: 'Grundlagen Schweißtechnik', description: 'Eine Weiterbildung mit Bezug zur Digitalisierung der Fertigung.', topic: 'automation', format: 'blended', dqrLevel: 3, azavCertified: true, provider: sued.documentId });
  ids.D = await offer({ title: 'Weiterbildung Elektromobilität', topic: 'e_mobility', dqrLevel: 5, priceEur: 2500, educationVoucher: true, provider: nord.documentId });
  ids.G = await offer({ title: 'Sprachkurs Englisch im Beruf', topic: 'languages', dqrLevel: 2, priceEur: 1500, provider: nord.documentId });
  await offer({ title: 'Digitalisierung als Entwurf', topic: 'digitalisation', provider: nord.documentId }, false);
  // Offers only accept training providers; one whose provider was another kind in older data stays out.
  await offer({ title: 'Digitalisierung bei der Muster AG', topic: 'digitalisation', provider: company.documentId });
  await app.strapi.db.query('plugin::verbund.organisation' as never).update({ where: { documentId: company.documentId }, data: { type: 'company' } });
  await run(ids.A, '2030-06-01', 'wolfsburg');
  await run(ids.A, '2030-03-01', 'braunschweig');
  await run(ids.B, '2030-04-15', 'goslar');
  await run(ids.C, '2030-05-10', 'braunschweig');
  await run(ids.G, '2030-07-01', 'peine', false);
  await run(ids.G, '2030-08-01', 'helmstedt');
}, 120_000);

afterAll(async () => {
  await app?.close();
  await app?.cleanup();
});

describe('German full text', () => {
  it('finds a word by another form of it (stemming): „Weiterbildungen“ finds „Weiterbildung“', async () => {
    expect((await titles('q=Weiterbildungen')).sort()).toEqual(['Grundlagen Schweißtechnik', 'Weiterbildung Elektromobilität']);
  });

  it.each(['Führung', 'Fuehrung', 'Fuhrung', 'FÜHRUNG'])('„%s“ finds „Führung“ (umlaut spellings)', async (q) => {
    expect(await titles(`q=${encodeURIComponent(q)}`)).toEqual(['Führung in der Transformation']);
  });

  it('tolerates a typo: „Digitalisirung“ finds „Digitalisierung“', async () => {
    expect(await titles('q=Digitalisirung')).toContain('Digitalisierung im Mittelstand');
  });

  it('finds by the beginning of a word: „Digi“', async () => {
    expect(await titles('q=Digi')).toContain('Digitalisierung im Mittelstand');
  });

  it('searches the topic label and the provider name', async () => {
    expect(await titles('q=Elektromobilit%C3%A4t')).toEqual(['Weiterbildung Elektromobilität']);
    expect((await titles('q=Technikakademie')).sort()).toEqual(['Führung in der Transformation', 'Grundlagen Schweißtechnik']);
  });

  it('ranks a title hit above a description hit, with the score shown, and sorts by relevance when q is given', async () => {
    const { body } = await search('q=Digitalisierung');
    expect(body.data.map((item: any) => item.title)).toEqual(['Digitalisierung im Mittelstand', 'Grundlagen Schweißtechnik']);
    expect(body.data[0].score).toBeGreaterThan(body.data[1].score);
    expect(body.meta.query).toMatchObject({ q: 'Digitalisierung', sort: 'relevance' });
  });

  it('never finds drafts, never-published runs, or offers of organisations that are not training providers', async () => {
    const all = await search('pageSize=50');
    expect(all.body.data.map((item: any) => item.title).sort()).toEqual(
      ['Digitalisierung im Mittelstand', 'Führung in der Transformation', 'Grundlagen Schweißtechnik', 'Sprachkurs Englisch im Beruf', 'Weiterbildung Elektromobilität'].sort()
    );
    expect(all.body.data.every((item: any) => item.score === null)).toBe(true);
    const english = all.body.data.find((item: any) => item.documentId === ids.G);
    expect(english.runs.map((r: any) => r.district)).toEqual(['helmstedt']);
    expect(await titles('q=Entwurf')).toEqual([]);
    expect(await titles('q=Muster')).toEqual([]);
    expect(await titles('district=peine')).toEqual([]);
  });
});

describe('filters, facets, sort and pages', () => {
  it('shows one offer with its German labels, provider and runs soonest first', async () => {
    const { body } = await search('q=Mittelstand');
    expect(body.data).toHaveLength(1);
    expect(body.data[0]).toMatchObject({
      documentId: ids.A,
      slug: 'digitalisierung-im-mittelstand',
      topic: 'digitalisation',
      topicLabel: 'Digitalisierung',
      format: 'onsite',
      formatLabel: 'Präsenz',
      dqrLevel: 4,
      priceEur: 1200,
      azavCertified: true,
      educationVoucher: true,
      provider: { name: 'Bildungswerk Nord', slug: nord.slug },
    });
    expect(body.data[0].runs.map((r: any) => [r.startsOn, r.district, r.districtLabel, r.runStatus])).toEqual([
      ['2030-03-01', 'braunschweig', 'Braunschweig', 'planned'],
      ['2030-06-01', 'wolfsburg', 'Wolfsburg', 'planned'],
    ]);
  });

  it.each([
    ['topic=leadership', ['B']],
    ['topic=leadership&topic=automation', ['B', 'C']],
    ['topic=leadership,automation', ['B', 'C']],
    ['district=braunschweig', ['A', 'C']],
    ['district=goslar&district=wolfsburg', ['A', 'B']],
    ['from=2030-04-01&to=2030-05-31', ['B', 'C']],
    ['from=2030-05-01', ['A', 'C', 'G']],
    ['to=2030-03-31', ['A']],
    ['format=online', ['B']],
    ['format=onsite&format=blended', ['A', 'C', 'D', 'G']],
    ['dqrLevel=3', ['C']],
    ['dqrLevel=3&dqrLevel=4', ['A', 'C']],
    ['azav=true', ['A', 'C']],
    ['voucher=true', ['A', 'D']],
    ['priceMax=1000', ['B']],
    ['priceMax=1500', ['A', 'B', 'G']],
    ['azav=true&topic=digitalisation', ['A']],
  ])('%s', async (query, expected) => {
    const { status, body } = await search(`${query}&pageSize=50`);
    expect(status, JSON.stringify(body)).toBe(200);
    expect(body.data.map((item: any) => item.documentId).sort()).toEqual(expected.map((key) => ids[key]).sort());
  });

  it('filters by provider slug', async () => {
    expect((await search(`provider=${nord.slug}&pageSize=50`)).body.data.map((item: any) => item.documentId).sort()).toEqual([ids.A, ids.D, ids.G].sort());
  });

  it('lists only the runs that match the place and date asked for', async () => {
    const { body } = await search('district=wolfsburg');
    expect(body.data[0].runs.map((r: any) => r.district)).toEqual(['wolfsburg']);
    const dated = await search('from=2030-05-01&to=2030-06-30&q=Mittelstand');
    expect(dated.body.data[0].runs.map((r: any) => r.startsOn)).toEqual(['2030-06-01']);
  });

  it('counts each facet under all other filters (disjunctive), listing values with hits and the selected ones', async () => {
    const { body } = await search('topic=leadership&format=blended&azav=true');
    expect(body.data).toEqual([]);
    const { facets } = body.meta;
    // Topic counts ignore the topic filter: format=blended and azav=true leave only C (automation).
    expect(facets.topic).toEqual([
      { value: 'automation', label: 'Automatisierung', count: 1 },
      { value: 'leadership', label: 'Führung', count: 0 },
    ]);
    // Format counts ignore the format filter: leadership and azav leave nothing, the selected value still shows.
    expect(facets.format).toEqual([{ value: 'blended', label: 'Blended Learning', count: 0 }]);
    // azav counts ignore azav: leadership and blended leave nothing.
    expect(facets.azav).toEqual([{ value: 'true', label: 'AZAV-zertifiziert', count: 0 }]);

    const open = (await search('')).body.meta.facets;
    expect(open.topic.map((f: any) => [f.value, f.count])).toEqual([
      ['digitalisation', 1],
      ['automation', 1],
      ['e_mobility', 1],
      ['leadership', 1],
      ['languages', 1],
    ]);
    expect(open.district.map((f: any) => [f.value, f.count])).toEqual([
      ['braunschweig', 2],
      ['wolfsburg', 1],
      ['goslar', 1],
      ['helmstedt', 1],
    ]);
    expect(open.dqrLevel.map((f: any) => f.value)).toEqual(['2', '3', '4', '5', '6']);
    expect(open.voucher).toEqual([{ value: 'true', label: 'Mit Bildungsgutschein förderfähig', count: 2 }]);
    expect(open.provider).toEqual([
      { value: nord.slug, label: 'Bildungswerk Nord', count: 3 },
      { value: sued.slug, label: 'Technikakademie Süd', count: 2 },
    ]);
    // District counts follow the date range too.
    const dated = (await search('from=2030-04-01&to=2030-05-31&district=goslar')).body.meta.facets.district;
    expect(dated).toEqual([
      { value: 'braunschweig', label: 'Braunschweig', count: 1 },
      { value: 'goslar', label: 'Goslar', count: 1 },
    ]);
  });

  it('pages through the results', async () => {
    const all = await titles('sort=title&pageSize=50');
    expect(all).toEqual([...all].sort((a, b) => a.localeCompare(b, 'de')));
    const { body } = await search('sort=title&pageSize=2&page=2');
    expect(body.data.map((item: any) => item.title)).toEqual(all.slice(2, 4));
    expect(body.meta.pagination).toEqual({ page: 2, pageSize: 2, pageCount: 3, total: 5 });
    expect((await search('sort=title&pageSize=2&page=4')).body.data).toEqual([]);
  });

  it('sorts by price (unknown prices last) and by the next start (offers without runs last)', async () => {
    expect(await titles('sort=price&pageSize=50')).toEqual([
      'Führung in der Transformation',
      'Digitalisierung im Mittelstand',
      'Sprachkurs Englisch im Beruf',
      'Weiterbildung Elektromobilität',
      'Grundlagen Schweißtechnik',
    ]);
    const { body } = await search('pageSize=50');
    expect(body.meta.query.sort).toBe('start');
    expect(body.data.map((item: any) => item.title)).toEqual([
      'Digitalisierung im Mittelstand',
      'Führung in der Transformation',
      'Grundlagen Schweißtechnik',
      'Sprachkurs Englisch im Beruf',
      'Weiterbildung Elektromobilität',
    ]);
  });
});

describe('bad parameters', () => {
  it.each([
    ['sort=beliebt', 'sort'],
    ['page=0', 'page'],
    ['pageSize=500', 'pageSize'],
    ['pageSize=0', 'pageSize'],
    ['priceMax=abc', 'priceMax'],
    ['from=2024-13-45', 'from'],
    ['to=2024-02-30', 'to'],
    ['from=2030-05-01&to=2030-04-01', 'from'],
    ['topic=kochen', 'topic'],
    ['district=hamburg', 'district'],
    ['format=fernstudium', 'format'],
    ['dqrLevel=9', 'dqrLevel'],
    ['azav=ja', 'azav'],
    ['voucher=1', 'voucher'],
    [`q=${'a'.repeat(201)}`, 'q'],
    ['q=a&q=b', 'q'],
    ['q[$ne]=x', 'q'],
    ['provider=Ü', 'provider'],
  ])('%s → 400 naming „%s“ in German', async (query, parameter) => {
    const { status, body } = await search(query);
    expect(status).toBe(400);
    expect(body.error.name).toBe('ValidationError');
    expect(body.error.message).toContain(`„${parameter}“`);
  });
});

describe('the index follows the admin panel', () => {
  const OFFER_CM = cmPath('course-offer');

  it('a new offer appears when published, shows its edits once published, and disappears when withdrawn', async () => {
    const created = await cm('POST', OFFER_CM, { title: 'Robotik für Einsteiger', topic: 'automation', format: 'onsite', provider: nord.documentId });
    expect(created.status, JSON.stringify(created.body)).toBeLessThan(300);
    const { documentId } = created.body.data;
    expect(await titles('q=Robotik')).toEqual([]);

    expect((await cm('POST', `${OFFER_CM}/${documentId}/actions/publish`, { title: 'Robotik für Einsteiger', topic: 'automation', format: 'onsite', provider: nord.documentId })).status).toBe(200);
    expect(await titles('q=Robotik')).toEqual(['Robotik für Einsteiger']);

    // A saved draft changes nothing in public; publishing it does.
    expect((await cm('PUT', `${OFFER_CM}/${documentId}`, { title: 'Robotik und Kollaboration für Einsteiger' })).status).toBe(200);
    expect(await titles('q=Kollaboration')).toEqual([]);
    expect((await cm('POST', `${OFFER_CM}/${documentId}/actions/publish`, { title: 'Robotik und Kollaboration für Einsteiger' })).status).toBe(200);
    expect(await titles('q=Kollaboration')).toEqual(['Robotik und Kollaboration für Einsteiger']);

    expect((await cm('POST', `${OFFER_CM}/${documentId}/actions/unpublish`, {})).status).toBe(200);
    expect(await titles('q=Robotik')).toEqual([]);
  });

  it('a published run appears under its offer; an unpublished one goes', async () => {
    const created = await cm('POST', `${cmPath('course-run')}/actions/publish`, { courseOffer: ids.D, startsOn: '2030-09-01', district: 'salzgitter', city: 'Salzgitter', runStatus: 'planned' });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    expect(await titles('district=salzgitter')).toEqual(['Weiterbildung Elektromobilität']);
    expect((await cm('POST', `${cmPath('course-run', created.body.data.documentId)}/actions/unpublish`, {})).status).toBe(200);
    expect(await titles('district=salzgitter')).toEqual([]);
  });

  it('a provider that is renamed is found by its new name; one that stops being a training provider takes its offers out', async () => {
    const org = await provider('Lernzentrum Harz');
    await offer({ title: 'Projektmanagement kompakt', topic: 'other', provider: org.documentId });
    expect(await titles('q=Lernzentrum')).toEqual(['Projektmanagement kompakt']);
    expect((await cm('PUT', cmPath('organisation', org.documentId), { name: 'Akademie Oberharz' })).status).toBe(200);
    expect(await titles('q=Oberharz')).toEqual(['Projektmanagement kompakt']);
    expect((await cm('PUT', cmPath('organisation', org.documentId), { type: 'chamber' })).status).toBe(200);
    expect(await titles('q=Projektmanagement')).toEqual([]);
  });
});
