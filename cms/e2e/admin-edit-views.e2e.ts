// Browser test: every content type's edit view, as the admin role that owns the type, against a
// test stack's CMS with the built admin and the demo data (project `admin-edit-views`, after the
// others: it creates records and changes the funding project).
//
// For each type: list and create view are German (display name, the plugin's field labels, no
// English field names); saving the empty form shows a German message at a required field and
// creates nothing; the required fields filled in (relations: first option of the picker) save,
// reload with those values and, where the role may, publish. Each role sees only its own types.
// axe-core runs on one edit view per role. Screenshots go to test-artifacts/admin.
// `playwright test --project admin-edit-views -g "contact edit view"` runs one type while working on it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { adminLogin, artifactsDir, axeSource, cmsUrl, escapeRegExp as escape, fieldControl, sharedPage } from '../../e2e/helpers';
import { DEMO_ACCOUNTS } from '../src/demo/accounts';
import { TYPE_LAYOUTS } from '../src/plugins/verbund/server/src/admin-config/labels';
import { TYPE_NAMES, uidOf, type TypeName } from '../src/plugins/verbund/server/src/constants';
import contentTypes from '../src/plugins/verbund/server/src/content-types';
import { DISPLAY_NAME_FIELD } from '../src/plugins/verbund/server/src/services/display-name';
import { ADMIN_ROLES, type AdminRoleDefinition } from '../src/plugins/verbund/server/src/services/roles';
import { REQUIRED_RELATIONS } from '../src/plugins/verbund/server/src/validation/record-rules';

const ARTIFACTS = artifactsDir('admin');
const TIMEOUT_MS = 20_000;

/** The demo login of each editorial role. */
const LOGINS = Object.values(DEMO_ACCOUNTS).filter((account) => 'roleCode' in account);


type Attribute = { type: string; required?: boolean; default?: unknown; target?: string };
const schemaOf = (type: TypeName) =>
  (contentTypes as Record<string, { schema: { kind: string; info: { displayName: string }; options?: { draftAndPublish?: boolean }; attributes: Record<string, Attribute> } }>)[type].schema;
const label = (type: TypeName, field: string) => TYPE_LAYOUTS[type].fields[field][0];
/** The fields of the edit form: the layout's, without the computed display name the form hides. */
const formFields = (type: TypeName) =>
  Object.keys(TYPE_LAYOUTS[type].fields).filter((field) => field in schemaOf(type).attributes && field !== DISPLAY_NAME_FIELD);
const ownerOf = (type: TypeName) => ADMIN_ROLES.find((role) => role.grants[type]?.includes('create'));

/** Fields the form must have to save: required without a default, and the relations the plugin requires. */
const requiredFields = (type: TypeName) => {
  const { attributes } = schemaOf(type);
  const plain = Object.entries(attributes)
    .filter(([, attribute]) => attribute.required && attribute.default === undefined && attribute.type !== 'relation')
    .map(([name]) => name);
  return [...plain, ...Object.keys(REQUIRED_RELATIONS[type] ?? {})];
};

// Field names as Strapi shows them without the plugin's layout (the attribute names), which must
// not appear as labels: one check per field of the type that has a German label of its own.
const englishLabels = (type: TypeName) =>
  Object.entries(TYPE_LAYOUTS[type].fields)
    .filter(([name, [german]]) => name.toLowerCase() !== german.toLowerCase())
    .map(([name]) => name);


async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** The texts the field's control points to via aria-describedby: its hint and its error. */
async function describedBy(control: Locator): Promise<string> {
  return control.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}

/** The content manager's own menu of types (not the admin's main navigation). */
const contentMenu = (page: Page) => page.getByRole('navigation').filter({ hasText: 'Sammlungen' }).last();

/** The labels shown in the edit form. */
async function formLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => Array.from(document.querySelectorAll('main label')).map((element) => (element.textContent ?? '').replace(/\*$/, '').trim()));
}

type Session = { page: Page; token: string; role: AdminRoleDefinition };

/** What the admin API holds of the type: the number of records, or a single type's record as JSON. */
async function stored(session: Session, type: TypeName): Promise<string> {
  const single = schemaOf(type).kind === 'singleType';
  const path = single ? `single-types/${uidOf(type)}` : `collection-types/${uidOf(type)}?page=1&pageSize=1`;
  const response = await fetch(`${cmsUrl()}/content-manager/${path}`, { headers: { Authorization: `Bearer ${session.token}` } });
  expect(response.status, `reading ${type}`).toBe(200);
  const body = (await response.json()) as { pagination?: { total: number }; data?: Record<string, unknown> };
  return single ? JSON.stringify({ ...body.data, updatedAt: undefined }) : String(body.pagination!.total);
}

// The value typed into each kind of required field, and how it reads back after reload.
const DATE = '15.03.2026';
const stamp = new Date().toISOString().slice(11, 19).replace(/:/g, '');

async function fillField(page: Page, type: TypeName, field: string): Promise<string> {
  const attribute = schemaOf(type).attributes[field];
  const control = fieldControl(page, label(type, field)).first();
  switch (attribute.type) {
    case 'string':
    case 'text': {
      const value = `E2E ${label(type, field)} ${stamp}`;
      await control.fill(value);
      return value;
    }
    case 'email': {
      const value = `e2e-${stamp}@verbund.example`;
      await control.fill(value);
      return value;
    }
    case 'integer':
    case 'decimal':
    case 'float':
      await control.fill('7');
      return '7';
    case 'date':
      await control.fill(DATE);
      await control.press('Tab');
      return DATE;
    case 'datetime': {
      // A group of a date and a time input under one label.
      const [date, time] = [control.locator('input').first(), control.locator('input').nth(1)];
      await date.fill(DATE);
      await date.press('Tab');
      await time.fill('10:00');
      await time.press('Tab');
      return DATE;
    }
    case 'enumeration':
    case 'relation': {
      await control.click();
      // The first real option: not the empty "Hier wählen" of an optional-looking select.
      const option = page.getByRole('option').filter({ hasNotText: /^\s*(Hier wählen)?\s*$/ }).first();
      await option.waitFor();
      // A relation option shows the record and, below it, its publication status.
      const text = (await option.innerText()).trim().split('\n')[0].trim();
      await option.click();
      return text;
    }
    default:
      throw new Error(`${type}.${field}: no way to fill a ${attribute.type} field`);
  }
}

/** Where the saved value shows after reload: the input's value, or the picker's shown text. */
async function shownValue(page: Page, type: TypeName, field: string): Promise<string> {
  const attribute = schemaOf(type).attributes[field];
  const control = fieldControl(page, label(type, field)).first();
  if (attribute.type === 'relation') {
    // The picker lists the chosen records below its search box: the text of the field around the label.
    return page.evaluate((text) => {
      let element: Element | null = Array.from(document.querySelectorAll('main label')).find((item) => item.textContent?.startsWith(text)) ?? null;
      for (let level = 0; element && level < 4; level += 1) element = element.parentElement;
      return element?.textContent ?? '';
    }, label(type, field));
  }
  if (attribute.type === 'enumeration') return (await control.innerText()).trim();
  if (attribute.type === 'datetime') return control.locator('input').first().inputValue();
  return control.inputValue();
}

/**
 * Strapi keeps "Speichern" disabled until the form changed, so the form is changed without
 * filling the required fields: an optional text field filled in (the error is expected at the
 * first required field), or else a required text typed and cleared again, or else a required
 * number below its minimum. Returns the field where the error must appear.
 */
async function makeInvalid(page: Page, type: TypeName, required: string[], single: boolean): Promise<string> {
  const { attributes } = schemaOf(type);
  const fields = formFields(type);
  const isText = (field: string) => ['string', 'text'].includes(attributes[field].type);
  const optional = fields.find((field) => isText(field) && !attributes[field].required);
  // A single type's record exists already: its required text is cleared instead.
  if (optional && !single) {
    await fieldControl(page, label(type, optional)).first().fill('E2E');
    return required[0];
  }
  const text = required.find(isText);
  if (text) {
    const control = fieldControl(page, label(type, text)).first();
    await control.fill('E2E');
    await control.fill('');
    return text;
  }
  const number = fields.find((field) => attributes[field].required && ['integer', 'decimal'].includes(attributes[field].type));
  if (!number) throw new Error(`${type}: no field to make the form invalid with`);
  await fieldControl(page, label(type, number)).first().fill('-1');
  return number;
}

async function checkEditView(session: Session, type: TypeName) {
  const { page } = session;
  const schema = schemaOf(type);
  const displayName = schema.info.displayName;
  const single = schema.kind === 'singleType';
  const base = `${cmsUrl()}/admin/content-manager/${single ? 'single' : 'collection'}-types/${uidOf(type)}`;

  if (!single) {
    // List view: the German name as heading and no attribute names as column headers.
    await page.goto(base);
    const heading = (await page.locator('main h1').first().innerText()).trim();
    expect(heading, `${type} list view heading`).toBe(displayName);
    await page.getByRole('grid').or(page.getByText(/Keine Inhalte|keine Einträge/i)).first().waitFor();
    const listHeaders = await page.evaluate(() => Array.from(document.querySelectorAll('main thead th')).map((element) => (element.textContent ?? '').trim()));
    const listEnglish = TYPE_LAYOUTS[type].list.filter((name) => listHeaders.includes(name) && name !== label(type, name));
    expect(listEnglish, `${type} list: English column headers`).toEqual([]);
  }

  // Edit view (the create view; a single type's one record): the type's German name (the menu's
  // current entry) and every label of the plugin, no attribute name.
  await page.goto(single ? base : `${base}/create`);
  await page.getByRole('button', { name: 'Speichern' }).waitFor();
  await page.waitForLoadState('networkidle');
  const current = (await contentMenu(page).locator('a[aria-current="page"], a.active').first().innerText()).trim();
  expect(current, `${type} edit view's menu entry`).toBe(displayName);
  const labels = await formLabels(page);
  const missing = formFields(type)
    .filter((field) => !['media', 'component', 'dynamiczone'].includes(schema.attributes[field].type))
    .map((field) => label(type, field))
    .filter((german) => !labels.includes(german));
  expect(missing, `${type} edit view's missing labels (shows ${labels.join(', ')})`).toEqual([]);
  const english = englishLabels(type).filter((name) => labels.includes(name));
  expect(english, `${type} edit view's attribute names as labels`).toEqual([]);

  // Saved without its required values: a German message at the field, and nothing written.
  const required = requiredFields(type);
  expect(required.length, `${type}'s required fields to test`).toBeGreaterThan(0);
  const before = await stored(session, type);
  const errorField = await makeInvalid(page, type, required, single);
  await page.getByRole('button', { name: 'Speichern' }).click();
  const errorControl = fieldControl(page, label(type, errorField)).first();
  await page
    .waitForFunction((element) => element?.getAttribute('aria-invalid') === 'true', await errorControl.elementHandle(), { timeout: TIMEOUT_MS })
    .catch(() => {});
  const errorText = (await describedBy(errorControl)).trim();
  expect(errorText, `${type}: the German error at "${label(type, errorField)}"`).toMatch(/Pflichtfeld|erforderlich|Bitte|mindestens|darf nicht|zu niedrig/);
  expect(errorText, `${type}: the error at "${label(type, errorField)}" is not English`).not.toMatch(/required|This value|must be/i);
  if (!single) expect(page.url(), `${type}: the refused save stays in the create view`).toMatch(/\/create$/);
  expect(await stored(session, type), `${type}: what is stored after the refused save`).toBe(before);

  // Filled in: saves, reloads with the values.
  const values: Record<string, string> = {};
  for (const field of new Set([...required, errorField])) values[field] = await fillField(page, type, field);
  const [response] = await Promise.all([
    page.waitForResponse((item) => item.url().includes('/content-manager/') && ['POST', 'PUT'].includes(item.request().method())),
    page.getByRole('button', { name: 'Speichern' }).click(),
  ]);
  expect(response.ok(), `${type}: saving answered ${response.status()}: ${await response.text()}`).toBe(true);
  if (!single) await page.waitForURL((url) => !url.pathname.endsWith('/create'));
  const after = await stored(session, type);
  if (single) expect(after, `${type}: the record after saving`).not.toBe(before);
  else expect(Number(after), `${type}: records after saving`).toBe(Number(before) + 1);
  await page.reload();
  await page.getByRole('button', { name: 'Speichern' }).waitFor();
  await page.waitForLoadState('networkidle');
  for (const [field, value] of Object.entries(values)) {
    const shown = await shownValue(page, type, field);
    expect(shown, `${type}.${field} after the reload`).toContain(value);
  }

  if (schema.options?.draftAndPublish && session.role.grants[type]?.includes('publish')) {
    await page.getByRole('button', { name: 'Veröffentlichen' }).click();
    await page.getByText(/Veröffentlicht/).first().waitFor();
  }
  await screenshot(page, `edit-${type}`);
}

/** The content manager's menu shows the types the role may read, and no other. */
async function checkMenu(session: Session) {
  const { page, role } = session;
  await page.goto(`${cmsUrl()}/admin/content-manager`);
  const nav = contentMenu(page);
  await nav.waitFor();
  const menu = await nav.innerText();
  const problems = TYPE_NAMES.flatMap((type) => {
    const name = schemaOf(type).info.displayName;
    const listed = new RegExp(`(^|\\n)${escape(name)}(\\n|$)`).test(menu);
    const readable = Boolean(role.grants[type]?.includes('read'));
    return listed === readable ? [] : [`${name} ${readable ? 'missing' : 'listed'}`];
  });
  expect(problems, `${role.name} content-manager menu`).toEqual([]);
}

/**
 * axe-core on an edit view. A serious or critical violation fails the test only where it comes
 * from the plugin's own configuration (a node that carries one of its labels or help texts);
 * Strapi's own violations are written to the JSON file and logged, not failed, because we cannot
 * fix the admin panel's markup from here.
 */
async function runAxe(session: Session, type: TypeName) {
  const { page } = session;
  await page.goto(`${cmsUrl()}/admin/content-manager/collection-types/${uidOf(type)}/create`);
  await page.getByRole('button', { name: 'Speichern' }).waitFor();
  // Evaluated, not added as a <script>: a CSP may refuse inline scripts.
  await page.evaluate(axeSource());
  const violations: { id: string; impact: string | null; help: string; nodes: { html: string; target: string[] }[] }[] = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Element, options: object) => Promise<{ violations: never[] }> } }).axe;
    return (await axe.run(document.querySelector('main') ?? document.body, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } })).violations;
  });
  const ownTexts = Object.values(TYPE_LAYOUTS[type].fields).flatMap(([german, help]) => [german, help].filter((text): text is string => Boolean(text)));
  const severe = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  const own = severe.filter((violation) => violation.id !== 'color-contrast' && violation.nodes.some((node) => ownTexts.some((text) => node.html.includes(`>${text}<`))));
  writeFileSync(join(ARTIFACTS, `axe-edit-${type}.json`), JSON.stringify(violations, null, 2));
  for (const violation of severe.filter((item) => !own.includes(item))) console.log(`     axe (Strapi): ${violation.impact} ${violation.id} at ${violation.nodes.length} nodes`);
  expect(own.map((violation) => `${violation.impact} ${violation.id} (${violation.help})`), `axe on ${type}`).toEqual([]);
}

for (const role of ADMIN_ROLES) {
  const owned = TYPE_NAMES.filter((type) => ownerOf(type) === role);
  if (owned.length === 0) continue;
  const account = LOGINS.find((candidate) => candidate.roleCode === role.code);

  // Each role in a browser profile of its own, logged in once: a login per test would run into
  // the admin's login rate limit.
  test.describe(role.name, () => {
    let session: Session;
    test.beforeAll(async ({ browser }, testInfo) => {
      if (!account) throw new Error(`no demo login for ${role.code}`);
      const page = await sharedPage(browser, testInfo);
      page.setDefaultTimeout(TIMEOUT_MS);
      session = { page, role, token: await adminLogin(page, account) };
    });
    test.afterAll(async () => {
      await session?.page.context().close();
    });

    test('the menu lists the readable types only', () => checkMenu(session));
    for (const type of owned) test(`${type} edit view`, () => checkEditView(session, type));
    test(`axe on the ${owned[0]} edit view`, () => runAxe(session, owned[0]));
  });
}
