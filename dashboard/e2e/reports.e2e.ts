// Browser test of the „Berichte“ page against the test stack (project `dashboard`): a Steuerkreis
// member freezes the report of project year 1; Koordination then ends a partnership in the CMS,
// the webhook refreshes the figures, and the version's „Abweichungen“ name that organisation.
// Runs after dashboard.e2e.ts (files run in name order), whose figures it would otherwise change;
// it restores the partnership at the end. axe-core runs on the form, the dialog and the differences.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { uidOf } from '../../cms/src/plugins/verbund/server/src/constants';
import { DEMO_ACCOUNTS } from '../../cms/src/demo/accounts';
import { adminLogin, artifactsDir, axeSource, cmsUrl, dashboardUrl, sharedPage } from '../../e2e/helpers';

const ARTIFACTS = artifactsDir('e2e');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// Unique per run: versions stay in the database for good.
const TITLE = `Zwischennachweis Projektjahr 1 (Test ${new Date().toISOString().slice(0, 19)})`;
const REFRESH_TIMEOUT_MS = 120_000;

interface Change {
  change: string;
  documentId: string;
  audit: Array<{ at: string; actor: { name: string }; changes: Array<{ field: string; label: string; new: unknown }> }>;
}

// Written out here rather than imported from the app, so that a formatting bug cannot agree with itself.
const germanDate = (iso: string) => iso.split('-').reverse().join('.');

test.describe.configure({ mode: 'serial' });

let page: Page;
let admin: Page;
let adminToken = '';
let token = '';
let ended: { documentId: string; name: string } | null = null;

async function api<T>(path: string): Promise<T> {
  const response = await fetch(`${dashboardUrl()}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status, `GET ${path}`).toBe(200);
  return (await response.json()) as T;
}

/** The content manager's API as Koordination, from the admin page (its token, its origin). */
async function cms(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  return admin.evaluate(
    async ({ url, method, token, body }) => {
      const response = await fetch(url, {
        method,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : null };
    },
    { url: `${cmsUrl()}${path}`, method, token: adminToken, body },
  );
}

async function runAxe(name: string) {
  await page.evaluate(axeSource());
  const violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: never[] }> } }).axe;
    return (await axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations;
  }, AXE_TAGS);
  writeFileSync(join(ARTIFACTS, `axe-${name}.json`), JSON.stringify(violations, null, 2));
  const severe = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(
    severe.map((violation) => `${violation.impact} ${violation.id} (${violation.help}) at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
    `axe on ${name}`,
  ).toEqual([]);
}

const screenshot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

/**
 * Waits until the analytics service serves data exported after `instant`: a refresh that was
 * already running when the change was saved does not hold it.
 */
async function snapshotAfter(instant: string) {
  await expect
    .poll(async () => ((await api<{ snapshotAt: string | null }>('/api/status')).snapshotAt ?? '') > instant, {
      timeout: REFRESH_TIMEOUT_MS,
      message: `data exported after ${instant}`,
    })
    .toBe(true);
}

test.beforeAll(async ({ browser }, testInfo) => {
  page = await sharedPage(browser, testInfo, { acceptDownloads: true });
  admin = await sharedPage(browser, testInfo);
  adminToken = await adminLogin(admin, DEMO_ACCOUNTS.koordination);
});

test.afterAll(async () => {
  // Leave the demo data as it was for the projects after this one.
  if (ended) await cms('PUT', `/content-manager/collection-types/${uidOf('organisation')}/${ended.documentId}`, { partnerUntil: null });
  await page?.context().close();
  await admin?.context().close();
});

test('freeze the report of project year 1 after the confirmation', async () => {
  await page.goto(`${dashboardUrl()}/`);
  await page.getByLabel('Benutzername oder E-Mail').fill(DEMO_ACCOUNTS.steuerkreis.email);
  await page.getByLabel('Passwort').fill(DEMO_ACCOUNTS.steuerkreis.password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor();
  token = await page.evaluate(() => JSON.parse(localStorage.getItem('verbund.dashboard.session') ?? '{}').jwt ?? '');

  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Berichte', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Berichte' }).waitFor();
  await page.getByLabel('Zeitraum', { exact: true }).selectOption('py1');
  await page.getByLabel('Titel der Fassung').fill(TITLE);
  await runAxe('berichte');
  await page.getByRole('button', { name: 'Fassung einfrieren' }).click();
  const dialog = page.getByRole('dialog', { name: 'Fassung endgültig einfrieren?' });
  await expect(dialog).toContainText('kann danach weder geändert noch gelöscht werden');
  await screenshot('10-berichte-bestaetigung');
  await runAxe('berichte-bestaetigung');
  await dialog.getByRole('button', { name: 'Endgültig einfrieren' }).click();
  await expect(page.getByText(`„${TITLE}“ ist eingefroren und steht in der Liste.`)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('rowheader', { name: TITLE })).toBeVisible();
});

test('end a partnership in the CMS and read it among the differences', async () => {
  const { reports } = await api<{ reports: { id: number; title: string; period: { from: string; to: string } }[] }>('/api/reports');
  const version = reports.find((report) => report.title === TITLE)!;
  const list = await cms('GET', `/content-manager/collection-types/${uidOf('organisation')}?page=1&pageSize=1000`);
  expect(list.status, 'the organisations in the content manager').toBe(200);
  // a partner from before the period's start with an open end: ending it in the period removes it
  const partner = (list.body.results as { documentId: string; name: string; partnerSince: string | null; partnerUntil: string | null }[]).find(
    (organisation) => organisation.partnerSince !== null && organisation.partnerSince <= version.period.from && organisation.partnerUntil === null,
  );
  expect(partner, 'a partner since before project year 1 without an end').toBeDefined();
  const until = `${version.period.to.slice(0, 4)}-06-30`;

  const saved = await cms('PUT', `/content-manager/collection-types/${uidOf('organisation')}/${partner!.documentId}`, { partnerUntil: until });
  expect(saved.status, 'saving „Partner bis“').toBe(200);
  ended = partner!;
  await snapshotAfter(new Date().toISOString());

  const diff = await api<{ indicators: Array<{ id: string; frozenValue: number; currentValue: number; changes: Change[] }> }>(`/api/reports/${version.id}/diff`);
  const partners = diff.indicators.find((indicator) => indicator.id === 'partners')!;
  expect(partners.currentValue, 'partners today against frozen').toBe(partners.frozenValue - 1);
  // the audit trail names Koordination's edit of exactly that field
  const [change] = partners.changes;
  expect(partners.changes.map((c) => [c.documentId, c.change]), 'the records behind the difference').toEqual([[partner!.documentId, 'removed']]);
  const entry = change!.audit.at(-1)!;
  const { firstname, lastname } = DEMO_ACCOUNTS.koordination;
  expect([entry.actor.name, entry.changes.map((field) => [field.field, field.new])], 'the audit entry').toEqual([`${firstname} ${lastname}`, [['partnerUntil', until]]]);

  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: TITLE }) });
  await row.getByRole('button', { name: 'Abweichungen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: `Abweichungen: „${TITLE}“` })).toBeFocused();
  const article = page.getByRole('article', { name: 'Netzwerkpartner' });
  const number = new Intl.NumberFormat('de-DE');
  await expect(article).toContainText(`Eingefroren: ${number.format(partners.frozenValue)} · heute: ${number.format(partners.currentValue)}`);
  const day = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(entry.at));
  await expect(article.getByRole('listitem').first()).toHaveText(
    `1 Organisation nachträglich mit ‚${entry.changes[0]!.label}‘ ${germanDate(until)} versehen – geändert von ${firstname} ${lastname} am ${day}`,
  );
  await article.getByText(/^Datensätze im Einzelnen/).click();
  await expect(article).toContainText(`${partner!.name} (Organisation): nicht mehr mitgezählt (−1)`);
  await screenshot('11-berichte-abweichungen');
  await runAxe('berichte-abweichungen');
});
