// Browser test: consultation topics and press-release tags are edited with their own inputs, not
// a raw JSON editor, by the role that owns each type; enumerations show their German labels. Against a running CMS with the built admin
// and the demo data of the test stack (its accounts are cms/src/demo/accounts.ts), each role in a
// fresh browser profile of its own (the admin keeps its login per profile).
//
// Koordination clears the topics and picks two by their German labels, saves, reloads: both shown
// and stored as topic keys. Kommunikation gets the German message under the field for a tag that
// is too long; types three tags with Enter, removes one with ×, saves, reloads: the two shown and
// stored. Koordination reads a course run's status as its German label in the list, the filter and
// the edit view, picks another label, and the key is stored. Screenshots go to test-artifacts/admin.
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { adminLogin, artifactsDir, cmsUrl } from '../../e2e/helpers';
import { DEMO_ACCOUNTS } from '../src/demo/accounts';
import { COURSE_RUN_STATUS, TOPIC, type Topic } from '@verbund/domain';

const ARTIFACTS = artifactsDir('admin');
const TIMEOUT_MS = 30_000;
const TAGS = ['Verbundkurse', 'Kleinbetriebe'];
const DISCARDED_TAG = 'Tippfehler';

/**
 * Logs in in the browser and returns the admin API as the logged-in browser sees it (its access
 * token), to find a record and read back what the browser saved; a second login would run into
 * the admin's login rate limit on reruns.
 */
async function loginWithApi(page: Page, account: { email: string; password: string }) {
  page.setDefaultTimeout(TIMEOUT_MS);
  const token = await adminLogin(page, account);
  return async (path: string) => {
    const response = await fetch(`${cmsUrl()}/content-manager/collection-types/plugin::verbund.${path}`, { headers: { Authorization: `Bearer ${token}` } });
    expect(response.status, `GET ${path}`).toBe(200);
    return (await response.json()) as { results?: any[]; data?: any };
  };
}

async function openEditView(page: Page, type: string, documentId: string) {
  await page.goto(`${cmsUrl()}/admin/content-manager/collection-types/plugin::verbund.${type}/${documentId}`);
  await page.getByRole('button', { name: 'Speichern' }).waitFor();
  // The form is filled in again when the last of its requests answers; an open select would close.
  await page.waitForLoadState('networkidle');
}

/** Clicks Speichern and returns the status of the save request, once the form has been filled in again. */
async function submit(page: Page): Promise<number> {
  const [response] = await Promise.all([
    page.waitForResponse((candidate) => candidate.request().method() === 'PUT' && candidate.url().includes('/content-manager/collection-types/')),
    page.getByRole('button', { name: 'Speichern' }).click(),
  ]);
  await page.waitForLoadState('networkidle');
  return response.status();
}

async function save(page: Page) {
  expect(await submit(page), 'status of saving').toBe(200);
}

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

test('Koordination picks two topics by their German labels, and they stay after a reload', async ({ page }) => {
  const api = await loginWithApi(page, DEMO_ACCOUNTS.koordination);
  const [consultation] = (await api('consultation?page=1&pageSize=1&sort=id:ASC')).results ?? [];
  expect(consultation, 'a consultation in the demo data').toBeTruthy();
  const before: Topic[] = Array.isArray(consultation.topics) ? consultation.topics : [];
  // Two topics the record does not have yet, so that every run changes it.
  const picked = TOPIC.values.filter((topic) => !before.includes(topic)).slice(0, 2);

  await openEditView(page, 'consultation', consultation.documentId);
  await expect(page.getByText('Liste der Themen als JSON'), 'the raw JSON help text').toHaveCount(0);
  if (before.length > 0) await page.getByRole('button', { name: 'Auswahl leeren' }).click();
  await page.getByRole('combobox', { name: 'Themen' }).click();
  for (const topic of picked) await page.getByRole('option', { name: TOPIC.labels[topic], exact: true }).click();
  await page.keyboard.press('Escape');
  await screenshot(page, '10-beratung-themen-gewaehlt');
  await save(page);

  await openEditView(page, 'consultation', consultation.documentId);
  const shown = await page.getByRole('combobox', { name: 'Themen' }).innerText();
  for (const topic of picked) expect(shown, 'the topics shown after the reload').toContain(TOPIC.labels[topic]);
  for (const topic of before) expect(shown, 'the topics shown after the reload').not.toContain(TOPIC.labels[topic]);
  await screenshot(page, '11-beratung-themen-nach-neuladen');
  const stored = (await api(`consultation/${consultation.documentId}`)).data.topics;
  expect(stored, 'the stored topics').toEqual(picked);
});

test('Kommunikation adds tags with Enter, removes one with ×, and the rest stay after a reload', async ({ page }) => {
  const api = await loginWithApi(page, DEMO_ACCOUNTS.kommunikation);
  const [release] = (await api('press-release?page=1&pageSize=1&sort=id:ASC')).results ?? [];
  expect(release, 'a press release in the demo data').toBeTruthy();
  const before: string[] = (Array.isArray(release.tags) ? release.tags : []).filter((tag: string) => !TAGS.includes(tag));

  await openEditView(page, 'press-release', release.documentId);
  const input = page.getByRole('textbox', { name: 'Schlagworte' });
  // A rerun on the same data first takes away the tags this test adds, so that adding them is a change.
  const leftOver = TAGS.filter((tag) => (Array.isArray(release.tags) ? release.tags : []).includes(tag));
  for (const tag of leftOver) await page.getByRole('button', { name: `Schlagwort „${tag}“ entfernen` }).click();
  if (leftOver.length > 0) await save(page);
  // A tag the boundary refuses: the German message appears under the field, nothing is saved.
  const tooLong = 'Weiterbildung'.repeat(8);
  await input.fill(tooLong);
  await input.press('Enter');
  expect(await submit(page), 'status of saving a tag of 104 characters').toBe(400);
  // The field's own error line (the design system's Field.Error, id `<field>-error`).
  const message = page.locator('[id="tags-error"]');
  await message.waitFor();
  const text = await message.innerText();
  expect(text, "the field's error").toMatch(/^„Schlagworte“ muss eine Liste von Texten/);
  await screenshot(page, '12-pressemitteilung-schlagwort-zu-lang');
  // Strapi 5.54 refetches the record after a refused save, which may already have dropped the tag.
  const refused = page.getByRole('button', { name: `Schlagwort „${tooLong}“ entfernen` });
  if (await refused.count()) await refused.click();

  for (const tag of [TAGS[0], DISCARDED_TAG, TAGS[1]]) {
    await input.fill(tag);
    await input.press('Enter');
    await expect(input, `the input after „${tag}“ and Enter`).toHaveValue('');
  }
  await page.getByRole('button', { name: `Schlagwort „${DISCARDED_TAG}“ entfernen` }).click();
  await screenshot(page, '13-pressemitteilung-schlagworte');
  await save(page);

  await openEditView(page, 'press-release', release.documentId);
  for (const tag of [...before, ...TAGS]) await expect(page.getByRole('button', { name: `Schlagwort „${tag}“ entfernen` }), `„${tag}“ after the reload`).toBeVisible();
  await expect(page.getByRole('button', { name: `Schlagwort „${DISCARDED_TAG}“ entfernen` }), `the removed „${DISCARDED_TAG}“`).toHaveCount(0);
  await screenshot(page, '14-pressemitteilung-schlagworte-nach-neuladen');
  const stored = (await api(`press-release/${release.documentId}`)).data.tags;
  expect(stored, 'the stored tags').toEqual([...before, ...TAGS]);
});

test('Koordination reads and picks run statuses by their German labels; the key is what is stored', async ({ page }) => {
  const api = await loginWithApi(page, DEMO_ACCOUNTS.koordination);
  const { labels, values } = COURSE_RUN_STATUS;
  const keyPattern = new RegExp(`\\b(${values.join('|')})\\b`);

  await page.goto(`${cmsUrl()}/admin/content-manager/collection-types/plugin::verbund.course-run`);
  const cells = page.locator('tbody');
  await cells.getByRole('row').first().waitFor();
  const listed = await cells.innerText();
  expect(values.some((key) => listed.includes(labels[key])), `a status label in the list: ${listed.slice(0, 300)}`).toBe(true);
  expect(listed, 'the list shows no status key').not.toMatch(keyPattern);
  await screenshot(page, '15-kursdurchfuehrungen-status-liste');

  await page.getByRole('button', { name: 'Filter' }).click();
  const filter = page.getByRole('dialog');
  await filter.getByRole('combobox', { name: 'Feld auswählen' }).click();
  await page.getByRole('option', { name: 'Durchführungsstatus', exact: true }).click();
  // field, operator, value: the value's select comes last
  await filter.getByRole('combobox').nth(2).click();
  // Strapi's empty choice „Hier wählen“ first, then the statuses.
  const offered = (await page.getByRole('option').allInnerTexts()).map((text) => text.trim()).filter((text) => text !== 'Hier wählen');
  expect(offered, 'the filter offers the German labels').toEqual(values.map((key) => labels[key]));
  await screenshot(page, '16-kursdurchfuehrungen-status-filter');
  await page.keyboard.press('Escape');

  const [run] = (await api('course-run?page=1&pageSize=1&sort=id:ASC')).results ?? [];
  expect(run, 'a course run in the demo data').toBeTruthy();
  await openEditView(page, 'course-run', run.documentId);
  const select = page.getByRole('combobox', { name: 'Durchführungsstatus' });
  await expect(select, `the edit view shows the label of ${run.runStatus}`).toHaveText(labels[run.runStatus as keyof typeof labels]);
  const next = values.find((key) => key !== run.runStatus)!;
  await select.click();
  await page.getByRole('option', { name: labels[next], exact: true }).click();
  await screenshot(page, '17-kursdurchfuehrung-status-gewaehlt');
  await save(page);
  expect((await api(`course-run/${run.documentId}`)).data.runStatus, 'the stored runStatus').toBe(next);
});
