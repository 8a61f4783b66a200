// Browser test: the Strapi admin speaks German (the test stack's CMS with the built admin, as
// the demo super admin). Its tests run in order on one page:
//
// A fresh browser profile gets the German login page and a German message for a wrong password;
// after login the media library shows German texts and no "new Media Library" banner. A profile
// that chose English keeps it. Screenshots go to test-artifacts/admin.
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { artifactsDir, cmsUrl, sharedPage } from '../../e2e/helpers';
import { GERMAN } from '../src/admin/translations/de';
import { DEMO_ACCOUNTS } from '../src/demo/accounts';

const { email: USER, password: PASSWORD } = DEMO_ACCOUNTS.superAdmin;
const ARTIFACTS = artifactsDir('admin');
const TIMEOUT_MS = 30_000;

// What the issue found in English, as Strapi 5.54 shows it without our texts.
const ENGLISH_ON_MEDIA_LIBRARY = ['Media library', 'Media Library', 'New', 'Add folder', 'Grid view', 'Table view', 'Sort: Most recent updates', 'Search', 'Home', 'Folders', 'Introducing the new Media Library'];
const BANNER_TEXTS = Object.entries(GERMAN.admin)
  .filter(([key]) => key.startsWith('app.components.MediaLibraryBanner.'))
  .map(([, text]) => text.trim());


/** Everything a user reads or hears: the visible text and the placeholders and accessible labels. */
async function shownTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    document.body.innerText,
    ...Array.from(document.querySelectorAll('[placeholder], [aria-label], [title]')).flatMap((element) =>
      ['placeholder', 'aria-label', 'title'].map((name) => element.getAttribute(name) ?? '').filter(Boolean),
    ),
  ]);
}

/** The English phrases, as whole words, that appear among the page's texts. */
async function englishOn(page: Page, phrases: string[]): Promise<string[]> {
  const texts = await shownTexts(page);
  return phrases.filter((phrase) => texts.some((text) => new RegExp(`(^|[^\\p{L}])${phrase}($|[^\\p{L}])`, 'u').test(text)));
}

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

test.describe.configure({ mode: 'serial' });

let page: Page;
test.beforeAll(async ({ browser }, testInfo) => {
  page = await sharedPage(browser, testInfo);
  page.setDefaultTimeout(TIMEOUT_MS);
});
test.afterAll(async () => {
  await page?.context().close();
});

test('a fresh browser gets the German login page', async () => {
  await page.goto(`${cmsUrl()}/admin`);
  await page.getByRole('button', { name: 'Anmelden' }).waitFor();
  await expect(page.locator('html'), 'the page language').toHaveAttribute('lang', 'de');
  await expect(page.getByText('Angemeldet bleiben')).toBeVisible();
  await expect(page.getByText('Passwort vergessen?')).toBeVisible();
  const english = await englishOn(page, ['Log in', 'Login', 'Welcome', 'Remember me', 'Password', 'Forgot your password?']);
  expect(english, 'English on the login page').toEqual([]);
  await screenshot(page, '01-anmeldung');
});

test('a wrong password is answered in German', async () => {
  await page.fill('input[name="email"]', USER);
  await page.fill('input[name="password"]', `${PASSWORD}-falsch`);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  const alert = page.getByRole('alert').filter({ hasText: /\S/ });
  await alert.first().waitFor();
  expect((await alert.first().innerText()).trim(), 'the login error').toBe('E-Mail-Adresse oder Passwort ist falsch.');
  await screenshot(page, '02-anmeldung-falsches-passwort');
});

test('after login the media library is German, without the new-media-library banner', async () => {
  await page.fill('input[name="password"]', PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'));
  await page.goto(`${cmsUrl()}/admin/plugins/upload`);
  await page.getByText(/Sortierung:/).first().waitFor();
  await page.waitForLoadState('networkidle');
  const texts = (await shownTexts(page)).join('\n');
  for (const german of ['Medienbibliothek', 'Sortierung: Zuletzt geändert', 'Suchen']) expect(texts, `"${german}" in the media library`).toContain(german);
  expect(await englishOn(page, ENGLISH_ON_MEDIA_LIBRARY), 'English in the media library').toEqual([]);
  expect(BANNER_TEXTS.filter((text) => texts.includes(text)), 'the media library banner').toEqual([]);
  await screenshot(page, '03-medienbibliothek');
});

test('the media library menus are German', async () => {
  await page.getByRole('button', { name: /Sortierung:/ }).click();
  await page.getByRole('menu').waitFor();
  const english = await englishOn(page, ['Sort', 'Oldest uploads', 'Most recent updates', 'File size ascending', 'On top', 'Mixed with files']);
  expect(english, 'English in the sort menu').toEqual([]);
  await screenshot(page, '04-medienbibliothek-sortierung');
  await page.keyboard.press('Escape');
});

test('the content manager’s menu searches its content types in German', async () => {
  await page.goto(`${cmsUrl()}/admin/content-manager`);
  const search = page.locator('input[name="search_contentType"]');
  await expect(search).toHaveAttribute('placeholder', 'Suchen');
  await screenshot(page, '05-inhalte-menue-suche');
});

test('a browser that chose English keeps it', async ({ page: englishPage }) => {
  // The test's own page: a fresh profile next to the German one above.
  await englishPage.addInitScript(() => window.localStorage.setItem('strapi-admin-language', 'en'));
  await englishPage.goto(`${cmsUrl()}/admin`);
  await englishPage.getByRole('button', { name: 'Login' }).waitFor({ timeout: TIMEOUT_MS });
  await expect(englishPage.locator('html'), 'the page language').toHaveAttribute('lang', 'en');
});
