/**
 * The analytics chain against data the CMS's own validation would never let in, and against
 * people guessing passwords at the dashboard's login:
 *
 *   - values written straight into the CMS database (an old import, a manual SQL fix) that the
 *     loader cannot type: the refresh still succeeds and lists them as findings;
 *   - participations whose event or run was deleted, press photos whose image file is gone;
 *   - what the export carries: exactly what the loader reads, described by a manifest the loader
 *     accepts, and no personal data;
 *   - wrong passwords for one account from one address lock neither the owner at another address
 *     nor another account (the analytics service limits per account and address, and Strapi's
 *     limiter sees the browser's address through X-Forwarded-For).
 *
 * The refreshes run through the real path: the analytics service downloads Strapi's export over
 * HTTP with the token the plugin hands over, and loads it into a real DuckDB file.
 */
import { request as httpRequest } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkManifest, EXPORT_FORMAT_VERSION, type Logger, type RunningServer, TABLES } from '@verbund/analytics';
import { EXPORT_MANIFEST } from '@verbund/analytics/test-support';
import { startAnalytics } from './helpers/analytics';
import type { TypeName } from '../src/plugins/verbund/server/src/constants';
import { bootStrapi, type TestStrapi } from './helpers/strapi';

const PASSWORD = 'Passwort-1234';
const ADMIN_TOKEN = 'robustness-analytics-admin';

/** Personal data and free text that must not leave the CMS. */
const SECRETS = {
  contactName: 'Paula Geheimname',
  contactEmail: 'paula.geheim@example.org',
  notes: 'VERTRAULICH Beratungsnotiz 4711',
  steeringMember: 'Dr. Steuerkreis Geheim',
  photographer: 'Fotografin Geheim',
  description: 'Beschreibungstext Geheim 0815',
};

let cms: TestStrapi;
let analytics: RunningServer;
let workDir: string;
const logLines: string[] = [];
const logger: Logger = {
  info: (message) => logLines.push(`info ${message}`),
  warn: (message) => logLines.push(`warn ${message}`),
  error: (message) => logLines.push(`error ${message}`),
};

const uid = (type: TypeName) => `plugin::verbund.${type}`;
const docs = (type: TypeName) => cms.strapi.documents(uid(type) as never) as any;
const create = async (type: TypeName, data: Record<string, unknown>, published = false): Promise<string> =>
  (await docs(type).create({ data, ...(published ? { status: 'published' } : {}) })).documentId as string;
const ids = {} as Record<string, string>;

const api = async (pathname: string) => {
  const response = await fetch(`${analytics.url}${pathname}`, { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } });
  return { status: response.status, body: (await response.json()) as any };
};

/** A refresh as the webhook or the schedule would start it, and what the coordinator recorded. */
const refresh = async () => {
  await analytics.refresher.runNow();
  await analytics.refresher.idle();
  return analytics.refresher.status().lastRefresh!;
};

const findings = async (check: string) => {
  const reply = await api('/api/quality');
  expect(reply.status).toBe(200);
  return (reply.body.checks as any[]).find((c) => c.id === check).findings as any[];
};

/** POST /api/login from a given loopback address (127.0.0.0/8 is all local), as a browser at that address would. */
const loginFrom = (address: string, identifier: string, password: string) =>
  new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: any }>((resolve, reject) => {
    const url = new URL(`${analytics.url}/api/login`);
    const payload = JSON.stringify({ identifier, password });
    const req = httpRequest(
      { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', localAddress: address, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
      }
    );
    req.on('error', reject);
    req.end(payload);
  });

beforeAll(async () => {
  workDir = mkdtempSync(path.join(os.tmpdir(), 'verbund-robust-'));
  const tokenFile = path.join(workDir, 'cms-export-token');
  // No analytics URL: no webhook, the tests start each refresh themselves.
  cms = await bootStrapi({ env: { VERBUND_ANALYTICS_TOKEN_FILE: tokenFile, VERBUND_DEMO: '0' } });

  await create('funding-project', {
    name: 'Robustheit',
    startsOn: '2021-11-01',
    endsOn: '2024-10-31',
    description: SECRETS.description,
    steeringCommittee: [{ name: SECRETS.steeringMember, role: 'Vorsitz' }],
  });
  ids.org = await create('organisation', { name: 'Feinmechanik GmbH', type: 'company', sizeClass: 'small', district: 'peine', partnerSince: '2021-11-01' });
  ids.contact = await create('contact', { name: SECRETS.contactName, email: SECRETS.contactEmail, role: 'Presse', isPressContact: true, organisation: ids.org });
  await create('consultation', { date: '2022-01-10', format: 'remote', notes: SECRETS.notes, organisation: ids.org });
  ids.event = await create('event', { title: 'Zeitkapsel-Treffen', type: 'workshop', startsAt: '2022-03-01T09:00:00.000Z', attendeesTotal: 9 }, true);
  ids.goneEvent = await create('event', { title: 'Gelöschtes Treffen', type: 'workshop', startsAt: '2022-04-01T09:00:00.000Z' }, true);
  ids.participation = await create('event-participation', { event: ids.event, organisation: ids.org, headcount: 3 });
  ids.orphan = await create('event-participation', { event: ids.goneEvent, organisation: ids.org, headcount: 2 });
  ids.offer = await create('course-offer', { title: 'CNC-Grundkurs', topic: 'automation', description: SECRETS.description }, true);
  ids.goneRun = await create('course-run', { courseOffer: ids.offer, startsOn: '2022-05-02', seats: 8 }, true);
  ids.courseOrphan = await create('course-participation', { courseRun: ids.goneRun, organisation: ids.org, participants: 4 });

  // A press release whose photo file is later deleted from the media library.
  const file = await cms.strapi.db.query('plugin::upload.file').create({
    data: { name: 'foto.jpg', hash: 'foto_robust', ext: '.jpg', mime: 'image/jpeg', size: 1, url: '/uploads/foto_robust.jpg', provider: 'local' },
  });
  ids.fileId = String(file.id);
  ids.press = await create(
    'press-release',
    { title: 'Foto verschwunden', releaseDate: '2022-02-01', photos: [{ image: file.id, credit: 'Verbund', photographer: SECRETS.photographer }] },
    true
  );

  const role = await cms.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'steuerkreis' } });
  for (const name of ['konto-a', 'konto-b']) {
    await cms.strapi.plugin('users-permissions').service('user').add({
      username: name,
      email: `${name}@example.org`,
      password: PASSWORD,
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: role.id,
    });
  }

  analytics = await startAnalytics({ cmsUrl: cms.url, tokenFile, workDir, adminToken: ADMIN_TOKEN, logger });
  await analytics.refresher.idle();
  const first = analytics.refresher.status().lastRefresh;
  if (!first?.ok) throw new Error(`first refresh failed: ${first?.error}\n${logLines.join('\n')}`);
});

afterAll(async () => {
  await analytics?.close();
  await cms?.close();
  await cms?.cleanup();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('the export', () => {
  it('carries exactly the attributes the analytics loader reads, and no personal data or free text', async () => {
    const token = readFileSync(path.join(workDir, 'cms-export-token'), 'utf8').trim();
    const response = await fetch(`${cms.url}/api/verbund/export`, { headers: { Authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    const text = await response.text();
    for (const secret of Object.values(SECRETS)) expect(text, secret).not.toContain(secret);

    const lines = text.trimEnd().split('\n').map((l) => JSON.parse(l));
    const loaderReads = Object.fromEntries(TABLES.map((t) => [t.type, t.columns.map((c) => c.attribute).sort()]));
    const exported: Record<string, string[]> = {};
    for (const line of lines.filter((l) => !l.type.startsWith('_'))) {
      exported[line.type] = [...Object.keys(line.fields), ...Object.keys(line.relations)].sort();
    }
    for (const [type, attributes] of Object.entries(exported)) expect(attributes, type).toEqual(loaderReads[type]);
    // The manifest describes the same attributes from Strapi's metadata, in the format the loader
    // reads, and is the one the analytics fixtures carry.
    expect(lines[0]).toMatchObject({ type: '_meta', formatVersion: EXPORT_FORMAT_VERSION });
    const manifest = lines[0].manifest as Record<string, Record<string, unknown>>;
    for (const [type, attributes] of Object.entries(loaderReads)) expect(Object.keys(manifest[type]!).sort(), type).toEqual(attributes);
    expect(() => checkManifest(lines[0].manifest)).not.toThrow();
    expect(manifest).toEqual(EXPORT_MANIFEST);
    expect(lines.find((l) => l.documentId === ids.contact).fields).toEqual({ role: 'Presse', isPressContact: true });
    expect(lines.find((l) => l.documentId === ids.press).fields.photos).toEqual([{ image: true }]);
  });
});

describe('records the loader cannot type', () => {
  it('an event starting in the year 99999 and a headcount of 1e20, written straight into the database, are findings; the refresh succeeds', async () => {
    const before = (await api('/api/status')).body.snapshotAt as string;
    const knex = cms.strapi.db.connection;
    const eventRows = await knex('verbund_events').where({ document_id: ids.event }).whereNotNull('published_at');
    expect(eventRows).toHaveLength(1);
    // Both columns as the CMS stores dates (SQLite: milliseconds; PostgreSQL: a timestamp).
    const farFuture = process.env.DATABASE_CLIENT === 'postgres' ? '99999-01-01 00:00:00+00' : Date.UTC(99999, 0, 1);
    await knex('verbund_events').where({ id: eventRows[0].id }).update({ starts_at: farFuture });
    // PostgreSQL's integer column cannot hold 1e20, so there the case cannot arise.
    const hugeHeadcount = process.env.DATABASE_CLIENT !== 'postgres';
    if (hugeHeadcount) await knex('verbund_event_participations').where({ document_id: ids.participation }).update({ headcount: 1e20 });

    const result = await refresh();
    expect(result.ok, result.error).toBe(true);
    // eslint-disable-next-line no-console
    console.log(`refresh with the bad records: ${JSON.stringify(result.summary!.durationsMs)} ms`);
    const status = (await api('/api/status')).body;
    expect(status.lastRefresh.ok).toBe(true);
    expect(status.snapshotAt > before).toBe(true);

    const unreadable = await findings('unreadable_value');
    const expected = [
      {
        id: ids.event,
        name: 'Veranstaltung „Zeitkapsel-Treffen“',
        type: 'event',
        field: 'startsAt',
        value: '+099999-01-01T00:00:00.000Z',
        message: 'Das Feld „Beginn“ enthält „+099999-01-01T00:00:00.000Z“, das ist keine gültige Angabe (erwartet: Datum mit Uhrzeit). Der Wert wird als leer behandelt.',
      },
    ];
    if (hugeHeadcount) {
      expected.push({
        id: ids.participation,
        name: `Veranstaltungsteilnahme ${ids.participation}`,
        type: 'event-participation',
        field: 'headcount',
        value: '100000000000000000000',
        message: 'Das Feld „Personen“ enthält „100000000000000000000“, das ist keine gültige Angabe (erwartet: ganze Zahl). Der Wert wird als leer behandelt.',
      });
    }
    expect(unreadable).toEqual(expected);
    // The event has no date any more, so it falls in no period.
    const term = (await api('/api/indicators?period=term')).body.indicators.find((i: any) => i.id === 'events');
    expect(term.value).toBe(1);
  });
});

describe('orphans', () => {
  it('participations whose event or run was deleted, and a press photo whose file is gone, are findings', async () => {
    // The plugin refuses these deletes (participations still refer to them); orphans come from
    // data written past it, as an old import or an SQL fix would, so delete the rows directly.
    await cms.strapi.db.query(uid('event') as never).deleteMany({ where: { documentId: ids.goneEvent } });
    await cms.strapi.db.query(uid('course-run') as never).deleteMany({ where: { documentId: ids.goneRun } });
    await cms.strapi.db.query('plugin::upload.file').delete({ where: { id: Number(ids.fileId) } });
    const result = await refresh();
    expect(result.ok, result.error).toBe(true);

    expect((await findings('participation_without_event_or_run')).map((f) => [f.id, f.message])).toEqual([
      [ids.orphan, 'Die Teilnahme ist keiner Veranstaltung zugeordnet.'],
      [ids.courseOrphan, 'Die Teilnahme ist keiner Kursdurchführung zugeordnet.'],
    ]);
    expect(await findings('press_photo_without_image')).toEqual([
      { id: ids.press, name: 'Foto verschwunden', message: 'Einem Pressefoto fehlt die Bilddatei.' },
    ]);
  });
});

describe('login attempts', () => {
  it('wrong passwords for account A from address X lock neither A at address Y nor account B', async () => {
    const attacker = '127.0.0.2';
    const statuses: number[] = [];
    let last: Awaited<ReturnType<typeof loginFrom>> | undefined;
    for (let i = 0; i < 11; i += 1) {
      last = await loginFrom(attacker, 'konto-a@example.org', `falsch-${i}`);
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429, 429, 429, 429, 429]);
    expect(last!.body.error.message).toMatch(/^Zu viele fehlgeschlagene Anmeldeversuche für dieses Konto\. Bitte versuchen Sie es in \d+ Minuten erneut\.$/);
    expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
    // Even the right password waits at X.
    expect((await loginFrom(attacker, 'konto-a@example.org', PASSWORD)).status).toBe(429);

    const owner = await loginFrom('127.0.0.3', 'konto-a@example.org', PASSWORD);
    expect(owner.status, JSON.stringify(owner.body)).toBe(200);
    const colleague = await loginFrom('127.0.0.4', 'konto-b@example.org', PASSWORD);
    expect(colleague.status, JSON.stringify(colleague.body)).toBe(200);
  });
});
