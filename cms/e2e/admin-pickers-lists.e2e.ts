// Browser test (issue 12, points 2, 3 and 6): relation pickers, titles and lists of the admin as
// the roles that own the types, against the test stack's demo data.
//
// Pickers name records so that they can be told apart (a course run by offer, place and date; a
// consultation by organisation and German date; an indicator target by the German indicator name
// and period) and offer only the records the relation may take (press contacts, training
// providers); a wrong record is refused with a German message. Lists show the columns people
// scan, find training needs by their organisation's name and keep the status columns on a
// 1440 px screen. Screenshots go to test-artifacts/admin.
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { adminLogin, artifactsDir, cmsUrl, fieldControl, sharedPage } from '../../e2e/helpers';
import { DEMO_ACCOUNTS } from '../src/demo/accounts';
import { indicatorName, labelFor, TARGET_PERIOD, TRAINING_NEED_STATUS } from '@verbund/domain';
import { TYPE_LAYOUTS } from '../src/plugins/verbund/server/src/admin-config/labels';
import { uidOf, type TypeName } from '../src/plugins/verbund/server/src/constants';

const ARTIFACTS = artifactsDir('admin');
const TIMEOUT_MS = 30_000;
const GERMAN_DAY = /\d\d\.\d\d\.\d{4}/;
const ISO_DAY = /\d{4}-\d\d-\d\d/;

type Row = Record<string, any>;
type Session = { page: Page; token: string };

const label = (type: TypeName, field: string) => TYPE_LAYOUTS[type].fields[field][0];

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** A request to the admin API from the logged-in browser itself, with its own access token. */
async function inBrowser(session: Session, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  return session.page.evaluate(
    async ({ url, method, token, body }) => {
      const response = await fetch(url, {
        method,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : null };
    },
    { url: `${cmsUrl()}${path}`, method, token: session.token, body },
  );
}

/** The records of the type (up to 1000) as the content manager's list API gives them. */
async function records(session: Session, type: TypeName, query = ''): Promise<Row[]> {
  const answer = await inBrowser(session, 'GET', `/content-manager/collection-types/${uidOf(type)}?page=1&pageSize=1000${query}`);
  expect(answer.status, `reading ${type}`).toBe(200);
  expect(answer.body.pagination.total, `${type} records, all on one page`).toBeLessThanOrEqual(1000);
  return answer.body.results;
}

async function openEditView(page: Page, type: TypeName, documentId: string) {
  await page.goto(`${cmsUrl()}/admin/content-manager/collection-types/${uidOf(type)}/${documentId}`);
  await page.getByRole('button', { name: 'Speichern' }).waitFor();
  // The form is filled in again when the last of its requests answers; an open picker would close.
  await page.waitForLoadState('networkidle');
}

/** Opens the relation picker of the field and returns the names it offers (an option shows the name, then the record's status). */
async function pickerOptions(page: Page, type: TypeName, field: string): Promise<string[]> {
  await fieldControl(page, label(type, field)).first().click();
  // Below the records the picker offers to create a new one: not a record.
  const options = page.getByRole('option').filter({ hasNotText: 'Relation erstellen' });
  await options.first().waitFor();
  const texts = await options.allInnerTexts();
  return texts.map((text) => text.trim().split('\n')[0].trim()).filter(Boolean);
}

/** The list view's header texts and, per row, its cells' texts. */
async function listTable(page: Page): Promise<{ headers: string[]; rows: string[][] }> {
  await page.locator('main table tbody tr').first().waitFor();
  return page.evaluate(() => {
    const table = document.querySelector('main table')!;
    const texts = (cells: NodeListOf<Element>) => Array.from(cells).map((cell) => (cell.textContent ?? '').trim());
    return {
      headers: texts(table.querySelectorAll('thead th')),
      rows: Array.from(table.querySelectorAll('tbody tr')).map((row) => texts(row.querySelectorAll('td'))),
    };
  });
}

async function openList(page: Page, type: TypeName, query = '') {
  await page.goto(`${cmsUrl()}/admin/content-manager/collection-types/${uidOf(type)}${query}`);
  await page.waitForLoadState('networkidle');
}

/**
 * The header's right edge lies inside the window and inside the table's scroll box: a status
 * column pushed off to the right would need horizontal scrolling to be seen.
 */
async function expectColumnOnScreen(page: Page, header: string) {
  // Case-insensitive: Strapi heads its publication column with the key "status", shown in capitals.
  const cell = page.locator('main table thead th').filter({ hasText: new RegExp(`^${header}$`, 'i') });
  await expect(cell, `the column "${header}"`).toHaveCount(1);
  const edges = await cell.evaluate((element) => {
    let box: Element | null = element.closest('table');
    while (box && box !== document.body && !/(auto|scroll|hidden)/.test(getComputedStyle(box).overflowX)) box = box.parentElement;
    return {
      right: element.getBoundingClientRect().right,
      boxRight: box && box !== document.body ? box.getBoundingClientRect().right : window.innerWidth,
      window: window.innerWidth,
      pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
    };
  });
  expect(edges.right, `right edge of "${header}" against the window`).toBeLessThanOrEqual(edges.window);
  expect(edges.right, `right edge of "${header}" against the table's scroll box`).toBeLessThanOrEqual(edges.boxRight + 1);
  expect(edges.pageOverflow, 'px the page is wider than the window').toBeLessThanOrEqual(0);
}

/** One browser profile per role, logged in once: a login per test would run into the admin's login rate limit. */
function asRole(account: { email: string; password: string }) {
  let session: Session;
  test.beforeAll(async ({ browser }, testInfo) => {
    const page = await sharedPage(browser, testInfo);
    page.setDefaultTimeout(TIMEOUT_MS);
    session = { page, token: await adminLogin(page, account) };
  });
  test.afterAll(async () => {
    await session?.page.context().close();
  });
  return () => session;
}

test.describe('Koordination', () => {
  const session = asRole(DEMO_ACCOUNTS.koordination);

  test('the Kursdurchführung picker of a Kursteilnahme names each run by course, place and date', async () => {
    const { page } = session();
    const [participation] = await records(session(), 'course-participation');
    expect(participation, 'a course participation in the demo data').toBeTruthy();
    const runs = await records(session(), 'course-run', '&populate=courseOffer');
    await openEditView(page, 'course-participation', participation.documentId);
    const offered = await pickerOptions(page, 'course-participation', 'courseRun');
    await screenshot(page, '20-kursteilnahme-kursdurchfuehrung');
    expect(offered.length, 'runs offered').toBeGreaterThan(1);
    expect(new Set(offered).size, `distinct names among ${offered.join(' | ')}`).toBe(offered.length);
    const cities = new Set(runs.map((run) => run.city));
    for (const name of offered) {
      expect(name, 'a run in the picker').toMatch(new RegExp(`^.+ · .+ · ${GERMAN_DAY.source}$`));
      expect(cities.has(name), `"${name}" is a bare city`).toBe(false);
    }
    // Each offered name is a run's: its offer's title, its place and its start as a German date.
    const expected = new Set(runs.map((run) => [run.courseOffer?.title, run.city, run.startsOn?.split('-').reverse().join('.')].filter(Boolean).join(' · ')));
    for (const name of offered) expect(expected.has(name), `"${name}" names a run of the demo data`).toBe(true);
    await page.keyboard.press('Escape');
  });

  test('the "Aus Beratung" picker of a Weiterbildungsbedarf names consultations by organisation and German date', async () => {
    const { page } = session();
    const [need] = await records(session(), 'training-need');
    expect(need, 'a training need in the demo data').toBeTruthy();
    await openEditView(page, 'training-need', need.documentId);
    const offered = await pickerOptions(page, 'training-need', 'consultation');
    await screenshot(page, '21-bedarf-aus-beratung');
    expect(offered.length, 'consultations offered').toBeGreaterThan(0);
    for (const name of offered) {
      expect(name, 'a consultation in the picker').toMatch(new RegExp(`^Beratung .+ · ${GERMAN_DAY.source}$`));
      expect(name, 'a consultation in the picker').not.toMatch(ISO_DAY);
    }
    await page.keyboard.press('Escape');
  });

  test('an indicator target is titled by the German indicator name and period, in its list and its edit view', async () => {
    const { page } = session();
    const targets = await records(session(), 'indicator-target');
    expect(targets.length, 'indicator targets in the demo data').toBeGreaterThan(0);
    const nameOf = (target: Row) => `${indicatorName(target.indicator)} · ${labelFor(TARGET_PERIOD.labels, target.period)}`;
    await openList(page, 'indicator-target');
    const { headers, rows } = await listTable(page);
    const column = headers.indexOf(label('indicator-target', 'displayName'));
    expect(column, `the name column among ${headers.join(', ')}`).toBeGreaterThanOrEqual(0);
    const expected = new Set(targets.map(nameOf));
    for (const row of rows) expect(expected.has(row[column]), `list title "${row[column]}" is a German indicator name and period`).toBe(true);
    await screenshot(page, '22-zielwerte-liste');
    const target = targets.find((candidate) => candidate.indicator === 'companies_counselled') ?? targets[0];
    await openEditView(page, 'indicator-target', target.documentId);
    await expect(page.locator('main h1').first(), 'the edit view title').toHaveText(nameOf(target));
    await screenshot(page, '23-zielwert-titel');
  });

  test('the Weiterbildungsträger picker of a course offer offers training providers only', async () => {
    const { page } = session();
    const organisations = await records(session(), 'organisation');
    const providers = new Set(organisations.filter((organisation) => organisation.type === 'training_provider').map((organisation) => organisation.name));
    const companies = organisations.filter((organisation) => organisation.type === 'company');
    expect(companies.length, 'companies in the demo data').toBeGreaterThan(0);
    const [offer] = await records(session(), 'course-offer');
    await openEditView(page, 'course-offer', offer.documentId);
    const offered = await pickerOptions(page, 'course-offer', 'provider');
    await screenshot(page, '24-angebot-weiterbildungstraeger');
    expect(offered.length, 'providers offered').toBeGreaterThan(0);
    for (const name of offered) expect(providers.has(name), `"${name}" is a training provider`).toBe(true);
    await page.keyboard.press('Escape');
  });

  test('a company as training provider is refused with a German message', async () => {
    // The picker offers no company, so the wrong record is sent as the browser would send it.
    const organisations = await records(session(), 'organisation');
    const company = organisations.find((organisation) => organisation.type === 'company');
    const [offer] = await records(session(), 'course-offer');
    const answer = await inBrowser(session(), 'PUT', `/content-manager/collection-types/${uidOf('course-offer')}/${offer.documentId}`, {
      provider: { connect: [{ documentId: company!.documentId }] },
    });
    expect(answer.status, 'status of saving a company as provider').toBe(400);
    expect(JSON.stringify(answer.body), 'the refusal').toMatch(/„Weiterbildungsträger“: Nur Organisationen der Art „Weiterbildungsträger“/);
  });

  test('the training-need list shows its own status and the organisation', async () => {
    const { page } = session();
    await openList(page, 'training-need');
    const { headers, rows } = await listTable(page);
    await screenshot(page, '25-bedarfe-liste');
    const status = headers.indexOf(label('training-need', 'needStatus'));
    const organisation = headers.indexOf(label('training-need', 'organisation'));
    expect(status, `"${label('training-need', 'needStatus')}" among ${headers.join(', ')}`).toBeGreaterThanOrEqual(0);
    expect(organisation, `"${label('training-need', 'organisation')}" among ${headers.join(', ')}`).toBeGreaterThanOrEqual(0);
    const needs = await records(session(), 'training-need', '&populate=organisation');
    // The list shows a status by its German label (the stored value is the key).
    const statuses = new Set(needs.map((need) => labelFor(TRAINING_NEED_STATUS.labels, need.needStatus)));
    const names = new Set(needs.map((need) => need.organisation?.name));
    for (const row of rows) {
      expect(statuses.has(row[status]), `status cell "${row[status]}" is a need's status label`).toBe(true);
      expect(names.has(row[organisation]), `organisation cell "${row[organisation]}" is a need's organisation`).toBe(true);
    }
  });

  test('searching the training-need list by an organisation name finds its needs', async () => {
    const { page } = session();
    const needs = await records(session(), 'training-need', '&populate=organisation');
    const name: string = needs.find((need) => need.organisation?.name)!.organisation.name;
    const own = needs.filter((need) => need.organisation?.name === name);
    await openList(page, 'training-need');
    await page.getByRole('button', { name: 'Suchen' }).click();
    const search = page.getByRole('searchbox', { name: 'Suche nach Weiterbildungsbedarf' });
    await search.fill(name);
    await search.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('_q') === name);
    await page.waitForLoadState('networkidle');
    const { headers, rows } = await listTable(page);
    await screenshot(page, '26-bedarfe-suche-organisation');
    const organisation = headers.indexOf(label('training-need', 'organisation'));
    expect(rows.length, `needs found for "${name}"`).toBeGreaterThanOrEqual(Math.min(own.length, 10));
    for (const row of rows) expect(row[organisation], 'the organisation of a found need').toBe(name);
  });

  test('at 1440 px the course-run list shows its status columns without scrolling', async () => {
    const { page } = session();
    await page.setViewportSize({ width: 1440, height: 900 });
    try {
      await openList(page, 'course-run');
      await listTable(page);
      await expectColumnOnScreen(page, label('course-run', 'runStatus'));
      await expectColumnOnScreen(page, 'Status');
      await screenshot(page, '27-kursdurchfuehrungen-1440');
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });
});

test.describe('Kommunikation', () => {
  const session = asRole(DEMO_ACCOUNTS.kommunikation);

  test('the Pressekontakt picker of a press release offers press contacts only', async () => {
    const { page } = session();
    const contacts = await records(session(), 'contact');
    const press = new Set(contacts.filter((contact) => contact.isPressContact).map((contact) => contact.name));
    expect(contacts.some((contact) => !contact.isPressContact), 'a contact who is not a press contact in the demo data').toBe(true);
    const [release] = await records(session(), 'press-release');
    await openEditView(page, 'press-release', release.documentId);
    const offered = await pickerOptions(page, 'press-release', 'pressContact');
    await screenshot(page, '28-pressemitteilung-pressekontakt');
    expect(offered.length, 'press contacts offered').toBeGreaterThan(0);
    for (const name of offered) expect(press.has(name), `"${name}" is a press contact`).toBe(true);
    await page.keyboard.press('Escape');
  });

  test('a contact who is not a press contact is refused with a German message', async () => {
    const contacts = await records(session(), 'contact');
    const internal = contacts.find((contact) => !contact.isPressContact);
    const [release] = await records(session(), 'press-release');
    const answer = await inBrowser(session(), 'PUT', `/content-manager/collection-types/${uidOf('press-release')}/${release.documentId}`, {
      pressContact: { connect: [{ documentId: internal!.documentId }] },
    });
    expect(answer.status, 'status of saving a non-press contact').toBe(400);
    expect(JSON.stringify(answer.body), 'the refusal').toMatch(/„Pressekontakt“: Nur als Pressekontakt markierte Kontaktpersonen/);
  });

  test('at 1440 px the press-release list shows its status column without scrolling', async () => {
    const { page } = session();
    await page.setViewportSize({ width: 1440, height: 900 });
    try {
      await openList(page, 'press-release');
      await listTable(page);
      await expectColumnOnScreen(page, 'Status');
      await screenshot(page, '29-pressemitteilungen-1440');
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });
});
