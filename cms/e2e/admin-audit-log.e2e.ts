// Browser test: the audit trail in the admin panel. Koordination edits an organisation of the demo
// network, follows the edit view's link to its history and finds the change in German on the
// „Änderungsprotokoll“ page (filtered to that record), which axe finds free of serious violations.
// Kommunikation sees no such menu entry. Screenshots go to test-artifacts/admin.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { adminLogin, artifactsDir, axeSource, cmsUrl, fieldControl, sharedPage } from '../../e2e/helpers';
import { ORGANISATION_TYPE, type OrganisationType } from '@verbund/domain';
import { DEMO_ACCOUNTS } from '../src/demo/accounts';

const ARTIFACTS = artifactsDir('admin');
const TIMEOUT_MS = 30_000;
const ORGANISATION = 'plugin::verbund.organisation';

test.describe.configure({ mode: 'serial' });

let page: Page;
let token: string;
test.beforeAll(async ({ browser }, testInfo) => {
  page = await sharedPage(browser, testInfo);
  page.setDefaultTimeout(TIMEOUT_MS);
  token = await adminLogin(page, DEMO_ACCOUNTS.koordination);
});
test.afterAll(async () => {
  await page?.context().close();
});

test('Koordination edits an organisation, opens its history from the edit view and reads the change in German; axe finds no serious violation', async () => {
  const listed = await fetch(`${cmsUrl()}/content-manager/collection-types/${ORGANISATION}?page=1&pageSize=1&sort=name:ASC`, { headers: { Authorization: `Bearer ${token}` } });
  expect(listed.status).toBe(200);
  const [organisation] = ((await listed.json()) as { results: Array<{ documentId: string; name: string; sector: string | null; type: OrganisationType }> }).results;
  const sector = `Prüfbranche ${Date.now()}`;

  await page.goto(`${cmsUrl()}/admin/content-manager/collection-types/${ORGANISATION}/${organisation.documentId}`);
  const field = fieldControl(page, 'Branche');
  await field.fill(sector);
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByText('Gespeichert').first()).toBeVisible();

  await page.getByRole('link', { name: 'Verlauf dieses Eintrags' }).click();
  await page.waitForURL((url) => url.pathname.endsWith('/plugins/verbund') && url.searchParams.get('documentId') === organisation.documentId);
  await expect(page.getByRole('heading', { name: 'Änderungsprotokoll', level: 1 })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: sector });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Geändert');
  await expect(row).toContainText('Jonas Koordination');
  await expect(row).toContainText('Organisation');
  await expect(row).toContainText(organisation.name);
  await expect(row).toContainText(`Branche: ${organisation.sector || '(leer)'} → ${sector}`);
  // Filtered to this record: every row names it.
  const rows = await page.locator('tbody tr').allInnerTexts();
  expect(rows.length).toBeGreaterThan(1); // the demo seed's „Angelegt“ (by the system) and this change
  for (const text of rows) expect(text).toContain(organisation.name);
  // Stored keys show by their German labels.
  const created = page.locator('tbody tr').filter({ hasText: 'Angelegt' });
  await expect(created).toContainText(`Art der Organisation: (leer) → ${ORGANISATION_TYPE.labels[organisation.type]}`);
  await expect(created).not.toContainText(organisation.type);
  await page.screenshot({ path: join(ARTIFACTS, 'aenderungsprotokoll.png'), fullPage: true });

  await page.evaluate(axeSource());
  const violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Element, options: object) => Promise<{ violations: never[] }> } }).axe;
    return (await axe.run(document.querySelector('main') ?? document.body, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } })).violations;
  });
  writeFileSync(join(ARTIFACTS, 'axe-aenderungsprotokoll.json'), JSON.stringify(violations, null, 2));
  const severe = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(severe.map((violation) => `${violation.impact} ${violation.id} (${violation.help}) at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('Kommunikation has no „Änderungsprotokoll“ in the menu', async ({ browser }, testInfo) => {
  const other = await sharedPage(browser, testInfo);
  try {
    await adminLogin(other, DEMO_ACCOUNTS.kommunikation);
    await other.goto(`${cmsUrl()}/admin`);
    await expect(other.getByRole('navigation').first()).toBeVisible();
    await expect(other.getByRole('link', { name: 'Änderungsprotokoll' })).toHaveCount(0);
  } finally {
    await other.context().close();
  }
});
