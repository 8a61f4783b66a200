/**
 * Permission matrix of the verbund plugin, asserted cell by cell against the real Strapi:
 *
 * 1. users-permissions roles (public, authenticated, steuerkreis) and a partner website's read-only
 *    API token × the 13 types × find/findOne/create/update/delete/publish through `/api/verbund/...`;
 * 2. the admin roles Kommunikation and Koordination × the 13 types × the same actions through the
 *    content-manager admin API, plus the media library;
 * 3. leak cases: drafts, embargo, non-public events, companies, non-press contacts, internal
 *    records and grant figures never reach a public response, also not through `populate`;
 * 4. the export endpoint's token rules.
 *
 * Expectations are written out here from DESIGN.md ("Roles and permissions") and
 * `services/roles.ts`, not derived from the plugin's code, so that a change there shows up as a
 * failing cell.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootStrapi, type TestStrapi } from './helpers/strapi';
import { TYPE_NAMES, type TypeName } from '../src/plugins/verbund/server/src/constants';

// ---------------------------------------------------------------------------------------------
// Tables

const TYPES = [
  'funding-project',
  'organisation',
  'contact',
  'press-release',
  'event',
  'event-participation',
  'course-offer',
  'course-run',
  'course-participation',
  'consultation',
  'training-need',
  'working-group',
  'indicator-target',
  'site-settings',
] as const satisfies readonly TypeName[];

/** Single types: one record, written with PUT on a path without id, never created twice or deleted. */
const SINGLE: readonly TypeName[] = ['funding-project', 'site-settings'];

const ACTIONS = ['find', 'findOne', 'create', 'update', 'delete', 'publish'] as const;
type Action = (typeof ACTIONS)[number];

const DRAFT_AND_PUBLISH: readonly TypeName[] = ['press-release', 'event', 'course-offer', 'course-run'];

/** The public view of each type under /api/verbund/<route>. Internal types have none. */
const PUBLIC_ROUTE: Partial<Record<TypeName, string>> = {
  'funding-project': 'funding-project',
  'site-settings': 'site-settings',
  organisation: 'training-providers',
  contact: 'press-contacts',
  'press-release': 'press-releases',
  event: 'events',
  'course-offer': 'course-offers',
  'course-run': 'course-runs',
  'working-group': 'working-groups',
};

/** Content-API principals: the three users-permissions roles and a partner website's read-only API token. */
const PRINCIPALS = ['public', 'authenticated', 'steuerkreis', 'website-token'] as const;
type Principal = (typeof PRINCIPALS)[number];

/** Matrix 1: which (type, action) answers 200 for every content-API principal. Everything else is refused. */
const publicReadable = (type: TypeName, action: Action): boolean => {
  if (!(type in PUBLIC_ROUTE)) return false;
  if (SINGLE.includes(type)) return action === 'find';
  return action === 'find' || action === 'findOne';
};

const REFUSED_STATUSES = [401, 403, 404, 405];

/** Matrix 2: what each admin role may do, per DESIGN.md as implemented in services/roles.ts. */
type AdminRole = 'Kommunikation' | 'Koordination';
const FULL: Action[] = ['find', 'findOne', 'create', 'update', 'delete', 'publish'];
const EDIT: Action[] = ['find', 'findOne', 'create', 'update', 'delete'];
const READ: Action[] = ['find', 'findOne'];
const ADMIN_GRANTS: Record<AdminRole, Partial<Record<TypeName, Action[]>>> = {
  Kommunikation: {
    'press-release': FULL,
    event: FULL,
    contact: EDIT,
    organisation: READ,
    // Not in DESIGN.md's table; granted in roles.ts (events point to working groups).
    'working-group': READ,
    // The website's texts: single type, read and edit, never delete.
    'site-settings': ['find', 'findOne', 'create', 'update'],
  },
  Koordination: {
    'course-offer': FULL,
    'course-run': FULL,
    organisation: EDIT,
    'working-group': EDIT,
    consultation: EDIT,
    'training-need': EDIT,
    'event-participation': EDIT,
    'course-participation': EDIT,
    'indicator-target': EDIT,
    // Single type: read and edit, never delete. Not in DESIGN.md's table; granted in roles.ts.
    'funding-project': ['find', 'findOne', 'create', 'update'],
    'press-release': READ,
    event: READ,
    // Not in DESIGN.md's table; granted in roles.ts (contacts point to organisations).
    contact: READ,
  },
};
const adminMay = (role: AdminRole, type: TypeName, action: Action) => (ADMIN_GRANTS[role][type] ?? []).includes(action);

// ---------------------------------------------------------------------------------------------
// Fixtures and secrets

const uid = (type: TypeName) => `plugin::verbund.${type}`;
const FUTURE_EMBARGO = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString();

const NOTES = 'VERTRAULICH Beratungsnotiz 7781';
const GRANT_REFERENCE = 'FKZ-GEHEIM-4711';
const GRANT_AMOUNT = 1234567.89;
/** Attendance figures are internal: the public event must not show them. */
const ATTENDEES_TOTAL = 98765;
/** Words that only occur in records the public must never see. */
const SECRET_WORDS = [
  NOTES,
  GRANT_REFERENCE,
  '1234567',
  String(ATTENDEES_TOTAL),
  'Entwurfsmeldung', // draft-only press release
  'Ueberarbeitungsentwurf', // unpublished draft change of a published press release
  'Rueckzugsmeldung', // published, then unpublished press release
  'Sperrfristmeldung', // press release under embargo (published in the DB anyway)
  'Geheimtermin', // published, non-public event
  'Entwurfstermin', // draft-only event
  'Entwurfskurs', // draft-only course offer
  'Entwurfsstadt', // draft-only course run
  'Stahlguss', // the company
  'Verborgen', // the non-press contact
];

interface Ref {
  documentId: string;
  slug?: string;
  id?: number;
}

const fx = {} as {
  provider: Ref;
  company: Ref;
  pressContact: Ref;
  otherContact: Ref;
  workingGroup: Ref;
  eventPublic: Ref;
  eventNonPublic: Ref;
  eventDraftOnly: Ref;
  prPublished: Ref;
  prDraftOnly: Ref;
  prUnpublished: Ref;
  prEmbargoed: Ref;
  prOtherContact: Ref;
  offer: Ref;
  offerCompany: Ref;
  offerDraftOnly: Ref;
  runPublished: Ref;
  runDraftOnly: Ref;
  eventParticipation: Ref;
  courseParticipation: Ref;
  consultation: Ref;
  trainingNeed: Ref;
  indicatorTarget: Ref;
  fundingProject: Ref;
  siteSettings: Ref;
};

/** documentIds the public must never read. Filled in beforeAll. */
const secretIds: string[] = [];
const secretsIn = (body: unknown) => {
  const text = JSON.stringify(body) ?? '';
  return [...SECRET_WORDS, ...secretIds].filter((secret) => text.includes(secret));
};

// ---------------------------------------------------------------------------------------------
// HTTP

let app: TestStrapi;
const tokens = {} as Record<Principal | 'analytics' | AdminRole, string | undefined>;

interface Reply {
  status: number;
  body: any;
  contentType: string;
  path: string;
}

/** Every reply a content-API principal received, checked for secrets at the end. */
const publicReplies: Reply[] = [];

const request = async (
  method: string,
  path: string,
  options: { token?: string; json?: unknown; form?: FormData } = {}
): Promise<Reply> => {
  const headers: Record<string, string> = {};
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  let body: string | FormData | undefined;
  if (options.form) body = options.form;
  else if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  const response = await fetch(`${app.url}${path}`, { method, headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    // not JSON (e.g. NDJSON or an HTML error page): keep the text
  }
  return { status: response.status, body: parsed, contentType: response.headers.get('content-type') ?? '', path };
};

/** A content-API request (`/api/verbund/...`) as one of the non-admin principals. */
const api = async (principal: Principal, method: string, path: string, json?: unknown) => {
  const reply = await request(method, `/api/verbund/${path}`, { token: principal === 'public' ? undefined : tokens[principal], json });
  publicReplies.push(reply);
  return reply;
};
const pub = (path: string) => api('public', 'GET', path);

const admin = (role: AdminRole, method: string, path: string, json?: unknown) =>
  request(method, path, { token: tokens[role], json });

// ---------------------------------------------------------------------------------------------
// Data helpers

const docs = (type: TypeName) => app.strapi.documents(uid(type) as never) as any;

/** Sets a to-one relation on every stored version of a document, past the document service and its validation. */
const linkDirectly = async (type: TypeName, documentId: string, field: string, targetType: TypeName, targetDocumentId: string) => {
  const target = (await app.strapi.db.query(uid(targetType) as never).findOne({ where: { documentId: targetDocumentId } } as never)) as { id: number };
  const rows = (await app.strapi.db.query(uid(type) as never).findMany({ where: { documentId } } as never)) as Array<{ id: number }>;
  for (const row of rows) await app.strapi.db.query(uid(type) as never).update({ where: { id: row.id }, data: { [field]: target.id } } as never);
};

const create = async (type: TypeName, data: Record<string, unknown>, published = false): Promise<Ref> => {
  const entry = await docs(type).create({ data, ...(published ? { status: 'published' } : {}) });
  return { documentId: entry.documentId, slug: entry.slug, id: entry.id };
};

/** All rows of a type (drafts and published versions), to prove a refused request changed nothing. */
const snapshot = async (type: TypeName) =>
  JSON.stringify(await app.strapi.db.query(uid(type) as never).findMany({ orderBy: { id: 'asc' } } as never));
const rowCount = (type: TypeName, where: Record<string, unknown> = {}) => app.strapi.db.query(uid(type) as never).count({ where } as never);

let throwawayNumber = 0;
/** Valid data for a new record of the type, with relations as documentIds. */
const sampleData = (type: TypeName): Record<string, unknown> => {
  const n = ++throwawayNumber;
  switch (type) {
    case 'funding-project':
      return { name: `Förderprojekt ${n}`, startsOn: '2021-10-01', endsOn: '2024-09-30' };
    case 'organisation':
      return { name: `Wegwerf Organisation ${n}`, type: 'chamber' };
    case 'contact':
      return { name: `Wegwerf Kontakt ${n}`, isPressContact: false };
    case 'press-release':
      return { title: `Wegwerf Meldung ${n}`, releaseDate: '2024-02-01' };
    case 'event':
      return { title: `Wegwerf Termin ${n}`, startsAt: '2024-05-01T08:00:00.000Z', isPublic: true };
    case 'event-participation':
      return { event: fx.eventPublic.documentId, organisation: fx.provider.documentId, headcount: 2 };
    case 'course-offer':
      return { title: `Wegwerf Angebot ${n}`, topic: 'leadership', provider: fx.provider.documentId };
    case 'course-run':
      return { startsOn: '2024-11-01', city: `Wegwerfort ${n}`, courseOffer: fx.offer.documentId };
    case 'course-participation':
      return { courseRun: fx.runPublished.documentId, organisation: fx.provider.documentId, participants: 3 };
    case 'consultation':
      return { date: '2024-03-01', format: 'remote', organisation: fx.provider.documentId };
    case 'training-need':
      return { identifiedOn: '2024-03-02', topic: 'automation', organisation: fx.provider.documentId };
    case 'working-group':
      return { name: `Wegwerf Arbeitskreis ${n}` };
    case 'indicator-target':
      return { indicator: 'events', period: 'project_year_2', target: 12 };
    case 'site-settings':
      return { siteName: `Website ${n}`, imprint: 'Impressum', privacyPolicy: 'Datenschutz', accessibilityStatement: 'Barrierefreiheit', accessibilityContactEmail: `a${n}@beispiel.de` };
  }
};

/** The same data as the content-manager's edit view sends relations: `{ connect: [{ documentId }] }`. */
const RELATIONS: Partial<Record<TypeName, string[]>> = {
  'event-participation': ['event', 'organisation'],
  'course-offer': ['provider'],
  'course-run': ['courseOffer'],
  'course-participation': ['courseRun', 'organisation'],
  consultation: ['organisation'],
  'training-need': ['organisation'],
};
const adminBody = (type: TypeName) => {
  const data = sampleData(type);
  for (const field of RELATIONS[type] ?? []) data[field] = { connect: [{ documentId: data[field] }] };
  return data;
};

/** A field each type may change, with the new value. */
const UPDATES: Record<TypeName, [string, unknown]> = {
  'funding-project': ['description', 'Beschreibung geändert'],
  organisation: ['sector', 'Branche geändert'],
  contact: ['role', 'Rolle geändert'],
  'press-release': ['subtitle', 'Untertitel geändert'],
  event: ['summary', 'Kurzbeschreibung geändert'],
  'event-participation': ['headcount', 7],
  'course-offer': ['summary', 'Kurzbeschreibung geändert'],
  'course-run': ['city', 'Ort geändert'],
  'course-participation': ['participants', 9],
  consultation: ['format', 'at_event'],
  'training-need': ['description', 'Beschreibung geändert'],
  'working-group': ['description', 'Beschreibung geändert'],
  'indicator-target': ['note', 'Notiz geändert'],
  'site-settings': ['imprint', 'Impressum geändert'],
};

// ---------------------------------------------------------------------------------------------
// Boot and fixtures

beforeAll(async () => {
  app = await bootStrapi({ env: { VERBUND_ANALYTICS_TOKEN_FILE: '', VERBUND_ANALYTICS_URL: '', VERBUND_DEMO: '0' } });
  const { strapi } = app;

  fx.provider = await create('organisation', {
    name: 'Bildungswerk Nord',
    type: 'training_provider',
    district: 'braunschweig',
    partnerSince: '2021-05-01',
    website: 'https://bildungswerk.example.org',
  });
  fx.company = await create('organisation', { name: 'Stahlguss Kleinmann GmbH', type: 'company', sizeClass: 'small', partnerSince: '2022-01-01' });
  fx.pressContact = await create('contact', { name: 'Paula Presse', isPressContact: true, email: 'presse@example.org', organisation: fx.provider.documentId });
  fx.otherContact = await create('contact', {
    name: 'Erika Verborgen',
    isPressContact: false,
    email: 'erika.verborgen@example.org',
    organisation: fx.company.documentId,
  });
  fx.workingGroup = await create('working-group', {
    name: 'Arbeitskreis Digitalisierung',
    topic: 'digitalisation',
    description: 'Austausch zur Digitalisierung',
    members: [fx.company.documentId, fx.provider.documentId],
  });

  fx.eventPublic = await create(
    'event',
    {
      title: 'Auftaktkonferenz Weiterbildung',
      type: 'kickoff',
      startsAt: '2024-03-01T09:00:00.000Z',
      isPublic: true,
      attendeesTotal: ATTENDEES_TOTAL,
      workingGroup: fx.workingGroup.documentId,
    },
    true
  );
  fx.eventNonPublic = await create(
    'event',
    { title: 'Geheimtermin Steuerkreis', type: 'steering_committee_meeting', startsAt: '2024-03-05T09:00:00.000Z', isPublic: false },
    true
  );
  fx.eventDraftOnly = await create('event', { title: 'Entwurfstermin Workshop', startsAt: '2024-04-01T09:00:00.000Z', isPublic: true });

  fx.prPublished = await create(
    'press-release',
    {
      title: 'Verbund startet',
      releaseDate: '2024-03-02',
      lead: 'Der Weiterbildungsverbund hat begonnen.',
      tags: ['Auftakt'],
      pressContact: fx.pressContact.documentId,
      relatedEvents: [fx.eventPublic.documentId, fx.eventNonPublic.documentId],
    },
    true
  );
  // A newer, unpublished change of the published press release: only the draft holds it.
  await docs('press-release').update({ documentId: fx.prPublished.documentId, data: { title: 'Ueberarbeitungsentwurf Verbund startet' } });
  fx.prDraftOnly = await create('press-release', { title: 'Entwurfsmeldung Zukunft', releaseDate: '2024-03-03' });
  fx.prUnpublished = await create('press-release', { title: 'Rueckzugsmeldung Alt', releaseDate: '2024-01-10' }, true);
  await docs('press-release').unpublish({ documentId: fx.prUnpublished.documentId });
  fx.prEmbargoed = await create('press-release', { title: 'Sperrfristmeldung Foerderung', releaseDate: '2024-03-04' }, true);
  // Defense in depth: published in the database although its embargo has not ended.
  await strapi.db
    .query(uid('press-release') as never)
    .updateMany({ where: { documentId: fx.prEmbargoed.documentId }, data: { embargoUntil: FUTURE_EMBARGO } } as never);
  fx.prOtherContact = await create('press-release', { title: 'Kontaktprobe Meldung', releaseDate: '2024-02-20' }, true);
  // Defense in depth: links that saving refuses (validation/record-rules.ts), as older data may hold them.
  await linkDirectly('press-release', fx.prOtherContact.documentId, 'pressContact', 'contact', fx.otherContact.documentId);

  fx.offer = await create('course-offer', { title: 'Grundlagen KI im Mittelstand', topic: 'data_and_ai', provider: fx.provider.documentId }, true);
  fx.offerCompany = await create('course-offer', { title: 'Inhouse Schweisskurs', topic: 'other' }, true);
  await linkDirectly('course-offer', fx.offerCompany.documentId, 'provider', 'organisation', fx.company.documentId);
  fx.offerDraftOnly = await create('course-offer', { title: 'Entwurfskurs Robotik', topic: 'automation', provider: fx.provider.documentId });
  fx.runPublished = await create('course-run', { startsOn: '2024-09-01', city: 'Braunschweig', courseOffer: fx.offer.documentId }, true);
  fx.runDraftOnly = await create('course-run', { startsOn: '2024-10-01', city: 'Entwurfsstadt', courseOffer: fx.offer.documentId });

  fx.eventParticipation = await create('event-participation', { event: fx.eventPublic.documentId, organisation: fx.company.documentId, headcount: 4 });
  fx.courseParticipation = await create('course-participation', {
    courseRun: fx.runPublished.documentId,
    organisation: fx.company.documentId,
    participants: 2,
  });
  fx.consultation = await create('consultation', { date: '2024-02-01', format: 'on_site', topics: ['automation'], notes: NOTES, organisation: fx.company.documentId });
  fx.trainingNeed = await create('training-need', {
    identifiedOn: '2024-02-01',
    topic: 'automation',
    description: 'Roboterprogrammierung',
    organisation: fx.company.documentId,
    consultation: fx.consultation.documentId,
    matchedOffers: [fx.offer.documentId],
  });
  fx.indicatorTarget = await create('indicator-target', { indicator: 'consultations', period: 'term', target: 120 });
  fx.fundingProject = await create('funding-project', {
    name: 'Kooperative Weiterbildung Suedostniedersachsen',
    shortName: 'KoWe',
    funder: 'BMAS',
    grantReference: GRANT_REFERENCE,
    grantAmountEur: GRANT_AMOUNT,
    startsOn: '2021-10-01',
    endsOn: '2024-09-30',
    steeringCommittee: [{ name: 'Dr. Vorsitz', organisation: 'Allianz', role: 'Vorsitz' }],
  });
  fx.siteSettings = await create('site-settings', sampleData('site-settings'));

  secretIds.push(
    ...[
      fx.company,
      fx.otherContact,
      fx.eventNonPublic,
      fx.eventDraftOnly,
      fx.prDraftOnly,
      fx.prUnpublished,
      fx.prEmbargoed,
      fx.offerDraftOnly,
      fx.runDraftOnly,
      fx.eventParticipation,
      fx.courseParticipation,
      fx.consultation,
      fx.trainingNeed,
      fx.indicatorTarget,
    ].map((ref) => ref.documentId)
  );

  // users-permissions users and their JWTs
  const roles = strapi.db.query('plugin::users-permissions.role');
  for (const type of ['authenticated', 'steuerkreis'] as const) {
    const role = await roles.findOne({ where: { type } });
    const email = `${type}@example.org`;
    await strapi.plugin('users-permissions').service('user').add({
      username: type,
      email,
      password: 'Passwort-1234',
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: role.id,
    });
    const login = await request('POST', '/api/auth/local', { json: { identifier: email, password: 'Passwort-1234' } });
    expect(login.status, JSON.stringify(login.body)).toBe(200);
    tokens[type] = login.body.jwt;
  }

  // API tokens: a partner website's read-only token and the analytics export token
  const apiTokens = strapi.service('admin::api-token') as any;
  tokens['website-token'] = (await apiTokens.create({ name: 'website', type: 'read-only', lifespan: null, description: '' })).accessKey;
  const analytics = await strapi.db.query('admin::api-token').findOne({ where: { name: 'verbund-analytics' } });
  tokens.analytics = (await apiTokens.regenerate(analytics.id)).accessKey;

  // admin users with the two editorial roles
  for (const [role, code] of [
    ['Kommunikation', 'verbund-kommunikation'],
    ['Koordination', 'verbund-koordination'],
  ] as const) {
    const adminRole = await strapi.db.query('admin::role').findOne({ where: { code } });
    const email = `${code}@example.org`;
    await (strapi.service('admin::user') as any).create({
      email,
      firstname: role,
      lastname: 'Test',
      password: 'Passwort-1234',
      isActive: true,
      roles: [adminRole.id],
    });
    const login = await request('POST', '/admin/login', { json: { email, password: 'Passwort-1234' } });
    expect(login.status, JSON.stringify(login.body)).toBe(200);
    tokens[role] = login.body.data.token;
  }
});

const uploadedFileIds: number[] = [];

afterAll(async () => {
  if (!app) return;
  // Files the media-library tests uploaded live in cms/public/uploads: remove them with their records.
  for (const id of uploadedFileIds) {
    const file = await app.strapi.db.query('plugin::upload.file').findOne({ where: { id } });
    if (file) await app.strapi.plugin('upload').service('upload').remove(file);
  }
  await app.close();
  await app.cleanup();
});

it('covers every type of the plugin', () => {
  expect([...TYPES].sort()).toEqual([...TYPE_NAMES].sort());
});

// ---------------------------------------------------------------------------------------------
// Matrix 1: content API

/** The visible record a findOne/update/delete/publish request is aimed at. */
const targetOf = (type: TypeName): Ref =>
  ({
    'funding-project': fx.fundingProject,
    organisation: fx.provider,
    contact: fx.pressContact,
    'press-release': fx.prPublished,
    event: fx.eventPublic,
    'event-participation': fx.eventParticipation,
    'course-offer': fx.offer,
    'course-run': fx.runPublished,
    'course-participation': fx.courseParticipation,
    consultation: fx.consultation,
    'training-need': fx.trainingNeed,
    'working-group': fx.workingGroup,
    'indicator-target': fx.indicatorTarget,
    'site-settings': fx.siteSettings,
  })[type];

/** The paths a request for the type is tried on: the public route, or for internal types their plain names. */
const contentApiPaths = (type: TypeName) => (PUBLIC_ROUTE[type] ? [PUBLIC_ROUTE[type]!] : [type, `${type}s`]);

const contentApiRequest = (type: TypeName, action: Action, base: string): [string, string] => {
  const single = SINGLE.includes(type);
  const id = targetOf(type).documentId;
  switch (action) {
    case 'find':
      return ['GET', base];
    case 'findOne':
      return ['GET', `${base}/${id}`];
    case 'create':
      return ['POST', base];
    case 'update':
      return ['PUT', single ? base : `${base}/${id}`];
    case 'delete':
      return ['DELETE', single ? base : `${base}/${id}`];
    case 'publish':
      return ['POST', single ? `${base}/actions/publish` : `${base}/${id}/actions/publish`];
  }
};

const MATRIX_1 = PRINCIPALS.flatMap((principal) =>
  TYPES.flatMap((type) =>
    ACTIONS.map((action) => {
      const allowed = publicReadable(type, action);
      const where = PUBLIC_ROUTE[type] ? `/${PUBLIC_ROUTE[type]}` : 'no route';
      return { principal, type, action, allowed, name: `${principal} · ${type} (${where}) · ${action} → ${allowed ? '200' : 'refused'}` };
    })
  )
);

describe('Matrix 1: content API (/api/verbund) per role, type and action', () => {
  it.each(MATRIX_1)('$name', async ({ principal, type, action, allowed }) => {
    for (const base of contentApiPaths(type)) {
      const [method, path] = contentApiRequest(type, action, base);
      const before = await snapshot(type);
      const reply = await api(principal, method, path, method === 'GET' ? undefined : { data: sampleData(type) });
      if (allowed) {
        expect(reply.status, `${method} ${path}: ${JSON.stringify(reply.body)}`).toBe(200);
        expect(reply.body.data).toBeTruthy();
        if (action === 'findOne') expect(reply.body.data.documentId).toBe(targetOf(type).documentId);
      } else {
        expect(REFUSED_STATUSES, `${method} ${path} answered ${reply.status}: ${JSON.stringify(reply.body)}`).toContain(reply.status);
      }
      expect(await snapshot(type), `${method} ${path} changed ${type}`).toBe(before);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Leak cases (public role)

const dataOf = (reply: Reply): any[] => (Array.isArray(reply.body?.data) ? reply.body.data : reply.body?.data ? [reply.body.data] : []);
const idsOf = (reply: Reply) => dataOf(reply).map((entry) => entry.documentId);

/** A public request that must answer 200 and carry no secret; returns the reply for further checks. */
const readClean = async (path: string) => {
  const reply = await pub(path);
  expect(reply.status, `${path}: ${JSON.stringify(reply.body)}`).toBe(200);
  expect(secretsIn(reply.body), path).toEqual([]);
  return reply;
};
/** A public request for one hidden record: 404 and no secret. */
const notFound = async (path: string) => {
  const reply = await pub(path);
  expect(reply.status, `${path}: ${JSON.stringify(reply.body)}`).toBe(404);
  expect(secretsIn(reply.body), path).toEqual([]);
};

describe('leaks: drafts are never public', () => {
  it.each([
    'press-releases',
    'press-releases?status=draft',
    'press-releases?publicationState=preview',
    'press-releases?status=draft&publicationState=preview&pagination[pageSize]=100',
    'press-releases?populate=*&status=draft',
  ])('GET %s lists the published version only', async (path) => {
    const reply = await readClean(path);
    const ids = idsOf(reply);
    expect(ids).toContain(fx.prPublished.documentId);
    expect(ids).not.toContain(fx.prDraftOnly.documentId);
    expect(ids).not.toContain(fx.prUnpublished.documentId);
    expect(dataOf(reply).find((entry) => entry.documentId === fx.prPublished.documentId).title).toBe('Verbund startet');
  });

  it.each(['events', 'events?status=draft', 'events?publicationState=preview'])('GET %s has no draft-only event', async (path) => {
    const ids = idsOf(await readClean(path));
    expect(ids).toContain(fx.eventPublic.documentId);
    expect(ids).not.toContain(fx.eventDraftOnly.documentId);
  });

  it.each(['course-offers', 'course-offers?status=draft', 'course-offers?publicationState=preview', 'course-offers?populate=runs&status=draft'])(
    'GET %s has no draft-only course offer or run',
    async (path) => {
      const reply = await readClean(path);
      expect(idsOf(reply)).toContain(fx.offer.documentId);
      expect(idsOf(reply)).not.toContain(fx.offerDraftOnly.documentId);
    }
  );

  it('GET course-offers?populate=runs shows the published run and not the draft-only run', async () => {
    const reply = await readClean('course-offers?populate=runs');
    const offer = dataOf(reply).find((entry) => entry.documentId === fx.offer.documentId);
    expect(offer.runs.map((run: any) => run.documentId)).toEqual([fx.runPublished.documentId]);
  });

  it.each(['course-runs', 'course-runs?status=draft', 'course-runs?publicationState=preview&populate=*'])('GET %s has no draft-only run', async (path) => {
    const ids = idsOf(await readClean(path));
    expect(ids).toContain(fx.runPublished.documentId);
    expect(ids).not.toContain(fx.runDraftOnly.documentId);
  });

  it.each([
    ['press-releases', 'prDraftOnly', ''],
    ['press-releases', 'prDraftOnly', '?status=draft'],
    ['press-releases', 'prDraftOnly', '?publicationState=preview'],
    ['press-releases', 'prUnpublished', ''],
    ['press-releases', 'prUnpublished', '?status=draft'],
    ['events', 'eventDraftOnly', '?status=draft'],
    ['course-offers', 'offerDraftOnly', '?status=draft'],
    ['course-runs', 'runDraftOnly', '?status=draft'],
  ] as const)('GET %s/<%s>%s answers 404', async (route, key, query) => {
    await notFound(`${route}/${fx[key].documentId}${query}`);
  });

  it.each([
    ['press-releases', 'prDraftOnly'],
    ['press-releases', 'prUnpublished'],
    ['events', 'eventDraftOnly'],
    ['course-offers', 'offerDraftOnly'],
  ] as const)('GET %s/<slug of %s>?status=draft answers 404', async (route, key) => {
    expect(fx[key].slug).toBeTruthy();
    await notFound(`${route}/${fx[key].slug}?status=draft`);
  });

  it.each(['', '?status=draft', '?publicationState=preview'])(
    'GET press-releases/<published>%s shows the published title, not the newer draft',
    async (query) => {
      const reply = await readClean(`press-releases/${fx.prPublished.documentId}${query}`);
      expect(reply.body.data.title).toBe('Verbund startet');
    }
  );
});

describe('leaks: a press release under embargo is never public, even when published in the DB', () => {
  it.each([
    'press-releases',
    'press-releases?pagination[pageSize]=100&sort=releaseDate:desc',
    'press-releases?filters[embargoUntil][$notNull]=true',
    'press-releases?filters[embargoUntil][$gt]=2000-01-01T00:00:00.000Z',
    'press-releases?filters[$or][0][embargoUntil][$notNull]=true&filters[$or][1][title][$containsi]=Sperrfrist',
  ])('GET %s does not list it', async (path) => {
    expect(idsOf(await readClean(path))).not.toContain(fx.prEmbargoed.documentId);
  });

  it('GET press-releases?filters[documentId][$eq]=<embargoed> is empty', async () => {
    const reply = await readClean(`press-releases?filters[documentId][$eq]=${fx.prEmbargoed.documentId}`);
    expect(reply.body.data).toEqual([]);
    expect(reply.body.meta.pagination.total).toBe(0);
  });

  it('GET press-releases/<documentId> answers 404', () => notFound(`press-releases/${fx.prEmbargoed.documentId}`));
  it('GET press-releases/<slug> answers 404', () => notFound(`press-releases/${fx.prEmbargoed.slug}`));
  it('GET press-releases/<slug>?status=draft answers 404', () => notFound(`press-releases/${fx.prEmbargoed.slug}?status=draft`));
});

describe('leaks: attendance figures of public events', () => {
  it.each(['events', 'events?populate=*', 'events/EVENT?populate=*', 'press-releases?populate[relatedEvents][populate]=*'])(
    'GET %s has no attendeesTotal',
    async (template) => {
      const reply = await readClean(template.replace('EVENT', fx.eventPublic.documentId));
      const events = template.startsWith('press') ? dataOf(reply).flatMap((release) => release.relatedEvents ?? []) : dataOf(reply);
      expect(events.map((event) => event.documentId)).toContain(fx.eventPublic.documentId);
      for (const event of events) expect(event).not.toHaveProperty('attendeesTotal');
    }
  );
});

describe('leaks: a non-public event is never public', () => {
  it.each(['events', 'events?pagination[pageSize]=100', 'events?filters[type][$eq]=steering_committee_meeting'])('GET %s does not list it', async (path) => {
    expect(idsOf(await readClean(path))).not.toContain(fx.eventNonPublic.documentId);
  });
  it('GET events/<documentId> answers 404', () => notFound(`events/${fx.eventNonPublic.documentId}`));
  it('GET events/<slug> answers 404', () => notFound(`events/${fx.eventNonPublic.slug}`));

  it.each([
    'press-releases?populate=*',
    'press-releases?populate[relatedEvents][populate]=*',
    'press-releases?populate[relatedEvents]=true',
    'press-releases?populate=relatedEvents',
    'press-releases?populate[relatedEvents][filters][isPublic][$eq]=false',
  ])('GET %s relates only the public event', async (path) => {
    const reply = await readClean(path);
    const release = dataOf(reply).find((entry) => entry.documentId === fx.prPublished.documentId);
    expect(release.relatedEvents.map((event: any) => event.documentId)).toEqual([fx.eventPublic.documentId]);
  });

  it('GET press-releases/<documentId>?populate=* relates only the public event', async () => {
    const reply = await readClean(`press-releases/${fx.prPublished.documentId}?populate=*`);
    expect(reply.body.data.relatedEvents.map((event: any) => event.documentId)).toEqual([fx.eventPublic.documentId]);
  });
});

describe('leaks: a company never shows as training provider', () => {
  it.each([
    'course-offers?populate=*',
    'course-offers?populate[provider]=true',
    'course-offers?populate[provider][populate]=*',
    'course-offers?populate=provider.*',
    'course-offers?populate[provider][filters][type][$eq]=company',
    'course-offers?populate[runs][populate][courseOffer][populate][provider]=true',
    'course-offers?populate[runs][populate]=*',
  ])('GET %s', async (path) => {
    const reply = await readClean(path);
    const offers = dataOf(reply);
    expect(offers.map((offer) => offer.documentId)).toContain(fx.offerCompany.documentId);
    for (const offer of offers) {
      if (offer.provider) expect(offer.provider.documentId).toBe(fx.provider.documentId);
    }
  });

  it('GET course-offers?populate=provider populates the training provider', async () => {
    const reply = await readClean('course-offers?populate=provider');
    const offer = dataOf(reply).find((entry) => entry.documentId === fx.offer.documentId);
    expect(offer.provider).toMatchObject({ documentId: fx.provider.documentId, name: 'Bildungswerk Nord' });
  });

  it.each([
    `course-offers/OFFER?populate=*`,
    `course-offers/OFFER?populate[provider][populate]=*`,
    'course-runs?populate=*',
    'course-runs?populate[courseOffer][populate][provider]=true',
    'course-runs?populate[courseOffer][populate]=*',
  ])('GET %s', async (template) => {
    const reply = await readClean(template.replace('OFFER', fx.offerCompany.documentId));
    for (const entry of dataOf(reply)) {
      expect(entry.provider ?? null).toBeNull();
      expect(entry.courseOffer?.provider).toBeUndefined();
    }
  });

  it('GET training-providers lists the provider and not the company', async () => {
    const ids = idsOf(await readClean('training-providers'));
    expect(ids).toEqual([fx.provider.documentId]);
  });
  it('GET training-providers/<company documentId> answers 404', () => notFound(`training-providers/${fx.company.documentId}`));
  it('GET training-providers/<company slug> answers 404', () => notFound(`training-providers/${fx.company.slug}`));
  it('GET training-providers/<provider> hides partnerSince and type', async () => {
    const reply = await readClean(`training-providers/${fx.provider.documentId}`);
    expect(reply.body.data).not.toHaveProperty('partnerSince');
    expect(reply.body.data).not.toHaveProperty('type');
  });

  it.each([
    'working-groups?populate=*',
    'working-groups?populate[members]=true',
    'working-groups?populate=members',
    'working-groups?populate[members][populate]=*',
    'working-groups?populate[meetings]=true',
    'working-groups/WG?populate=*',
  ])('GET %s has no members (nor meetings)', async (template) => {
    const reply = await readClean(template.replace('WG', fx.workingGroup.documentId));
    expect(dataOf(reply).length).toBeGreaterThan(0);
    for (const group of dataOf(reply)) {
      expect(group).not.toHaveProperty('members');
      expect(group).not.toHaveProperty('meetings');
    }
  });
});

describe('leaks: contacts', () => {
  it('GET press-contacts lists only press contacts', async () => {
    expect(idsOf(await readClean('press-contacts?pagination[pageSize]=100'))).toEqual([fx.pressContact.documentId]);
  });
  it('GET press-contacts/<non-press contact> answers 404', () => notFound(`press-contacts/${fx.otherContact.documentId}`));
  it('GET press-contacts?populate=* shows no organisation', async () => {
    for (const contact of dataOf(await readClean('press-contacts?populate=*'))) expect(contact).not.toHaveProperty('organisation');
  });
  it('GET press-releases?populate=pressContact shows press contacts only', async () => {
    const releases = dataOf(await readClean('press-releases?populate=pressContact'));
    expect(releases.find((entry) => entry.documentId === fx.prPublished.documentId).pressContact).toMatchObject({ name: 'Paula Presse' });
    expect(releases.find((entry) => entry.documentId === fx.prOtherContact.documentId).pressContact ?? null).toBeNull();
  });
});

describe('leaks: funding project without grant figures', () => {
  it.each(['funding-project', 'funding-project?populate=*', 'funding-project?fields[0]=grantAmountEur&fields[1]=grantReference', 'funding-project?status=draft'])(
    'GET %s',
    async (path) => {
      const reply = await readClean(path);
      expect(reply.body.data.name).toBe('Kooperative Weiterbildung Suedostniedersachsen');
      expect(reply.body.data).not.toHaveProperty('grantAmountEur');
      expect(reply.body.data).not.toHaveProperty('grantReference');
    }
  );
});

describe('filters on non-public fields answer 400 in German, never 500', () => {
  it.each([
    'training-providers?filters[partnerSince][$notNull]=true',
    'training-providers?filters[type][$eq]=company',
    'training-providers?filters[$and][0][partnerSince][$notNull]=true',
    'training-providers?filters[$or][0][name][$eq]=x&filters[$or][1][sizeClass][$eq]=small',
    'training-providers?filters[$not][partnerUntil][$null]=true',
    'course-offers?filters[provider][name][$eq]=Bildungswerk%20Nord',
    'course-offers?filters[provider][type][$eq]=company',
    'course-runs?filters[courseOffer][provider][type][$eq]=company',
    'events?filters[isPublic][$eq]=false',
    'events?filters[attendeesTotal][$gt]=0',
    'events?filters[workingGroup][members][type][$eq]=company',
    'press-releases?filters[relatedEvents][isPublic][$eq]=false',
    'press-releases?filters[pressContact][isPressContact][$eq]=false',
    'press-contacts?filters[isPressContact][$eq]=false',
    'press-contacts?filters[organisation][name][$eq]=x',
    'working-groups?filters[members][name][$eq]=x',
    'funding-project?filters[grantAmountEur][$gt]=0',
  ])('GET %s', async (path) => {
    const reply = await pub(path);
    // funding-project (single type) ignores filters: it may answer 200, but never with the grant
    if (path.startsWith('funding-project')) {
      expect([200, 400]).toContain(reply.status);
      expect(secretsIn(reply.body)).toEqual([]);
      return;
    }
    expect(reply.status, `${path}: ${JSON.stringify(reply.body)}`).toBe(400);
    expect(reply.body.error.message).toMatch(/kann nicht gefiltert werden/);
    expect(secretsIn(reply.body)).toEqual([]);
  });

  it.each([
    ['training-providers?sort=partnerSince:asc', /kann nicht sortiert werden/],
    ['events?sort=attendeesTotal:desc', /kann nicht sortiert werden/],
    ['press-releases?filters[title][$foo]=x', /Unbekannter Filter-Operator/],
    ['press-releases?filters=abc', /muss ein Objekt sein/],
    ['press-releases?pagination[pageSize]=100000', /pageSize/],
  ] as const)('GET %s', async (path, message) => {
    const reply = await pub(path);
    expect(reply.status, `${path}: ${JSON.stringify(reply.body)}`).toBe(400);
    expect(reply.body.error.message).toMatch(message);
  });

  it.each([
    'press-releases?filters[title]=Verbund%20startet',
    'press-releases?filters[title][$in]=Verbund%20startet',
    'press-releases?filters[title][$between]=a',
    'press-releases?filters[title][$eq][$ne]=x',
    'press-releases?filters[title][$null]=vielleicht',
    'press-releases?filters[releaseDate][$lt]=kein-datum',
    'press-releases?filters[$or]=x',
    'press-releases?filters[$and][0]=x',
    'press-releases?filters[0][title][$eq]=x',
    'press-releases?sort=title:seitwaerts',
    'press-releases?sort[0][title]=asc',
    'press-releases?pagination[page]=abc',
    'press-releases?pagination[page]=0',
    'press-releases?populate[0]=relatedEvents&populate[1]=photos',
    'press-releases?populate=unbekannt',
    'press-releases?populate[relatedEvents][fields][0]=attendeesTotal',
    'events?filters[startsAt][$between][0]=2024-01-01&filters[startsAt][$between][1]=2024-12-31',
    'course-offers?filters[dqrLevel][$gt]=drei',
    'course-runs?filters[seats][$gte]=viele',
  ])('malformed input GET %s answers 200 or 400, never 500', async (path) => {
    const reply = await pub(path);
    expect([200, 400], `${path}: ${reply.status} ${JSON.stringify(reply.body)}`).toContain(reply.status);
    expect(secretsIn(reply.body), path).toEqual([]);
  });

  it('a filter on a public field still works', async () => {
    const reply = await readClean(`press-releases?filters[title][$eq]=Verbund%20startet`);
    expect(idsOf(reply)).toEqual([fx.prPublished.documentId]);
  });
});

// ---------------------------------------------------------------------------------------------
// Session endpoint: the dashboard's login check

describe('GET /api/verbund/session', () => {
  it('answers the Steuerkreis member with its role', async () => {
    const reply = await request('GET', '/api/verbund/session', { token: tokens.steuerkreis });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(reply.body).toEqual({ username: 'steuerkreis', email: 'steuerkreis@example.org', role: { type: 'steuerkreis', name: 'Steuerkreis' } });
  });
  it('refuses the authenticated role and the website token with 403', async () => {
    expect((await request('GET', '/api/verbund/session', { token: tokens.authenticated })).status).toBe(403);
    expect((await request('GET', '/api/verbund/session', { token: tokens['website-token'] })).status).toBe(403);
  });
  it('refuses an unknown token with 401 and the public with 403', async () => {
    expect((await request('GET', '/api/verbund/session', { token: 'kein-gueltiger-schluessel' })).status).toBe(401);
    expect((await request('GET', '/api/verbund/session')).status).toBe(403);
  });
});

// ---------------------------------------------------------------------------------------------
// Export endpoint

describe('GET /api/verbund/export', () => {
  const exportRequest = (token?: string) => request('GET', '/api/verbund/export', { token });

  const expectStatus = (reply: Reply, status: number) => expect(reply.status, JSON.stringify(reply.body)).toBe(status);

  it('401 without a token', async () => {
    expectStatus(await exportRequest(), 401);
  });
  it('401 with an unknown token', async () => {
    expectStatus(await exportRequest('kein-gueltiger-schluessel'), 401);
  });
  it.each(['authenticated', 'steuerkreis'] as const)('403 with the users-permissions JWT of role %s', async (principal) => {
    expectStatus(await exportRequest(tokens[principal]), 403);
  });
  it('403 with a read-only API token not named verbund-analytics', async () => {
    expectStatus(await exportRequest(tokens['website-token']), 403);
  });
  it('200 NDJSON with the verbund-analytics token', async () => {
    const reply = await exportRequest(tokens.analytics);
    expectStatus(reply, 200);
    expect(reply.contentType).toMatch(/^application\/x-ndjson/);
    const lines = String(reply.body)
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines[0].type).toBe('_meta');
    expect(lines.at(-1).type).toBe('_end');
    // internal records are exported (to analytics only)
    expect(lines.some((line) => line.documentId === fx.consultation.documentId)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Matrix 2: admin roles through the content-manager

const ADMIN_ROLES: AdminRole[] = ['Kommunikation', 'Koordination'];

const MATRIX_2 = ADMIN_ROLES.flatMap((role) =>
  TYPES.flatMap((type) =>
    ACTIONS.map((action) => {
      const allowed = adminMay(role, type, action);
      const expected = allowed ? '2xx' : action === 'publish' && !DRAFT_AND_PUBLISH.includes(type) ? '4xx (no D&P)' : '403';
      return { role, type, action, allowed, name: `${role} · ${type} · ${action} → ${expected}` };
    })
  )
);

/** The content-manager request for one cell; `target` is the documentId it is aimed at. */
const contentManagerRequest = (type: TypeName, action: Action, target: string): [string, string, unknown] => {
  if (SINGLE.includes(type)) {
    const base = `/content-manager/single-types/${uid(type)}`;
    const [field, value] = UPDATES[type];
    return (
      {
        find: ['GET', base, undefined],
        findOne: ['GET', base, undefined],
        create: ['PUT', base, { [field]: 'Beschreibung neu angelegt' }],
        update: ['PUT', base, { [field]: value }],
        delete: ['DELETE', base, undefined],
        publish: ['POST', `${base}/actions/publish`, {}],
      } as Record<Action, [string, string, unknown]>
    )[action];
  }
  const base = `/content-manager/collection-types/${uid(type)}`;
  const [field, value] = UPDATES[type];
  return (
    {
      find: ['GET', base, undefined],
      findOne: ['GET', `${base}/${target}`, undefined],
      create: ['POST', base, adminBody(type)],
      update: ['PUT', `${base}/${target}`, { [field]: value }],
      delete: ['DELETE', `${base}/${target}`, undefined],
      publish: ['POST', `${base}/${target}/actions/publish`, {}],
    } as Record<Action, [string, string, unknown]>
  )[action];
};

describe('Matrix 2: admin roles through the content-manager', () => {
  it.each(MATRIX_2)('$name', async ({ role, type, action, allowed }) => {
    // A fresh draft record per cell, so that allowed writes never touch the leak fixtures.
    const target = SINGLE.includes(type) ? targetOf(type).documentId : (await create(type, sampleData(type))).documentId;
    const [method, path, body] = contentManagerRequest(type, action, target);
    const before = await snapshot(type);
    const countBefore = await rowCount(type);
    const reply = await admin(role, method, path, body);
    const detail = `${method} ${path} answered ${reply.status}: ${JSON.stringify(reply.body)}`;

    if (!allowed) {
      if (action === 'publish' && !DRAFT_AND_PUBLISH.includes(type)) {
        expect(reply.status, detail).toBeGreaterThanOrEqual(400);
        expect(reply.status, detail).toBeLessThan(500);
      } else {
        expect(reply.status, detail).toBe(403);
      }
      expect(await snapshot(type), `${detail} — but ${type} changed`).toBe(before);
      return;
    }

    expect(reply.status, detail).toBeGreaterThanOrEqual(200);
    expect(reply.status, detail).toBeLessThan(300);
    const [field, value] = UPDATES[type];
    switch (action) {
      case 'find':
        if (SINGLE.includes(type)) expect(reply.body.data.documentId).toBe(target);
        else expect(reply.body.results.length).toBeGreaterThan(0);
        break;
      case 'findOne':
        expect(reply.body.data.documentId).toBe(target);
        break;
      case 'create':
        if (SINGLE.includes(type)) {
          expect(await rowCount(type)).toBe(countBefore);
          expect((await docs(type).findFirst())[field]).toBe('Beschreibung neu angelegt');
        } else {
          expect(await rowCount(type)).toBe(countBefore + 1);
          expect(await rowCount(type, { documentId: reply.body.data.documentId })).toBe(1);
        }
        break;
      case 'update': {
        const row = await app.strapi.db
          .query(uid(type) as never)
          .findOne({ where: { documentId: target, ...(DRAFT_AND_PUBLISH.includes(type) ? { publishedAt: null } : {}) } } as never);
        expect(Number.isFinite(value as number) ? Number(row[field]) : row[field]).toBe(value);
        break;
      }
      case 'delete':
        expect(await rowCount(type, { documentId: target })).toBe(0);
        break;
      case 'publish':
        expect(await rowCount(type, { documentId: target, publishedAt: { $notNull: true } })).toBe(1);
        break;
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Media library

describe('media library', () => {
  const fileCount = () => app.strapi.db.query('plugin::upload.file').count({});
  const textFile = (name: string) => {
    const form = new FormData();
    form.append('files', new Blob(['Pressetext für die Redaktion'], { type: 'text/plain' }), name);
    return form;
  };

  it.each(ADMIN_ROLES)('%s · GET /upload/files → 200', async (role) => {
    const reply = await admin(role, 'GET', '/upload/files');
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  });

  it('Kommunikation · POST /upload (upload a file) → 2xx', async () => {
    const before = await fileCount();
    const reply = await request('POST', '/upload', { token: tokens.Kommunikation, form: textFile('pressetext.txt') });
    expect(reply.status, JSON.stringify(reply.body)).toBeGreaterThanOrEqual(200);
    expect(reply.status).toBeLessThan(300);
    const files = Array.isArray(reply.body) ? reply.body : [reply.body];
    uploadedFileIds.push(...files.map((file: { id: number }) => file.id));
    expect(await fileCount()).toBe(before + 1);
  });

  it('Koordination · POST /upload (upload a file) → 403', async () => {
    const before = await fileCount();
    const reply = await request('POST', '/upload', { token: tokens.Koordination, form: textFile('koordination.txt') });
    expect(reply.status, JSON.stringify(reply.body)).toBe(403);
    expect(await fileCount()).toBe(before);
  });

  it('Koordination · DELETE /upload/files/:id → 403', async () => {
    expect(uploadedFileIds.length).toBeGreaterThan(0);
    const reply = await admin('Koordination', 'DELETE', `/upload/files/${uploadedFileIds[0]}`);
    expect(reply.status, JSON.stringify(reply.body)).toBe(403);
    expect(await app.strapi.db.query('plugin::upload.file').count({ where: { id: uploadedFileIds[0] } })).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------

it('no reply to a content-API principal contained a secret', () => {
  expect(publicReplies.length).toBeGreaterThan(300);
  const leaks = publicReplies.flatMap((reply) => secretsIn(reply.body).map((secret) => `${reply.path}: ${secret}`));
  expect(leaks).toEqual([]);
});
