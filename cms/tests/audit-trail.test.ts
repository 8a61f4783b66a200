/**
 * The audit trail (issue 10, part 1) through the admin panel's own API: every change made in the
 * content manager leaves exactly one entry with the right person, action and fields, in the same
 * transaction (a refused save leaves none); notes and personal data appear as „geändert“ only.
 * Koordination reads the trail (JSON, CSV) with filters; Kommunikation may not; no route alters
 * it; the analytics service reads it with its token only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry, AuditLogPage } from '@verbund/domain/contract';
import { auditLogPage } from '@verbund/domain/contract';
import { bootStrapi, type TestStrapi } from './helpers/strapi';
import { adminApi, adminLogin } from './helpers/admin';
import { DEMO_ACCOUNTS } from '../src/demo/accounts';
import { REDACTED_FIELDS } from '../src/plugins/verbund/server/src/audit/redaction';
import { AUDIT_ENTRY } from '../src/plugins/verbund/server/src/services/audit';

const CM = (type: string) => `/content-manager/collection-types/plugin::verbund.${type}`;
const LOG = '/verbund/audit-log';

let app: TestStrapi;
type Api = ReturnType<typeof adminApi>;
let koordination: Api;
let kommunikation: Api;
let superAdmin: Api;
let superAdminToken: string;
let koordinationId: number;
let koordinationToken: string;
let kommunikationId: number;
let analyticsToken: string;
let organisation: string;

/** A demo person of a role, under that person's name, logged in. */
const login = async (account: { email: string; firstname: string; lastname: string; roleCode?: string }) => {
  const token = await adminLogin(app.strapi, app.url, account.email, account.roleCode);
  const user = await app.strapi.db.query('admin::user').update({ where: { email: account.email }, data: { firstname: account.firstname, lastname: account.lastname } });
  return { api: adminApi(app.url, token), id: user.id as number, token };
};

/** The trail of one record, oldest first, as Koordination reads it. */
const trailOf = async (documentId: string): Promise<AuditEntry[]> => {
  const reply = await koordination('GET', `${LOG}?documentId=${documentId}&pageSize=100`);
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return (auditLogPage.parse(reply.body) as AuditLogPage).entries.reverse();
};

const entryCount = () => app.strapi.db.query(AUDIT_ENTRY as never).count({});

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

beforeAll(async () => {
  app = await bootStrapi();
  ({ api: koordination, id: koordinationId, token: koordinationToken } = await login({ ...DEMO_ACCOUNTS.koordination, email: 'audit-koordination@verbund.example' }));
  ({ api: kommunikation, id: kommunikationId } = await login({ ...DEMO_ACCOUNTS.kommunikation, email: 'audit-presse@verbund.example' }));
  ({ api: superAdmin, token: superAdminToken } = await login({ ...DEMO_ACCOUNTS.superAdmin, email: 'audit-admin@verbund.example' }));
  const apiTokens = app.strapi.service('admin::api-token-content-api') as any;
  const analytics = await app.strapi.db.query('admin::api-token').findOne({ where: { name: 'verbund-analytics' } });
  analyticsToken = (await apiTokens.regenerate(analytics.id)).accessKey;
}, 120_000);

afterAll(async () => {
  await app?.close();
  await app?.cleanup();
});

describe('recording, as Koordination', () => {
  it('a created organisation leaves one „create“ entry by the person, with the filled fields', async () => {
    const reply = await koordination('POST', CM('organisation'), { name: 'Protokoll GmbH', type: 'company', sizeClass: 'small', partnerSince: '2022-01-01', description: 'Interne Einschätzung' });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    organisation = reply.body.data.documentId;
    const [entry, ...more] = await trailOf(organisation);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      action: 'create',
      actor: { kind: 'admin', id: koordinationId, name: 'Jonas Koordination' },
      contentType: 'organisation',
      documentId: organisation,
      documentName: 'Protokoll GmbH',
    });
    expect(entry.changes).toContainEqual({ field: 'name', label: 'Name', old: null, new: 'Protokoll GmbH', redacted: false });
    expect(entry.changes).toContainEqual({ field: 'partnerSince', label: 'Verbundpartner seit', old: null, new: '2022-01-01', redacted: false });
    expect(entry.changes).toContainEqual({ field: 'description', label: 'Beschreibung', old: null, new: null, redacted: true });
    // Fields left empty and the bookkeeping are no change.
    expect(entry.changes.map((change) => change.field)).not.toContain('partnerUntil');
    expect(entry.changes.map((change) => change.field)).not.toContain('updatedAt');
  });

  it('an update leaves one „update“ entry with exactly the changed fields, old and new', async () => {
    const reply = await koordination('PUT', `${CM('organisation')}/${organisation}`, { partnerUntil: '2022-06-30', description: 'Neue Einschätzung' });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const trail = await trailOf(organisation);
    expect(trail).toHaveLength(2);
    expect(trail[1]).toMatchObject({ action: 'update', actor: { id: koordinationId } });
    expect(trail[1].changes).toEqual([
      { field: 'partnerUntil', label: 'Verbundpartner bis', old: null, new: '2022-06-30', redacted: false },
      { field: 'description', label: 'Beschreibung', old: null, new: null, redacted: true },
    ]);
    expect(JSON.stringify(trail)).not.toContain('Einschätzung');
  });

  it('a save that changes nothing leaves no entry', async () => {
    const before = await entryCount();
    expect((await koordination('PUT', `${CM('organisation')}/${organisation}`, { partnerUntil: '2022-06-30' })).status).toBe(200);
    expect(await entryCount()).toBe(before);
  });

  it('a refused save (400) leaves no entry: neither a create without its required name nor an invalid update', async () => {
    const before = await entryCount();
    const create = await koordination('POST', CM('organisation'), { type: 'company', sizeClass: 'small' });
    expect(create.status).toBe(400);
    const update = await koordination('PUT', `${CM('organisation')}/${organisation}`, { partnerUntil: '2021-01-01' });
    expect(update.status, JSON.stringify(update.body)).toBe(400);
    expect(await entryCount()).toBe(before);
    expect(await trailOf(organisation)).toHaveLength(2);
  });

  it('a consultation note is recorded as changed only, never its text', async () => {
    const note = 'Geschäftsführer Müller plant Kurzarbeit';
    const reply = await koordination('POST', CM('consultation'), { organisation, date: '2023-02-01', format: 'remote', notes: note });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    const [entry, ...more] = await trailOf(reply.body.data.documentId);
    expect(more).toEqual([]);
    expect(entry.action).toBe('create');
    expect(entry.changes).toContainEqual({ field: 'notes', label: 'Notizen', old: null, new: null, redacted: true });
    expect(entry.changes).toContainEqual(expect.objectContaining({ field: 'organisation', new: { documentId: organisation, name: 'Protokoll GmbH' } }));
    expect(JSON.stringify(entry)).not.toContain('Müller');
    expect(REDACTED_FIELDS.consultation).toContain('notes');
  });

  it('a deleted organisation leaves one „delete“ entry with its former values', async () => {
    const created = await koordination('POST', CM('organisation'), { name: 'Kurzzeit AG', type: 'chamber', sizeClass: 'unknown' });
    const documentId = created.body.data.documentId;
    expect((await koordination('DELETE', `${CM('organisation')}/${documentId}`)).status).toBe(200);
    const trail = await trailOf(documentId);
    expect(trail.map((entry) => entry.action)).toEqual(['create', 'delete']);
    expect(trail[1]).toMatchObject({ documentName: 'Kurzzeit AG', actor: { id: koordinationId } });
    expect(trail[1].changes).toContainEqual({ field: 'name', label: 'Name', old: 'Kurzzeit AG', new: null, redacted: false });
  });
});

describe('recording, as Kommunikation', () => {
  let release: string;

  it('create, publish and unpublish of a press release leave one entry each', async () => {
    const data = { title: 'Auftakt des Verbunds', releaseDate: '2026-12-01' };
    const created = await kommunikation('POST', CM('press-release'), data);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    release = created.body.data.documentId;
    // The admin's „Veröffentlichen“ sends the unchanged form along: no change, so only the publication counts.
    expect((await kommunikation('POST', `${CM('press-release')}/${release}/actions/publish`, data)).status).toBe(200);
    expect((await kommunikation('POST', `${CM('press-release')}/${release}/actions/unpublish`, {})).status).toBe(200);
    const trail = await trailOf(release);
    expect(trail.map((entry) => entry.action)).toEqual(['create', 'publish', 'unpublish']);
    for (const entry of trail) expect(entry.actor).toEqual({ kind: 'admin', id: kommunikationId, name: 'Kim Kommunikation' });
    expect(trail[0].changes).toContainEqual({ field: 'title', label: 'Titel', old: null, new: 'Auftakt des Verbunds', redacted: false });
    // What went public: the first publication shows every filled field.
    expect(trail[1].changes).toContainEqual({ field: 'title', label: 'Titel', old: null, new: 'Auftakt des Verbunds', redacted: false });
    expect(trail[2].changes).toEqual([]);
  });

  it('scheduling under embargo leaves one „Sperrfrist geplant“ entry; removing the embargo one „Sperrfrist aufgehoben“', async () => {
    const embargoUntil = inHours(48);
    const data = { title: 'Auftakt des Verbunds', releaseDate: '2026-12-01', embargoUntil };
    // Saving the date is a change of its own; „Veröffentlichen“ then schedules instead of publishing.
    expect((await kommunikation('PUT', `${CM('press-release')}/${release}`, data)).status).toBe(200);
    const scheduled = await kommunikation('POST', `${CM('press-release')}/${release}/actions/publish`, data);
    expect(scheduled.status, JSON.stringify(scheduled.body)).toBe(200);
    let trail = await trailOf(release);
    expect(trail.slice(3).map((entry) => entry.action)).toEqual(['update', 'embargo_schedule']);
    expect(trail[4]).toMatchObject({ actor: { id: kommunikationId } });
    expect(trail[4].changes).toEqual([{ field: 'embargoUntil', label: 'Sperrfrist bis', old: null, new: embargoUntil, redacted: false }]);

    expect((await kommunikation('PUT', `${CM('press-release')}/${release}`, { embargoUntil: null })).status).toBe(200);
    trail = await trailOf(release);
    expect(trail).toHaveLength(6);
    // Removing the date cancels the schedule: one entry says both.
    expect(trail[5]).toMatchObject({ action: 'embargo_cancel', actor: { id: kommunikationId } });
    expect(trail[5].changes).toEqual([{ field: 'embargoUntil', label: 'Sperrfrist bis', old: embargoUntil, new: null, redacted: false }]);
  });

  it('the cron publishing a release after its embargo is recorded as the system', async () => {
    // Tests run the embargo cron every second (helpers/strapi.ts).
    const created = await kommunikation('POST', `${CM('press-release')}/actions/publish`, { title: 'Später', releaseDate: '2026-12-01', embargoUntil: inHours(2 / 3600) });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const documentId = created.body.data.documentId;
    const deadline = Date.now() + 20_000;
    while ((await trailOf(documentId)).length < 3 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
    const trail = await trailOf(documentId);
    expect(trail.map((entry) => entry.action)).toEqual(['create', 'embargo_schedule', 'publish']);
    expect(trail[2].actor).toEqual({ kind: 'system', id: null, name: 'System' });
  });

  it('Kommunikation may not read the trail (403); Koordination and the Super Admin may', async () => {
    expect((await kommunikation('GET', LOG)).status).toBe(403);
    expect((await kommunikation('GET', `${LOG}.csv`)).status).toBe(403);
    expect((await koordination('GET', LOG)).status).toBe(200);
    expect((await superAdmin('GET', LOG)).status).toBe(200);
    expect((await fetch(`${app.url}${LOG}`)).status).toBe(401);
  });
});

describe('reading', () => {
  it('filters by type, action, person (id or name), document and day; newest first, paginated', async () => {
    const page = async (query: string) => {
      const reply = await koordination('GET', `${LOG}?${query}`);
      expect(reply.status, JSON.stringify(reply.body)).toBe(200);
      return auditLogPage.parse(reply.body);
    };
    const all = await page('pageSize=100');
    expect(all.pagination.total).toBe(await entryCount());
    const times = all.entries.map((entry) => Date.parse(entry.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    const updates = await page('contentType=organisation&action=update');
    expect(updates.entries.map((entry) => entry.documentId)).toEqual([organisation]);
    const byId = await page(`actor=${kommunikationId}&pageSize=100`);
    expect(byId.entries.length).toBeGreaterThan(0);
    expect(byId.entries.every((entry) => entry.actor.id === kommunikationId)).toBe(true);
    const byName = await page('actor=kommunikation&pageSize=100');
    expect(byName.pagination.total).toBe(byId.pagination.total);

    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date());
    expect((await page(`from=${today}&to=${today}`)).pagination.total).toBe(all.pagination.total);
    expect((await page('to=2020-01-01')).pagination.total).toBe(0);

    const second = await page('pageSize=2&page=2');
    expect(second.pagination).toEqual({ page: 2, pageSize: 2, total: all.pagination.total, pageCount: Math.ceil(all.pagination.total / 2) });
    expect(second.entries.map((entry) => entry.id)).toEqual(all.entries.slice(2, 4).map((entry) => entry.id));
  });

  it.each([
    ['pageSize=0', 'pageSize'],
    ['page=abc', 'page'],
    ['from=2026-13-01', 'from'],
    ['from=2026-03-02&to=2026-03-01', 'from'],
    ['contentType=audit-entry', 'contentType'],
    ['action=rename', 'action'],
    ['documentId=../x', 'documentId'],
    ['format=xml', 'format'],
  ])('a bad parameter (%s) is a German 400 naming it', async (query, parameter) => {
    const reply = await koordination('GET', `${LOG}?${query}`);
    expect(reply.status).toBe(400);
    expect(reply.body.error.message).toContain(`„${parameter}“`);
  });

  it('exports the filtered trail as German CSV (BOM, semicolons, German dates, „geändert“)', async () => {
    for (const path of [`${LOG}.csv?documentId=${organisation}`, `${LOG}?documentId=${organisation}&format=csv`]) {
      const response = await fetch(`${app.url}${path}`, { headers: { Authorization: `Bearer ${koordinationToken}` } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
      expect(text.startsWith('\uFEFFZeitpunkt;Aktion;Art;Wer;Inhaltstyp;Dokument-ID;Eintrag;Feld;Alter Wert;Neuer Wert\r\n')).toBe(true);
      const lines = text.trim().split('\r\n').slice(1);
      expect(lines.every((line) => line.includes(organisation))).toBe(true);
      expect(lines).toContainEqual(expect.stringMatching(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}:\d{2};Geändert;Person;Jonas Koordination;Organisation;\w+;Protokoll GmbH;Verbundpartner bis;;30\.06\.2022$/));
      expect(lines).toContainEqual(expect.stringMatching(/;Beschreibung;geändert;geändert$/));
    }
  });

  it('no route creates, changes or deletes an entry; the content manager and the content API do not reach the type', async () => {
    const before = await entryCount();
    const [{ id }] = (await app.strapi.db.query(AUDIT_ENTRY as never).findMany({ limit: 1 })) as Array<{ id: number }>;
    const status = async (method: string, path: string, body?: unknown) =>
      (
        await fetch(`${app.url}${path}`, {
          method,
          headers: { Authorization: `Bearer ${superAdminToken}`, 'Content-Type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        })
      ).status;
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      for (const path of [LOG, `${LOG}/${id}`, `${LOG}.csv`]) expect([404, 405], `${method} ${path}`).toContain(await status(method, path, {}));
    }
    const cm = `/content-manager/collection-types/${AUDIT_ENTRY}`;
    for (const [method, path] of [['GET', cm], ['POST', cm], ['GET', `${cm}/${id}`], ['PUT', `${cm}/${id}`], ['DELETE', `${cm}/${id}`]] as const) {
      expect([403, 404], `${method} ${path}`).toContain(await status(method, path, method === 'GET' || method === 'DELETE' ? undefined : { actorName: 'x' }));
    }
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const response = await fetch(`${app.url}/api/verbund/audit-entries`, { method, headers: { Authorization: `Bearer ${analyticsToken}` } });
      expect([404, 405]).toContain(response.status);
    }
    expect(await entryCount()).toBe(before);
  });
});

describe('analytics route', () => {
  const call = (query: string, token?: string) =>
    fetch(`${app.url}/api/verbund/audit-entries?${query}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });

  it('refuses the public (401) and an admin login (401)', async () => {
    expect((await call(`documentIds=${organisation}`)).status).toBe(401);
    expect((await call(`documentIds=${organisation}`, koordinationToken)).status).toBe(401);
  });

  it('answers the analytics token with the records’ entries since an instant, oldest first', async () => {
    const all = await trailOf(organisation);
    const reply = await call(`documentIds=${organisation},doesnotexist0000000000000&since=${encodeURIComponent(all[0].at)}`, analyticsToken);
    expect(reply.status).toBe(200);
    const { entries } = (await reply.json()) as { entries: AuditEntry[] };
    expect(entries.map((entry) => entry.id)).toEqual(all.filter((entry) => entry.at > all[0].at).map((entry) => entry.id));
    expect(entries.length).toBeGreaterThan(0);
    expect((await call('since=2026-01-01T00:00:00Z', analyticsToken)).status).toBe(400);
  });
});

describe('retention', () => {
  it('the clean-up deletes entries older than the configured years, and only those', async () => {
    expect(app.strapi.config.get('plugin::verbund.auditRetentionYears')).toBe(10);
    const rows = app.strapi.db.query(AUDIT_ENTRY as never);
    const old = (await rows.create({
      data: { at: new Date(Date.now() - 11 * 365 * 86_400_000), action: 'update', actorKind: 'system', actorName: 'System', contentType: 'organisation', recordDocumentId: organisation, documentName: 'Alt', changes: [] },
    } as never)) as { id: number };
    const before = await entryCount();
    expect(await app.strapi.plugin('verbund').service('audit').purgeOlderThan(10)).toBe(1);
    expect(await entryCount()).toBe(before - 1);
    expect(await rows.findOne({ where: { id: old.id } } as never)).toBeNull();
  });
});
