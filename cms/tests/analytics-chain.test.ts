/**
 * The whole chain as it runs in production, with no stand-ins:
 *
 *   Strapi (booted, SQLite or PostgreSQL) ─ export endpoint + analytics token file ─▶ loader
 *   (real DuckDB file) ─▶ analytics HTTP API ◀─ real users-permissions JWTs from /api/auth/local
 *   Strapi webhook (create/update/delete/publish/unpublish) ─▶ POST /api/refresh (debounced)
 *
 * The network below is small enough to work every expected figure out by hand from
 * docs/INDICATORS.md; the comments next to the data and the assertions say how.
 *
 * Funding term 2021-11-01 … 2024-10-31, so project year 1 (py1) is 2021-11-01 … 2022-10-31; as
 * the first project year it has no comparison period (it is measured against its targets).
 */
import { createServer as createNetServer } from 'node:net';
import type { IncomingMessage } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Logger, RunningServer } from '@verbund/analytics';
import { startAnalytics } from './helpers/analytics';
import { bootStrapi, type TestStrapi } from './helpers/strapi';
import { call } from './helpers/http';
import type { TypeName } from '../src/plugins/verbund/server/src/constants';

/** Short, so that a changed role shows within the test (the service's default is 60 s). */
const AUTH_CACHE_SECONDS = 1;
const WEBHOOK_SECRET = 'chain-test-webhook-secret';
const ADMIN_TOKEN = 'chain-test-analytics-admin';
const PASSWORD = 'Passwort-1234';
/** Long enough that a burst of document-service edits falls into one quiet-time window, short enough to keep the file fast. */
const DEBOUNCE_MS = 1_000;

/** Personal data that must never leave the CMS through the export. */
const CONTACT_EMAIL = 'paula.presse.geheim@example.org';
const CONTACT_PHONE = '+49 531 4711 0815';
const CONSULTATION_NOTES = 'VERTRAULICH Beratungsnotiz Kleinmann 9931';

let cms: TestStrapi;
let analytics: RunningServer;
let workDir: string;
const jwt = {} as Record<'steuerkreis' | 'authenticated', string>;

/** What the analytics service logged: the coordinator writes one `refresh done` line per finished refresh. */
const logLines: string[] = [];
const logger: Logger = {
  info: (message) => logLines.push(`info ${message}`),
  warn: (message) => logLines.push(`warn ${message}`),
  error: (message) => {
    logLines.push(`error ${message}`);
    console.error(`[analytics] ${message}`);
  },
};
const refreshesDone = () => logLines.filter((line) => line.startsWith('info refresh done')).length;
/** Webhook deliveries the analytics server received (counted on the real HTTP server). */
let refreshPosts = 0;

// ---------------------------------------------------------------------------------------------
// Helpers

const uid = (type: TypeName) => `plugin::verbund.${type}`;
const docs = (type: TypeName) => cms.strapi.documents(uid(type) as never) as any;
const create = async (type: TypeName, data: Record<string, unknown>, published = false): Promise<string> => {
  const entry = await docs(type).create({ data, ...(published ? { status: 'published' } : {}) });
  return entry.documentId as string;
};

/** A port nobody listens on right now: Strapi must know the analytics URL before it boots. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** GET on the analytics API; the Steuerkreis JWT unless another token, or `null` for none, is given. */
const api = (pathname: string, token: string | null = jwt.steuerkreis) => call(analytics.url, 'GET', pathname, token ?? undefined);

const values = async (query: string): Promise<Record<string, number | null>> => {
  const reply = await api(`/api/indicators?${query}`);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return Object.fromEntries((reply.body.indicators as Array<{ id: string; value: number | null }>).map((i) => [i.id, i.value]));
};

/** Polls until `probe` returns something other than undefined; fails with `what` after the deadline. */
const waitFor = async <T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await probe();
    if (result !== undefined) return result;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; analytics log:\n${logLines.slice(-10).join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

/** No refresh running, none waiting for its quiet time. */
const quiet = () => {
  const status = analytics.refresher.status();
  return !status.refreshing && !status.pending;
};

/** `25.11.2026, 09:15 Uhr` in Europe/Berlin, written out here independently of analytics/src/format.ts. */
const berlinStand = (iso: string) => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Berlin',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value])
  );
  return `${parts.day}.${parts.month}.${parts.year}, ${parts.hour}:${parts.minute} Uhr`;
};

// ---------------------------------------------------------------------------------------------
// The hand-made network

const ids = {} as Record<string, string>;

const createNetwork = async () => {
  await create('funding-project', {
    name: 'Kooperative Weiterbildung Testregion',
    shortName: 'KoWeTe',
    fundingProgramme: 'Aufbau von Weiterbildungsverbünden',
    funder: 'BMAS',
    grantReference: 'WBV-CHAIN-1',
    startsOn: '2021-11-01',
    endsOn: '2024-10-31',
  });

  // Organisations. Partners on 2022-10-31 (end of py1): PROV, KMU, LARGE, UNK, CHAMBER = 5;
  // EX's partnership ended on 2022-06-30, before that day.
  ids.prov = await create('organisation', { name: 'Bildungswerk Harz', type: 'training_provider', district: 'goslar', partnerSince: '2021-11-01' });
  ids.kmu = await create('organisation', {
    name: 'Feinmechanik Kleinmann GmbH',
    type: 'company',
    sizeClass: 'small',
    district: 'braunschweig',
    partnerSince: '2021-12-01',
  });
  ids.large = await create('organisation', {
    name: 'Großwerk Automobil AG',
    type: 'company',
    sizeClass: 'large',
    district: 'wolfsburg',
    partnerSince: '2022-02-01',
  });
  ids.unknown = await create('organisation', {
    name: 'Unbekannt & Söhne KG',
    type: 'company',
    sizeClass: 'unknown',
    district: 'peine',
    partnerSince: '2022-03-01',
  });
  ids.ex = await create('organisation', {
    name: 'Ehemals Partner GmbH',
    type: 'company',
    sizeClass: 'medium',
    district: 'outside_region',
    partnerSince: '2021-11-15',
    partnerUntil: '2022-06-30',
  });
  ids.chamber = await create('organisation', { name: 'Kammer Testregion', type: 'chamber', district: 'braunschweig', partnerSince: '2022-05-01' });

  ids.contact = await create('contact', {
    name: 'Paula Presse',
    role: 'Pressesprecherin',
    organisation: ids.prov,
    email: CONTACT_EMAIL,
    phone: CONTACT_PHONE,
    isPressContact: true,
  });

  // Consultations: C1, C2, C3, C5 in py1 (4); C4 in py2.
  ids.c1 = await create('consultation', { date: '2022-01-20', format: 'on_site', topics: ['automation'], notes: CONSULTATION_NOTES, organisation: ids.kmu });
  ids.c2 = await create('consultation', { date: '2022-03-10', format: 'remote', organisation: ids.large });
  ids.c3 = await create('consultation', { date: '2022-04-05', format: 'on_site', organisation: ids.kmu });
  ids.c4 = await create('consultation', { date: '2023-02-01', format: 'remote', organisation: ids.unknown });
  ids.c5 = await create('consultation', { date: '2022-02-15', format: 'at_event', organisation: ids.ex });

  // Course offers: A is published and new in the network; the draft was never published.
  ids.offerA = await create(
    'course-offer',
    { title: 'Robotik für KMU', topic: 'automation', format: 'onsite', newInNetwork: true, provider: ids.prov },
    true
  );
  ids.offerDraft = await create('course-offer', { title: 'Entwurfskurs Schweißen', topic: 'other', provider: ids.prov });

  // Runs of A: a completed one in June 2022 and a cancelled one in May 2022 (both published).
  ids.runHeld = await create(
    'course-run',
    { courseOffer: ids.offerA, startsOn: '2022-06-13', endsOn: '2022-06-17', district: 'goslar', seats: 10, runStatus: 'completed' },
    true
  );
  ids.runCancelled = await create(
    'course-run',
    { courseOffer: ids.offerA, startsOn: '2022-05-02', district: 'goslar', seats: 8, runStatus: 'cancelled' },
    true
  );
  // Held run: 3 from the KMU + 2 from the large company = 5 participants, two companies ⇒ cooperative.
  await create('course-participation', { courseRun: ids.runHeld, organisation: ids.kmu, participants: 3 });
  await create('course-participation', { courseRun: ids.runHeld, organisation: ids.large, participants: 2 });
  // Cancelled run: must count nowhere.
  await create('course-participation', { courseRun: ids.runCancelled, organisation: ids.kmu, participants: 4 });
  await create('course-participation', { courseRun: ids.runCancelled, organisation: ids.unknown, participants: 2 });

  // Training needs in py1: N1 matched to the published offer, N2 marked matched with no offer
  // (a quality finding), N3 matched only to the never-published offer (does not count as matched).
  ids.n1 = await create('training-need', {
    identifiedOn: '2022-01-20',
    topic: 'automation',
    needStatus: 'matched',
    organisation: ids.kmu,
    consultation: ids.c1,
    matchedOffers: [ids.offerA],
  });
  ids.n2 = await create('training-need', { identifiedOn: '2022-03-10', topic: 'leadership', needStatus: 'matched', organisation: ids.large });
  ids.n3 = await create('training-need', {
    identifiedOn: '2022-04-01',
    topic: 'other',
    needStatus: 'in_progress',
    organisation: ids.unknown,
    matchedOffers: [ids.offerDraft],
  });

  // Events (all published).
  ids.evPublic = await create(
    'event',
    { title: 'Auftakt Kooperative Weiterbildung', type: 'kickoff', startsAt: '2022-02-15T09:00:00.000Z', isPublic: true, attendeesTotal: 25 },
    true
  );
  // No attendeesTotal (counts 0) but a participation of 2 people: a quality finding.
  ids.evWorkingGroup = await create(
    'event',
    { title: 'Arbeitskreis Automatisierung', type: 'working_group_meeting', startsAt: '2022-06-20T12:00:00.000Z', isPublic: false },
    true
  );
  ids.evCancelled = await create(
    'event',
    { title: 'Abgesagter Workshop', type: 'workshop', startsAt: '2022-03-22T08:00:00.000Z', eventStatus: 'cancelled', attendeesTotal: 40 },
    true
  );
  // 23:30 UTC on 31 Oct 2022 is 00:30 on 1 Nov in Berlin (CET): it belongs to py2, not py1.
  ids.evBoundary = await create(
    'event',
    { title: 'Infoabend Mitternacht', type: 'information_event', startsAt: '2022-10-31T23:30:00.000Z', isPublic: false, attendeesTotal: 12 },
    true
  );
  await create('event-participation', { event: ids.evPublic, organisation: ids.kmu, headcount: 4 });
  await create('event-participation', { event: ids.evPublic, organisation: ids.large, headcount: 3 });
  await create('event-participation', { event: ids.evWorkingGroup, organisation: ids.prov, headcount: 2 });
  await create('event-participation', { event: ids.evCancelled, organisation: ids.unknown, headcount: 3 });
  await create('event-participation', { event: ids.evCancelled, organisation: ids.chamber, headcount: 2 });

  // Press releases: one published; one never published; one published and then unpublished;
  // one draft that a later test publishes to see the refresh on change.
  ids.prPublished = await create('press-release', { title: 'Verbund startet', releaseDate: '2022-02-16', pressContact: ids.contact }, true);
  ids.prDraft = await create('press-release', { title: 'Entwurfsmeldung Zukunftsplan', releaseDate: '2022-03-01' });
  ids.prUnpublished = await create('press-release', { title: 'Rückzugsmeldung Altlast', releaseDate: '2022-04-01' }, true);
  await docs('press-release').unpublish({ documentId: ids.prUnpublished });
  ids.prLater = await create('press-release', { title: 'Später veröffentlicht', releaseDate: '2022-05-10' });

  await create('indicator-target', { indicator: 'consultations', period: 'project_year_1', target: 8 });
  await create('indicator-target', { indicator: 'press_releases', period: 'project_year_1', target: 4 });
  await create('indicator-target', { indicator: 'events', period: 'term', target: 10 });
};

// ---------------------------------------------------------------------------------------------
// Boot: Strapi first (it writes the token file and registers the webhook), then the network,
// then the analytics service, whose first refresh reads the finished network.

beforeAll(async () => {
  workDir = mkdtempSync(path.join(os.tmpdir(), 'verbund-chain-'));
  const tokenFile = path.join(workDir, 'cms-export-token');
  const analyticsPort = await freePort();
  const analyticsUrl = `http://127.0.0.1:${analyticsPort}`;

  cms = await bootStrapi({
    env: {
      VERBUND_ANALYTICS_TOKEN_FILE: tokenFile,
      VERBUND_ANALYTICS_URL: analyticsUrl,
      VERBUND_ANALYTICS_WEBHOOK_SECRET: WEBHOOK_SECRET,
      VERBUND_DEMO: '0',
    },
  });
  await createNetwork();

  const roles = cms.strapi.db.query('plugin::users-permissions.role');
  for (const type of ['steuerkreis', 'authenticated'] as const) {
    const role = await roles.findOne({ where: { type } });
    await cms.strapi.plugin('users-permissions').service('user').add({
      username: `${type}-chain`,
      email: `${type}-chain@example.org`,
      password: PASSWORD,
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: role.id,
    });
    const login = await call(cms.url, 'POST', '/api/auth/local', undefined, { identifier: `${type}-chain@example.org`, password: PASSWORD });
    expect(login.status, JSON.stringify(login.body)).toBe(200);
    jwt[type] = login.body.jwt;
  }

  analytics = await startAnalytics({
    cmsUrl: cms.url,
    tokenFile,
    workDir,
    adminToken: ADMIN_TOKEN,
    logger,
    env: {
      ANALYTICS_PORT: String(analyticsPort),
      ANALYTICS_WEBHOOK_SECRET: WEBHOOK_SECRET,
      ANALYTICS_REFRESH_DEBOUNCE_MS: String(DEBOUNCE_MS),
      ANALYTICS_AUTH_CACHE_SECONDS: String(AUTH_CACHE_SECONDS),
    },
  });
  analytics.server.on('request', (req: IncomingMessage) => {
    if (req.method === 'POST' && req.url === '/api/refresh') refreshPosts += 1;
  });
  await analytics.refresher.idle();
  const first = analytics.refresher.status().lastRefresh;
  if (!first?.ok) throw new Error(`first refresh failed: ${first?.error}\n${logLines.join('\n')}`);
});

afterAll(async () => {
  // Analytics first: a refresh in flight still talks to Strapi.
  await analytics?.close();
  await cms?.close();
  await cms?.cleanup();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------

describe('the plugin side of the link', () => {
  it('hands the export token over through VERBUND_ANALYTICS_TOKEN_FILE and registers the refresh webhook with the secret', async () => {
    const token = readFileSync(path.join(workDir, 'cms-export-token'), 'utf8').trim();
    expect(token.length).toBeGreaterThan(20);
    const webhooks = await (cms.strapi.get('webhookStore') as any).findWebhooks();
    const ours = webhooks.filter((w: { url: string }) => w.url === `${analytics.url}/api/refresh`);
    expect(ours).toHaveLength(1);
    expect(ours[0].headers).toEqual({ Authorization: `Bearer ${WEBHOOK_SECRET}` });
    expect([...ours[0].events].sort()).toEqual(['entry.create', 'entry.delete', 'entry.publish', 'entry.unpublish', 'entry.update']);
  });

  it('answers the export only to the analytics token: 401 without or with a garbage token, 403 for a user login', async () => {
    expect((await call(cms.url, 'GET', '/api/verbund/export')).status).toBe(401);
    expect((await call(cms.url, 'GET', '/api/verbund/export', 'not-a-token')).status).toBe(401);
    expect((await call(cms.url, 'GET', '/api/verbund/export', jwt.steuerkreis)).status).toBe(403);
  });

  it('exports published versions only and no personal data', async () => {
    const token = readFileSync(path.join(workDir, 'cms-export-token'), 'utf8').trim();
    const reply = await call(cms.url, 'GET', '/api/verbund/export', token);
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const text = reply.raw.toString('utf8');
    const lines = text.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines[0].type).toBe('_meta');
    expect(lines.at(-1).type).toBe('_end');

    const exportedIds = new Set(lines.map((l) => l.documentId));
    expect(exportedIds.has(ids.prPublished)).toBe(true);
    expect(exportedIds.has(ids.prDraft), 'never-published draft').toBe(false);
    expect(exportedIds.has(ids.prUnpublished), 'published, then unpublished').toBe(false);
    expect(exportedIds.has(ids.prLater), 'draft (not yet published)').toBe(false);
    expect(exportedIds.has(ids.offerDraft), 'never-published course offer').toBe(false);

    for (const secret of [CONTACT_EMAIL, CONTACT_PHONE, CONSULTATION_NOTES]) expect(text).not.toContain(secret);
    const contact = lines.find((l) => l.documentId === ids.contact);
    // Analytics counts no persons: the contact's name stays in the CMS too.
    expect(text).not.toContain('Paula Presse');
    expect(contact.fields).toEqual({ role: 'Pressesprecherin', isPressContact: true });
    expect(Object.keys(contact.fields)).not.toContain('email');
    expect(Object.keys(contact.fields)).not.toContain('phone');
    const consultation = lines.find((l) => l.documentId === ids.c1);
    expect(Object.keys(consultation.fields)).not.toContain('notes');
  });
});

describe('analytics HTTP API: who may read', () => {
  it('401 without a token and with a garbage token, in German', async () => {
    const none = await api('/api/indicators?period=py1', null);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect(none.body.error.message).toBe('Bitte melden Sie sich an.');
    const garbage = await api('/api/indicators?period=py1', 'garbage.token.value');
    expect(garbage.status).toBe(401);
    expect(garbage.body.error.message).toMatch(/abgelaufen oder ungültig/);
  });

  it('403 for a user whose role is Authenticated, not Steuerkreis', async () => {
    for (const route of ['/api/indicators?period=py1', '/api/catalogue', '/api/report.csv?period=py1']) {
      const reply = await api(route, jwt.authenticated);
      expect(reply.status, route).toBe(403);
      expect(reply.body.error.message).toMatch(/nur für Mitglieder des Steuerkreises/);
    }
  });

  it('200 for the Steuerkreis JWT and for the service admin token', async () => {
    expect((await api('/api/catalogue')).status).toBe(200);
    expect((await api('/api/catalogue', ADMIN_TOKEN)).status).toBe(200);
  });

  it('a member whose role is taken away loses the figures within the sign-in cache time, although the answer is cached', async () => {
    const roles = cms.strapi.db.query('plugin::users-permissions.role');
    const users = cms.strapi.plugin('users-permissions').service('user');
    const user = await users.add({
      username: 'wechsel-chain',
      email: 'wechsel-chain@example.org',
      password: PASSWORD,
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: (await roles.findOne({ where: { type: 'steuerkreis' } })).id,
    });
    const login = await call(cms.url, 'POST', '/api/auth/local', undefined, { identifier: 'wechsel-chain@example.org', password: PASSWORD });
    const token = login.body.jwt as string;
    const first = await api('/api/indicators?period=term', token);
    expect(first.status).toBe(200);
    expect((await api('/api/indicators?period=term', token)).body).toEqual(first.body);

    await users.edit(user.id, { role: (await roles.findOne({ where: { type: 'authenticated' } })).id });
    const refused = await waitFor('403 once the sign-in cache has expired', async () => {
      const reply = await api('/api/indicators?period=term', token);
      return reply.status === 403 ? reply : undefined;
    });
    expect(refused.body.error.message).toMatch(/nur für Mitglieder des Steuerkreises/);
    // The same cached question is still answered for a member.
    expect((await api('/api/indicators?period=term')).body).toEqual(first.body);
  });

  it('logs in through Strapi: Steuerkreis gets a JWT, another role 403, a wrong password 401', async () => {
    const ok = await call(analytics.url, 'POST', '/api/login', undefined, { identifier: 'steuerkreis-chain@example.org', password: PASSWORD });
    expect(ok.status).toBe(200);
    expect(ok.body.user.role.type).toBe('steuerkreis');
    expect((await api('/api/status', ok.body.jwt)).status).toBe(200);
    const other = await call(analytics.url, 'POST', '/api/login', undefined, { identifier: 'authenticated-chain@example.org', password: PASSWORD });
    expect(other.status).toBe(403);
    const wrong = await call(analytics.url, 'POST', '/api/login', undefined, { identifier: 'steuerkreis-chain@example.org', password: 'falsch' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.message).toBe('Benutzername oder Passwort ist falsch.');
  });
});

describe('analytics HTTP API: figures of the hand-made network', () => {
  it('py1: every indicator as worked out by hand', async () => {
    const reply = await api('/api/indicators?period=py1');
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ from: '2021-11-01', to: '2022-10-31' });
    expect(reply.body.snapshotAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const byId = Object.fromEntries((reply.body.indicators as any[]).map((i) => [i.id, i]));
    const v = (id: string) => byId[id].value;

    // Stocks on 2022-10-31: PROV, KMU, LARGE, UNK, CHAMBER (EX ended 2022-06-30).
    expect(v('partners')).toBe(5);
    expect(v('partner_companies')).toBe(3); // KMU, LARGE, UNK
    expect(v('sme_partner_share')).toBe(0.5); // known size: KMU (small), LARGE ⇒ 1 of 2
    expect(v('training_providers')).toBe(1);
    // Consultations C1 (KMU), C2 (LARGE), C3 (KMU), C5 (EX); C4 is in py2.
    expect(v('consultations')).toBe(4);
    expect(v('companies_counselled')).toBe(3); // KMU, LARGE, EX
    expect(v('smes_counselled')).toBe(2); // KMU (small), EX (medium)
    // Needs N1, N2, N3; only N1 has a published matched offer.
    expect(v('needs_identified')).toBe(3);
    expect(v('needs_matched_share')).toBeCloseTo(1 / 3, 10);
    // The held run only; the cancelled run and its participations count nowhere.
    expect(v('course_runs')).toBe(1);
    expect(v('cooperative_course_runs')).toBe(1); // KMU and LARGE in the held run
    expect(v('course_participants')).toBe(5); // 3 + 2
    expect(v('course_participants_sme')).toBe(3); // the KMU's 3
    expect(v('new_course_offers')).toBe(1); // offer A, first held run 2022-06-13
    // Held events starting in py1 (Berlin dates): kickoff and working group; the cancelled one
    // does not count and the midnight one is on 2022-11-01 in Berlin.
    expect(v('events')).toBe(2);
    expect(v('working_group_meetings')).toBe(1);
    expect(v('event_participants')).toBe(25); // 25 + (empty = 0)
    // Interactions: KMU C1, C3, kickoff, held run (4); LARGE C2, kickoff, held run (3);
    // EX C5 (1); PROV working group (1). UNK and CHAMBER only took part in cancelled things.
    expect(v('organisations_reached')).toBe(4);
    expect(v('repeat_engagement_share')).toBe(0.5); // KMU and LARGE of 4
    expect(v('districts_reached')).toBe(3); // braunschweig, wolfsburg, goslar; EX is outside_region
    expect(v('press_releases')).toBe(1); // draft, unpublished and not-yet-published ones do not count

    // Targets for project year 1 and progress = value ÷ target.
    expect(byId.consultations).toMatchObject({ name: 'Beratungen', kind: 'flow', target: 8, progress: 0.5 });
    expect(byId.press_releases).toMatchObject({ target: 4, progress: 0.25 });
    // The events target is for the term only.
    expect(byId.events).toMatchObject({ target: null, progress: null });
    for (const indicator of reply.body.indicators) {
      expect(Object.keys(indicator)).toEqual(expect.arrayContaining(['id', 'name', 'kind', 'value', 'target', 'progress']));
    }
  });

  it('a month with no needs and no interactions: shares with an empty denominator are null, not 0 (from/to query)', async () => {
    const reply = await api('/api/indicators?from=2022-08-01&to=2022-08-31');
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ from: '2022-08-01', to: '2022-08-31' });
    const v = Object.fromEntries((reply.body.indicators as any[]).map((i) => [i.id, i.value]));
    expect(v.needs_matched_share).toBeNull();
    expect(v.repeat_engagement_share).toBeNull();
    // Stock on 2022-08-31 is unchanged from py1's end: known-size companies KMU and LARGE.
    expect(v.sme_partner_share).toBe(0.5);
    expect(v.partners).toBe(5);
    // Flows without rows are 0 (a number), not null.
    expect(v.consultations).toBe(0);
    expect(v.event_participants).toBe(0);
  });

  it('dates a date-time by its Berlin calendar day: the 23:30 UTC event of 31 Oct counts in November', async () => {
    expect((await values('period=2022-10')).events).toBe(0);
    expect((await values('period=2022-11')).events).toBe(1);
    // py2: that event and consultation C4.
    const py2 = await values('period=py2');
    expect(py2.events).toBe(1);
    expect(py2.consultations).toBe(1);
  });

  it('term: the term target applies (3 held events of 10)', async () => {
    const reply = await api('/api/indicators?period=term');
    const events = reply.body.indicators.find((i: { id: string }) => i.id === 'events');
    expect(events).toMatchObject({ value: 3, target: 10 });
    expect(events.progress).toBeCloseTo(0.3, 10);
  });

  it('series: a flow per quarter with its cumulative value, and a stock measured on each bucket’s last day', async () => {
    const flow = await api('/api/series?indicator=consultations&period=py1&granularity=quarter');
    expect(flow.status).toBe(200);
    // py1's quarters, the first and last clipped: Nov–Dec 2021, Q1–Q3 2022, Oct 2022.
    expect(flow.body.points.map((p: any) => [p.key, p.from, p.to])).toEqual([
      ['2021-Q4', '2021-11-01', '2021-12-31'],
      ['2022-Q1', '2022-01-01', '2022-03-31'],
      ['2022-Q2', '2022-04-01', '2022-06-30'],
      ['2022-Q3', '2022-07-01', '2022-09-30'],
      ['2022-Q4', '2022-10-01', '2022-10-31'],
    ]);
    // C1 (Jan), C5 (Feb), C2 (Mar) in Q1; C3 (Apr) in Q2.
    expect(flow.body.points.map((p: any) => p.value)).toEqual([0, 3, 1, 0, 0]);
    expect(flow.body.points.map((p: any) => p.cumulative)).toEqual([0, 3, 4, 4, 4]);

    const stock = await api('/api/series?indicator=partners&period=py1&granularity=quarter');
    // 2021-12-31: PROV, EX, KMU; 03-31: + LARGE, UNK; 06-30: + CHAMBER (EX still, until 06-30);
    // 09-30 and 10-31: EX gone.
    expect(stock.body.points.map((p: any) => p.value)).toEqual([3, 5, 6, 5, 5]);
    expect(stock.body.points.every((p: any) => p.cumulative === null)).toBe(true);

    const monthly = await api('/api/series?indicator=course_runs&from=2022-05-01&to=2022-06-30');
    // granularity defaults to month; the cancelled May run does not count.
    expect(monthly.body.points.map((p: any) => [p.key, p.value])).toEqual([
      ['2022-05', 0],
      ['2022-06', 1],
    ]);
  });

  it('breakdown: participants by company size and partners by district, largest first, with German labels', async () => {
    const size = await api('/api/breakdown?indicator=course_participants&by=size_class&period=py1');
    expect(size.status).toBe(200);
    expect(size.body.byLabel).toBe('Unternehmensgröße');
    expect(size.body.rows).toEqual([
      { key: 'small', label: 'Kleines Unternehmen (<50)', value: 3 },
      { key: 'large', label: 'Großunternehmen (≥250)', value: 2 },
    ]);
    const district = await api('/api/breakdown?indicator=partners&by=district&period=py1');
    // braunschweig: KMU + CHAMBER; goslar PROV, peine UNK, wolfsburg LARGE (ties by key).
    expect(district.body.rows.map((r: any) => [r.key, r.value])).toEqual([
      ['braunschweig', 2],
      ['goslar', 1],
      ['peine', 1],
      ['wolfsburg', 1],
    ]);
  });

  it('quality: exactly the three problems built into the network', async () => {
    const reply = await api('/api/quality');
    expect(reply.status).toBe(200);
    const findings = Object.fromEntries((reply.body.checks as any[]).map((c) => [c.id, c.findings.map((f: any) => f.id)]));
    expect(findings).toEqual({
      // working-group meeting: participations of 2 people, no attendeesTotal
      event_headcount_exceeds_total: [ids.evWorkingGroup],
      // held run 5 of 10 seats, cancelled run 6 of 8: neither is over
      course_run_over_capacity: [],
      // N2 is "matched" without any offer
      training_need_status_mismatch: [ids.n2],
      partner_until_before_since: [],
      company_size_unknown: [ids.unknown],
      participation_without_event_or_run: [],
      press_photo_without_image: [],
      unreadable_value: [],
    });
    const headcount = reply.body.checks.find((c: any) => c.id === 'event_headcount_exceeds_total').findings[0];
    expect(headcount.message).toContain('2 Personen');
  });

  it('catalogue: the 21 indicators of INDICATORS.md in its order, and the six dimensions', async () => {
    const reply = await api('/api/catalogue');
    expect(reply.body.indicators.map((i: any) => i.id)).toEqual([
      'partners',
      'partner_companies',
      'sme_partner_share',
      'training_providers',
      'consultations',
      'companies_counselled',
      'smes_counselled',
      'needs_identified',
      'needs_matched_share',
      'course_runs',
      'cooperative_course_runs',
      'course_participants',
      'course_participants_sme',
      'new_course_offers',
      'events',
      'working_group_meetings',
      'event_participants',
      'organisations_reached',
      'repeat_engagement_share',
      'districts_reached',
      'press_releases',
    ]);
    expect(reply.body.indicators.find((i: any) => i.id === 'sme_partner_share')).toMatchObject({ name: 'KMU-Anteil der Partnerunternehmen', kind: 'share' });
    expect(reply.body.dimensions.map((d: any) => d.id)).toEqual(['district', 'organisation_type', 'size_class', 'topic', 'event_type', 'format']);
  });

  it('status: the loaded export’s record counts (published versions only) and the last refresh', async () => {
    const reply = await api('/api/status');
    expect(reply.status).toBe(200);
    expect(reply.body.project).toBe('Kooperative Weiterbildung Testregion');
    expect(reply.body.lastRefresh.ok).toBe(true);
    expect(reply.body.counts).toMatchObject({
      'funding-project': 1,
      organisation: 6,
      contact: 1,
      'press-release': 1, // of 4: draft, unpublished and not-yet-published are not exported
      event: 4,
      'event-participation': 5,
      'course-offer': 1, // the never-published draft is not exported
      'course-run': 2,
      'course-participation': 4,
      consultation: 5,
      'training-need': 3,
      'indicator-target': 3,
    });
  });

  it('answers bad queries with 400 and a German message', async () => {
    const cases: Array<[string, RegExp]> = [
      ['/api/indicators?from=2022-02-30&to=2022-03-31', /Der Beginn „2022-02-30“ ist kein gültiges Datum/],
      ['/api/indicators?from=2022-06-01&to=2022-01-01', /Der Beginn \(01\.06\.2022\) liegt nach dem Ende \(01\.01\.2022\)/],
      ['/api/indicators?from=2022-06-01', /Bitte Beginn und Ende des Zeitraums angeben/],
      ['/api/indicators?period=py9', /Projektjahr 9 gibt es nicht/],
      ['/api/indicators?period=letztes-jahr', /Unbekannter Zeitraum „letztes-jahr“/],
      ['/api/series?indicator=gibt_es_nicht&period=py1', /Unbekannte Kennzahl „gibt_es_nicht“/],
      ['/api/series?indicator=events&period=py1&granularity=week', /Unbekannte Auflösung „week“/],
      ['/api/breakdown?indicator=press_releases&by=district&period=py1', /lässt sich nicht aufschlüsseln/],
      ['/api/breakdown?indicator=partners&by=farbe&period=py1', /Unbekannte Aufschlüsselung „farbe“/],
      ['/api/report.xlsx?period=2022-13', /Den Monat „2022-13“ gibt es nicht/],
    ];
    for (const [route, message] of cases) {
      const reply = await api(route);
      expect(reply.status, route).toBe(400);
      expect(reply.body.error.message, route).toMatch(message);
    }
  });
});

/** The reports name the period as the API does; the wording is the API's, the project year is checked here. */
const py1Label = async () => {
  const label = (await api('/api/indicators?period=py1')).body.label as string;
  expect(label).toMatch(/^Projektjahr 1\b/);
  return label;
};

describe('analytics HTTP API: reports for the funder', () => {
  it('report.xlsx: cover with period and snapshot time, German headings and the py1 values', async () => {
    const reply = await api('/api/report.xlsx?period=py1');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(reply.headers.get('content-disposition')).toContain('Kennzahlen_Projektjahr-1.xlsx');
    const snapshotAt = (await api('/api/status')).body.snapshotAt as string;
    const label = await py1Label();

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(reply.raw as never);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Deckblatt',
      'Kennzahlen',
      'Definitionen',
      'Nach Region',
      'Nach Organisationstyp',
      'Nach Unternehmensgröße',
      'Nach Thema',
      'Nach Veranstaltungsart',
      'Nach Format',
      'Datenqualität',
    ]);

    const cover = workbook.getWorksheet('Deckblatt')!;
    const coverRows = cover.getSheetValues().filter(Boolean).map((row) => (row as unknown[]).slice(1));
    expect(coverRows).toContainEqual(['Berichtszeitraum', label]);
    expect(coverRows).toContainEqual(['Von', '01.11.2021']);
    expect(coverRows).toContainEqual(['Bis', '31.10.2022']);
    expect(coverRows).toContainEqual([`Stand: ${berlinStand(snapshotAt)}`]);

    const sheet = workbook.getWorksheet('Kennzahlen')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Kennzahl',
      'Art',
      'Einheit',
      'Wert',
      'Zielwert',
      'Zielerreichung',
      'Vergleich: keiner (gemessen am Zielwert)',
    ]);
    const rowOf = (name: string) => {
      let found: ExcelJS.Row | undefined;
      sheet.eachRow((row) => {
        if (row.getCell(1).value === name) found = row;
      });
      return found!;
    };
    const consultations = rowOf('Beratungen');
    expect([consultations.getCell(4).value, consultations.getCell(5).value, consultations.getCell(6).value]).toEqual([4, 8, 0.5]);
    expect(consultations.getCell(6).numFmt).toBe('0.0%');
    expect(rowOf('Bedarfe mit passendem Angebot').getCell(4).value).toBeCloseTo(1 / 3, 10);
    expect(rowOf('Durchgeführte Kurse').getCell(4).value).toBe(1);

    const definitions = workbook.getWorksheet('Definitionen')!;
    expect(definitions.getRow(1).getCell(4).value).toBe('Definition');
    const definitionIds: unknown[] = [];
    definitions.eachRow((row, n) => n > 1 && definitionIds.push(row.getCell(2).value));
    expect(definitionIds).toContain('needs_matched_share');

    const bySize = workbook.getWorksheet('Nach Unternehmensgröße')!;
    const sizeRows = bySize.getSheetValues().filter(Boolean).map((row) => (row as unknown[]).slice(1));
    expect(sizeRows).toContainEqual(['Teilnehmende an Weiterbildungen', 'Kleines Unternehmen (<50)', 3]);
  });

  it('report.csv: German headings, semicolons, decimal comma, empty cell for no value', async () => {
    const reply = await api('/api/report.csv?period=py1');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(reply.headers.get('content-disposition')).toContain('Kennzahlen_Projektjahr-1.csv');
    const text = reply.raw.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n').map((l) => l.split(';'));
    expect(lines[0]).toEqual([
      'Zeitraum',
      'Von',
      'Bis',
      'Kennung',
      'Kennzahl',
      'Art',
      'Einheit',
      'Wert',
      'Zielwert',
      'Zielerreichung (%)',
      'Wert Vergleichszeitraum',
      'Stand',
    ]);
    expect(lines).toHaveLength(22);
    const row = (id: string) => {
      const cells = lines.find((l) => l[3] === id)!;
      return Object.fromEntries(lines[0]!.map((heading, i) => [heading, cells[i]]));
    };
    const snapshotAt = (await api('/api/status')).body.snapshotAt as string;
    expect(row('consultations')).toMatchObject({
      Zeitraum: await py1Label(),
      Von: '01.11.2021',
      Bis: '31.10.2022',
      Kennzahl: 'Beratungen',
      Wert: '4',
      Zielwert: '8',
      'Zielerreichung (%)': '50',
      'Wert Vergleichszeitraum': '',
      Stand: berlinStand(snapshotAt),
    });
    // 1 of 3 needs matched: 33.333…% rounded to two places, with a decimal comma.
    expect(row('needs_matched_share')).toMatchObject({ Einheit: '%', Wert: '33,33', Zielwert: '', 'Wert Vergleichszeitraum': '' });
    expect(row('sme_partner_share')).toMatchObject({ Wert: '50' });
    expect(row('press_releases')).toMatchObject({ Wert: '1', Zielwert: '4', 'Zielerreichung (%)': '25' });
  });
});

describe('refresh on change', () => {
  it('refuses POST /api/refresh without the webhook secret or admin token', async () => {
    expect((await call(analytics.url, 'POST', '/api/refresh')).status).toBe(401);
    expect((await call(analytics.url, 'POST', '/api/refresh', 'wrong-secret')).status).toBe(401);
    // A steering-committee login may read figures but not trigger refreshes.
    const user = await call(analytics.url, 'POST', '/api/refresh', jwt.steuerkreis);
    expect(user.status).toBe(401);
    expect(user.body.error.message).toMatch(/Webhook-Schlüssel/);
    expect((await call(analytics.url, 'GET', '/api/refresh', WEBHOOK_SECRET)).status).toBe(405);
    expect((await call(analytics.url, 'POST', '/api/refresh', ADMIN_TOKEN)).status).toBe(202);
  });

  it('publishing a draft press release in Strapi reaches /api/indicators through the webhook', async () => {
    await waitFor('quiet analytics', async () => (quiet() ? true : undefined));
    const before = await values('period=py1');
    expect(before.press_releases).toBe(1);
    const snapshotBefore = (await api('/api/status')).body.snapshotAt;

    await docs('press-release').publish({ documentId: ids.prLater });

    const after = await waitFor('press_releases = 2 in py1', async () => {
      const v = await values('period=py1');
      return v.press_releases === 2 ? v : undefined;
    });
    expect(after.press_releases).toBe(2);
    expect((await api('/api/status')).body.snapshotAt > snapshotBefore).toBe(true);
  });

  it('a burst of four edits is delivered once each and causes one refresh', async () => {
    await waitFor('quiet analytics', async () => (quiet() ? true : undefined));
    const refreshesBefore = refreshesDone();
    const postsBefore = refreshPosts;

    // Consultations in py1 go from 4 to 4 + 2 − 1 = 5; companies counselled from 3 to 2 (EX's
    // only consultation is deleted; the new ones are with a chamber and a training provider).
    const c6 = await create('consultation', { date: '2022-07-07', format: 'remote', organisation: ids.chamber });
    await create('consultation', { date: '2022-08-08', format: 'remote', organisation: ids.prov });
    await docs('consultation').update({ documentId: c6, data: { format: 'on_site' } });
    await docs('consultation').delete({ documentId: ids.c5 });

    const after = await waitFor('consultations = 5 in py1', async () => {
      if (!quiet()) return undefined;
      const v = await values('period=py1');
      return v.consultations === 5 ? v : undefined;
    });
    expect(after.companies_counselled).toBe(2);
    expect(after.smes_counselled).toBe(1);

    // Proving that no second refresh follows needs one more quiet-time window.
    await new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS + 500));
    await waitFor('quiet analytics', async () => (quiet() ? true : undefined));
    expect(refreshPosts - postsBefore, 'webhook deliveries for 4 edits').toBe(4);
    expect(refreshesDone() - refreshesBefore, 'refreshes for the burst').toBe(1);
  });

  it('unpublishing in Strapi removes the release from the figures again', async () => {
    await docs('press-release').unpublish({ documentId: ids.prLater });
    const after = await waitFor('press_releases = 1 in py1', async () => {
      const v = await values('period=py1');
      return v.press_releases === 1 ? v : undefined;
    });
    expect(after.press_releases).toBe(1);
  });
});
