import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoData } from '@verbund/demo-data';
import { bootStrapi, type TestStrapi } from './helpers/strapi';
import { seedDemo } from '../src/demo/seed';
import { demoRequested } from '../src/demo/demo-requested';

const TYPES = ['organisation', 'contact', 'press-release', 'event', 'event-participation', 'course-offer', 'course-run', 'course-participation', 'consultation', 'training-need', 'working-group', 'indicator-target'];

let app: TestStrapi;

const countAll = async () =>
  Object.fromEntries(
    await Promise.all(TYPES.map(async (type) => [type, await app.strapi.db.query(`plugin::verbund.${type}` as never).count()] as const))
  );

beforeAll(async () => {
  app = await bootStrapi();
});

afterAll(async () => {
  await app?.close();
  await app?.cleanup();
});

describe('demo seeding', () => {
  it('is asked for only by the demo start, and never in production', () => {
    expect(demoRequested({ VERBUND_DEMO: '1', NODE_ENV: 'development' }).seed).toBe(true);
    expect(demoRequested({ NODE_ENV: 'development' }).seed).toBe(false);
    expect(demoRequested({ VERBUND_DEMO: '1', NODE_ENV: 'production' })).toEqual({ seed: false, reason: 'VERBUND_DEMO is ignored in production' });
  });

  it('leaves a database that already holds records alone', async () => {
    const own = (await app.strapi.documents('plugin::verbund.organisation' as never).create({
      data: { name: 'Eigene GmbH', type: 'company', sizeClass: 'small' },
    } as never)) as unknown as { documentId: string };
    expect(await seedDemo(app.strapi)).toBe(false);
    expect((await countAll()).organisation).toBe(1);
    expect(await app.strapi.db.query('admin::user').count()).toBe(0);
    await app.strapi.documents('plugin::verbund.organisation' as never).delete({ documentId: own.documentId } as never);
  });

  it('fills an empty database with the generated network and one login per role, and a second run adds nothing', async () => {
    const now = new Date();
    expect(await seedDemo(app.strapi, { now })).toBe(true);

    const expected = generateDemoData({ seed: 1, scale: 1, now });
    const counts = await countAll();
    expect(counts.organisation).toBe(expected.organisations.length);
    expect(counts['course-participation']).toBe(expected.courseParticipations.length);
    expect(counts['training-need']).toBe(expected.trainingNeeds.length);
    expect(counts['indicator-target']).toBe(expected.indicatorTargets.length);
    expect(await app.strapi.db.query('admin::user').count()).toBe(3);
    const steuerkreis = await app.strapi.db.query('plugin::users-permissions.user').findOne({ where: { username: 'steuerkreis' }, populate: ['role'] });
    expect(steuerkreis.role.type).toBe('steuerkreis');

    const response = await fetch(`${app.url}/api/verbund/press-releases/aufbau-eines-regionalen-weiterbildungsverbundes?populate=*`);
    const seedRelease = (await response.json()) as any;
    expect(seedRelease.data.dateline).toBe('Braunschweig');
    expect(seedRelease.data.releaseDate).toBe('2021-11-25');
    expect(seedRelease.data.photos[0].credit).toBe('Allianz für die Region GmbH/ Susanne Hübner');
    expect(seedRelease.data.photos[0].image.mime).toBe('image/png');

    expect(await seedDemo(app.strapi, { now })).toBe(false);
    expect(await countAll()).toEqual(counts);
  }, 300_000);
});
