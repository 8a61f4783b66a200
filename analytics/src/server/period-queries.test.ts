import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LoadedFixture, loadFixture, organisation, project } from '../test-support/fixture.js';
import { listenOnSnapshot } from '../test-support/http-server.js';

const ADMIN_TOKEN = 'period-queries-admin';

let fixture: LoadedFixture;
let server: Awaited<ReturnType<typeof listenOnSnapshot>>;
let base: string;

beforeAll(async () => {
  // Term 2021-11-01 … 2024-10-31: periods from 2011 to 2034 are answered.
  fixture = await loadFixture([project(), organisation('a', { type: 'company', partnerSince: '2021-11-01' })]);
  server = await listenOnSnapshot(fixture.store, { adminToken: ADMIN_TOKEN });
  base = server.base;
});

afterAll(async () => {
  await server.close();
  await fixture.cleanup();
});

const get = async (path: string) => {
  const response = await fetch(`${base}${path}`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });
  return { status: response.status, body: (await response.json()) as any };
};

describe('periods over HTTP', () => {
  it('answer a year far outside the term, or one Date.UTC would shift, with 400 and a German message', async () => {
    const cases: Array<[string, string]> = [
      ['/api/series?indicator=partners&period=9999', 'Das Jahr 9999 liegt außerhalb des auswertbaren Bereichs: Zeiträume sind von 2011 bis 2034 möglich'],
      ['/api/series?indicator=partners&period=0001', 'Das Jahr 1 liegt außerhalb'],
      ['/api/indicators?period=0099-03', 'Das Jahr 99 liegt außerhalb'],
      ['/api/breakdown?indicator=partners&by=district&period=9999-Q4', 'Das Jahr 9999 liegt außerhalb'],
      ['/api/indicators?from=0001-01-01&to=2022-12-31', 'Das Jahr 1 liegt außerhalb'],
      ['/api/funnel?period=2022-01-01..275760-09-13', 'Das Ende „275760-09-13“ ist kein gültiges Datum'],
      ['/api/report.csv?period=99999', 'Unbekannter Zeitraum „99999“'],
    ];
    for (const [path, message] of cases) {
      const reply = await get(path);
      expect(reply.status, path).toBe(400);
      expect(reply.body.error.message, path).toContain(message);
    }
  });

  it('still answer the years around the term', async () => {
    const reply = await get('/api/series?indicator=partners&period=2022');
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ from: '2022-01-01', to: '2022-12-31' });
  });
});
