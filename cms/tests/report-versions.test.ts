/**
 * Frozen report versions through the real doors: the steering committee freezes project year 1
 * through the analytics API (stored in the CMS database), Koordination changes records in the
 * content manager, the snapshot is refreshed, and then the frozen figures and files must be
 * unchanged while the current figures and the diff name exactly the records that were changed,
 * with the audit-trail entries of those changes.
 *
 * The network is small enough to work every figure out by hand from docs/INDICATORS.md; the
 * comments next to the data and the assertions say how. Term 2021-11-01 … 2024-10-31, so project
 * year 1 (py1) is 2021-11-01 … 2022-10-31, and stocks are measured on 2022-10-31.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportDiffResponse, reportsResponse, reportVersion } from '@verbund/domain/contract';
import type { Logger, RunningServer } from '@verbund/analytics';
import { adminApi, adminLogin } from './helpers/admin';
import { startAnalytics } from './helpers/analytics';
import { cmPath } from './helpers/records';
import { bootStrapi, type TestStrapi } from './helpers/strapi';
import { call } from './helpers/http';
import type { TypeName } from '../src/plugins/verbund/server/src/constants';

const ADMIN_TOKEN = 'reports-test-analytics-admin';
const PASSWORD = 'Passwort-1234';
const STEERING_USER = 'steuerkreis-berichte';

let cms: TestStrapi;
let analytics: RunningServer;
let workDir: string;
let steering: string;
let coordination: ReturnType<typeof adminApi>;

const logLines: string[] = [];
const logger: Logger = {
  info: (message) => logLines.push(`info ${message}`),
  warn: (message) => logLines.push(`warn ${message}`),
  error: (message) => {
    logLines.push(`error ${message}`);
    console.error(`[analytics] ${message}`);
  },
};

const docs = (type: TypeName) => cms.strapi.documents(`plugin::verbund.${type}` as never) as any;
const create = async (type: TypeName, data: Record<string, unknown>, published = false): Promise<string> =>
  (await docs(type).create({ data, ...(published ? { status: 'published' } : {}) })).documentId as string;

const api = (method: string, pathname: string, json?: unknown, token: string | null = steering) => call(analytics.url, method, pathname, token, json);

const refresh = async () => {
  await analytics.refresher.runNow();
  const last = analytics.refresher.status().lastRefresh;
  if (!last?.ok) throw new Error(`refresh failed: ${last?.error}\n${logLines.slice(-5).join('\n')}`);
};

const currentValues = async (): Promise<Record<string, number | null>> => {
  const reply = await api('GET', '/api/indicators?period=py1');
  expect(reply.status).toBe(200);
  return Object.fromEntries((reply.body.indicators as Array<{ id: string; value: number | null }>).map((i) => [i.id, i.value]));
};

// ---------------------------------------------------------------------------------------------
// The hand-made network

const ids = {} as Record<string, string>;

const createNetwork = async () => {
  await create('funding-project', {
    name: 'Kooperative Weiterbildung Berichtsregion',
    fundingProgramme: 'Aufbau von Weiterbildungsverbünden',
    funder: 'BMAS',
    grantReference: 'WBV-REPORT-1',
    startsOn: '2021-11-01',
    endsOn: '2024-10-31',
  });
  // Partners on 2022-10-31: all four. Companies: KMU (small), BIG (large), ENDING (medium).
  ids.kmu = await create('organisation', { name: 'Kleinmann Feinmechanik GmbH', type: 'company', sizeClass: 'small', district: 'braunschweig', partnerSince: '2021-12-01' });
  ids.big = await create('organisation', { name: 'Großwerk Automobil AG', type: 'company', sizeClass: 'large', district: 'wolfsburg', partnerSince: '2022-02-01' });
  ids.prov = await create('organisation', { name: 'Bildungswerk Harz', type: 'training_provider', district: 'goslar', partnerSince: '2021-11-01' });
  ids.ending = await create('organisation', { name: 'Ende & Co. KG', type: 'company', sizeClass: 'medium', district: 'peine', partnerSince: '2021-11-15' });

  // Consultations in py1: C1 (KMU), C2 (BIG), C3 (ENDING).
  ids.c1 = await create('consultation', { date: '2022-01-20', format: 'on_site', organisation: ids.kmu });
  ids.c2 = await create('consultation', { date: '2022-03-10', format: 'remote', organisation: ids.big });
  ids.c3 = await create('consultation', { date: '2022-04-05', format: 'on_site', organisation: ids.ending });

  // A new offer with one held run in June 2022; the KMU sends 3 people. One company only: not cooperative.
  ids.offer = await create('course-offer', { title: 'Robotik für KMU', topic: 'automation', format: 'onsite', newInNetwork: true, provider: ids.prov }, true);
  ids.run = await create('course-run', { courseOffer: ids.offer, startsOn: '2022-06-13', endsOn: '2022-06-17', district: 'goslar', seats: 10, runStatus: 'completed' }, true);
  ids.p1 = await create('course-participation', { courseRun: ids.run, organisation: ids.kmu, participants: 3 });

  ids.need = await create('training-need', { identifiedOn: '2022-01-20', topic: 'automation', needStatus: 'matched', organisation: ids.kmu, matchedOffers: [ids.offer] });
  ids.event = await create('event', { title: 'Auftakt Berichtsregion', type: 'kickoff', startsAt: '2022-02-15T09:00:00.000Z', attendeesTotal: 25 }, true);
  ids.release = await create('press-release', { title: 'Verbund startet', releaseDate: '2022-02-16' }, true);
  await create('indicator-target', { indicator: 'consultations', period: 'project_year_1', target: 6 });
};

/** py1 as frozen, worked out by hand from the network above. */
const FROZEN_VALUES: Record<string, number | null> = {
  partners: 4,
  partner_companies: 3,
  sme_partner_share: 2 / 3, // KMU (small) and ENDING (medium) of the three with known size
  training_providers: 1,
  consultations: 3,
  companies_counselled: 3,
  smes_counselled: 2,
  needs_identified: 1,
  needs_matched_share: 1,
  course_runs: 1,
  cooperative_course_runs: 0,
  course_participants: 3,
  course_participants_sme: 3,
  new_course_offers: 1,
  events: 1,
  working_group_meetings: 0,
  event_participants: 25,
  organisations_reached: 3, // KMU (C1, P1), BIG (C2), ENDING (C3)
  repeat_engagement_share: 1 / 3, // only the KMU has two contacts
  districts_reached: 3, // Braunschweig, Wolfsburg, Peine (the provider reached nobody)
  press_releases: 1,
};

/**
 * After Koordination's three changes: ENDING's partnership ends on 2022-06-30, C2 is deleted,
 * BIG sends 2 people to the run. BIG stays reached (now through the run), with one contact.
 */
const CURRENT_VALUES: Record<string, number | null> = {
  ...FROZEN_VALUES,
  partners: 3,
  partner_companies: 2,
  sme_partner_share: 1 / 2, // KMU of KMU and BIG
  consultations: 2,
  companies_counselled: 2,
  cooperative_course_runs: 1, // KMU and BIG in the run now
  course_participants: 5,
};

// ---------------------------------------------------------------------------------------------

beforeAll(async () => {
  workDir = mkdtempSync(path.join(os.tmpdir(), 'verbund-reports-'));
  const tokenFile = path.join(workDir, 'cms-export-token');
  cms = await bootStrapi({ env: { VERBUND_ANALYTICS_TOKEN_FILE: tokenFile, VERBUND_ANALYTICS_URL: '', VERBUND_DEMO: '0' } });
  await createNetwork();

  const role = await cms.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'steuerkreis' } });
  await cms.strapi.plugin('users-permissions').service('user').add({
    username: STEERING_USER,
    email: 'steuerkreis-berichte@example.org',
    password: PASSWORD,
    provider: 'local',
    confirmed: true,
    blocked: false,
    role: role.id,
  });
  const login = await call(cms.url, 'POST', '/api/auth/local', undefined, { identifier: 'steuerkreis-berichte@example.org', password: PASSWORD });
  steering = login.body.jwt;
  coordination = adminApi(cms.url, await adminLogin(cms.strapi, cms.url, 'koordination-berichte@verbund.example', 'verbund-koordination'));

  analytics = await startAnalytics({ cmsUrl: cms.url, tokenFile, workDir, adminToken: ADMIN_TOKEN, logger });
  await analytics.refresher.idle();
  if (!analytics.refresher.status().lastRefresh?.ok) throw new Error(`first refresh failed\n${logLines.join('\n')}`);
});

afterAll(async () => {
  await analytics?.close();
  await cms?.close();
  await cms?.cleanup();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('who may read and write report versions', () => {
  it('the CMS routes answer the analytics token only: 401 anonymous, 403 for a Steuerkreis login', async () => {
    for (const [method, route] of [
      ['GET', '/api/verbund/report-versions'],
      ['GET', '/api/verbund/report-versions/1'],
      ['POST', '/api/verbund/report-versions'],
    ] as const) {
      expect((await call(cms.url, method, route)).status, `${method} ${route}`).toBe(401);
      expect((await call(cms.url, method, route, steering)).status, `${method} ${route} as Steuerkreis`).toBe(403);
    }
    // No route changes or deletes a version.
    expect((await call(cms.url, 'PUT', '/api/verbund/report-versions/1')).status).toBe(405);
    expect((await call(cms.url, 'DELETE', '/api/verbund/report-versions/1')).status).toBe(405);
  });

  it('the analytics routes want a Steuerkreis login', async () => {
    expect((await api('GET', '/api/reports', undefined, null)).status).toBe(401);
    expect((await api('POST', '/api/reports', { period: 'py1', title: 'x' }, null)).status).toBe(401);
    expect((await api('GET', '/api/reports/1.xlsx', undefined, null)).status).toBe(401);
  });

  it('refuses a bad request with a German 400 naming the field', async () => {
    const cases: Array<[unknown, RegExp]> = [
      [{ title: 'Zwischennachweis' }, /Feld „period“/],
      [{ period: 'py1' }, /Feld „title“/],
      [{ period: 'py1', title: '   ' }, /Feld „title“/],
      [{ period: 'py1', title: 'x'.repeat(201) }, /Feld „title“.*höchstens 200 Zeichen/],
      [{ period: 'py9', title: 'Zwischennachweis' }, /Feld „period“: Projektjahr 9 gibt es nicht/],
      [{ period: 7, title: 'Zwischennachweis' }, /Feld „period“/],
    ];
    for (const [body, message] of cases) {
      const reply = await api('POST', '/api/reports', body);
      expect(reply.status, JSON.stringify(body)).toBe(400);
      expect(reply.body.error.message, JSON.stringify(body)).toMatch(message);
    }
    expect((await api('GET', '/api/reports/999')).status).toBe(404);
    expect((await api('DELETE', '/api/reports/1')).status).toBe(405);
  });
});

describe('freeze, change, refresh, explain', () => {
  let frozen: any;
  const files = {} as Record<'xlsx' | 'csv', Buffer>;

  it('freezes project year 1 with the figures and the records behind them', async () => {
    // Read first, so that a cached empty list would show up below.
    expect((await api('GET', '/api/reports')).body).toEqual({ reports: [] });

    const reply = await api('POST', '/api/reports', { period: 'py1', title: 'Zwischennachweis Projektjahr 1' });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    frozen = reportVersion.parse(reply.body);
    expect(frozen).toMatchObject({ title: 'Zwischennachweis Projektjahr 1', createdBy: STEERING_USER, period: { key: 'py1', from: '2021-11-01', to: '2022-10-31' } });
    const values = Object.fromEntries(frozen.indicators.map((i: any) => [i.id, i.value]));
    for (const [id, value] of Object.entries(FROZEN_VALUES)) expect(values[id], id).toBeCloseTo(value!, 10);
    const consultations = frozen.indicators.find((i: any) => i.id === 'consultations');
    expect(consultations).toMatchObject({ target: 6, progress: 0.5 });
    expect(consultations.definition).toBe('Beratungen, deren Datum im Zeitraum liegt.');
    expect(consultations.contributions.map((c: any) => c.documentId).sort()).toEqual([ids.c1, ids.c2, ids.c3].sort());
    expect(frozen.indicators.find((i: any) => i.id === 'partners').contributions.map((c: any) => c.name).sort()).toEqual([
      'Bildungswerk Harz',
      'Ende & Co. KG',
      'Großwerk Automobil AG',
      'Kleinmann Feinmechanik GmbH',
    ]);

    const list = reportsResponse.parse((await api('GET', '/api/reports')).body);
    expect(list.reports).toEqual([{ id: frozen.id, title: frozen.title, period: frozen.period, createdAt: frozen.createdAt, createdBy: STEERING_USER, snapshotAt: frozen.snapshotAt }]);
    expect((await api('GET', `/api/reports/${frozen.id}`)).body).toEqual(reply.body);
  });

  it('is stored in the CMS database, and the document service refuses to change or delete it', async () => {
    const rows = await cms.strapi.db.connection('verbund_report_versions').select('id', 'title', 'period_key', 'frozen_by', 'body');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: frozen.id, title: 'Zwischennachweis Projektjahr 1', period_key: 'py1', frozen_by: STEERING_USER });
    const body = typeof rows[0].body === 'string' ? JSON.parse(rows[0].body) : rows[0].body;
    expect(body.indicators.find((i: any) => i.id === 'course_participants').contributions).toEqual([
      { type: 'course-participation', documentId: ids.p1, name: 'Kleinmann Feinmechanik GmbH in Robotik für KMU ab 13.06.2022', role: 'value', amount: 3 },
    ]);

    const [version] = await docs('report-version' as TypeName).findMany({ fields: ['title'] });
    await expect(docs('report-version' as TypeName).update({ documentId: version.documentId, data: { title: 'Gefälscht' } })).rejects.toThrow(
      /können nicht geändert oder gelöscht werden/,
    );
    await expect(docs('report-version' as TypeName).delete({ documentId: version.documentId })).rejects.toThrow(/können nicht geändert oder gelöscht werden/);
    expect(await cms.strapi.db.connection('verbund_report_versions').select('title')).toEqual([{ title: 'Zwischennachweis Projektjahr 1' }]);
  });

  it('serves the frozen figures as xlsx and csv, the same bytes every time', async () => {
    for (const format of ['xlsx', 'csv'] as const) {
      const first = await api('GET', `/api/reports/${frozen.id}.${format}`);
      expect(first.status).toBe(200);
      expect(first.headers.get('content-disposition')).toContain(`Kennzahlen_Projektjahr-1_Version-${frozen.id}.${format}`);
      // A second later: nothing in the file may depend on the time of the download.
      await new Promise((resolve) => setTimeout(resolve, 2_100));
      const second = await api('GET', `/api/reports/${frozen.id}.${format}`);
      expect(second.raw.equals(first.raw), format).toBe(true);
      files[format] = first.raw;
    }
    const lines = files.csv.toString('utf8').split('\r\n');
    expect(lines.find((l) => l.includes(';partners;'))).toContain(';4;');
  });

  it('after Koordination ends a partnership, deletes a consultation and adds a participation, and a refresh', async () => {
    expect((await coordination('PUT', cmPath('organisation', ids.ending), { partnerUntil: '2022-06-30' })).status).toBe(200);
    expect((await coordination('DELETE', cmPath('consultation', ids.c2))).status).toBe(200);
    const added = await coordination('POST', cmPath('course-participation'), { courseRun: ids.run, organisation: ids.big, participants: 2 });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    ids.p2 = added.body.data.documentId;
    await refresh();

    // The current figures changed …
    const now = await currentValues();
    for (const [id, value] of Object.entries(CURRENT_VALUES)) expect(now[id], id).toBeCloseTo(value!, 10);

    // … the frozen version and its files did not.
    expect((await api('GET', `/api/reports/${frozen.id}`)).body).toEqual(reportVersion.parse(frozen));
    for (const format of ['xlsx', 'csv'] as const) expect((await api('GET', `/api/reports/${frozen.id}.${format}`)).raw.equals(files[format]), format).toBe(true);
  });

  it('the diff names exactly the changed records, per indicator', async () => {
    const reply = await api('GET', `/api/reports/${frozen.id}/diff`);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const diff = reportDiffResponse.parse(reply.body);
    expect(diff.report.id).toBe(frozen.id);
    expect(diff.currentSnapshotAt > frozen.snapshotAt).toBe(true);

    const org = (key: string, change: string, role = 'value') => ({
      change,
      type: 'organisation',
      documentId: ids[key],
      role,
      frozenAmount: change === 'added' ? null : 1,
      currentAmount: change === 'removed' ? null : 1,
    });
    const expected: Record<string, unknown[]> = {
      partners: [org('ending', 'removed')],
      partner_companies: [org('ending', 'removed')],
      // ENDING left the denominator and, as a KMU, the numerator too.
      sme_partner_share: [org('ending', 'removed', 'denominator'), org('ending', 'removed', 'numerator')],
      consultations: [{ change: 'removed', type: 'consultation', documentId: ids.c2, role: 'value', frozenAmount: 1, currentAmount: null }],
      companies_counselled: [org('big', 'removed')],
      cooperative_course_runs: [{ change: 'added', type: 'course-run', documentId: ids.run, role: 'value', frozenAmount: null, currentAmount: 1 }],
      course_participants: [{ change: 'added', type: 'course-participation', documentId: ids.p2, role: 'value', frozenAmount: null, currentAmount: 2 }],
    };
    for (const indicator of diff.indicators) {
      expect(indicator.frozenValue, indicator.id).toBeCloseTo(FROZEN_VALUES[indicator.id]!, 10);
      expect(indicator.currentValue, indicator.id).toBeCloseTo(CURRENT_VALUES[indicator.id]!, 10);
      const changes = indicator.changes.map(({ name: _name, audit: _audit, ...change }) => change);
      expect(changes, indicator.id).toEqual(expected[indicator.id] ?? []);
    }
    // The audit trail since the frozen snapshot: one entry per changed record, by Koordination; the
    // records' creation before the snapshot is not quoted. Records that only follow from another
    // change (the run, BIG as a counselled company) were not touched themselves.
    const auditOf = (indicatorId: string, documentId: string) =>
      diff.indicators.find((i) => i.id === indicatorId)!.changes.find((c) => c.documentId === documentId)!.audit;
    const koordination = { kind: 'admin', name: 'Test Nutzer' };
    expect(auditOf('partners', ids.ending)).toMatchObject([
      { action: 'update', actor: koordination, contentType: 'organisation', documentId: ids.ending, changes: [{ field: 'partnerUntil', old: null, new: '2022-06-30', redacted: false }] },
    ]);
    expect(auditOf('partners', ids.ending)).toHaveLength(1);
    expect(auditOf('partners', ids.ending)[0]!.changes).toHaveLength(1);
    expect(auditOf('sme_partner_share', ids.ending)).toEqual(auditOf('partners', ids.ending));
    expect(auditOf('consultations', ids.c2)).toMatchObject([{ action: 'delete', actor: koordination, contentType: 'consultation', documentId: ids.c2 }]);
    expect(auditOf('course_participants', ids.p2)).toMatchObject([{ action: 'create', actor: koordination, contentType: 'course-participation', documentId: ids.p2 }]);
    expect(auditOf('companies_counselled', ids.big)).toEqual([]);
    expect(auditOf('cooperative_course_runs', ids.run)).toEqual([]);
    for (const entry of diff.indicators.flatMap((i) => i.changes.flatMap((c) => c.audit))) expect(entry.at > frozen.snapshotAt).toBe(true);

    const names = diff.indicators.flatMap((i) => i.changes.map((c) => c.name));
    expect(names).toContain('Beratung am 10.03.2022 – Großwerk Automobil AG');
    expect(names).toContain('Großwerk Automobil AG in Robotik für KMU ab 13.06.2022');
    expect(names).toContain('Ende & Co. KG');
  });
});
