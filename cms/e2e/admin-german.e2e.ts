// Browser test: the Strapi admin speaks German, against a running CMS with the built admin:
//
//   CMS_URL=http://127.0.0.1:1337 E2E_ADMIN_USER=… E2E_ADMIN_PASSWORD=… npx tsx cms/e2e/admin-german.e2e.ts
//
// A fresh browser profile gets the German login page and a German message for a wrong password;
// after login the media library shows German texts and no "new Media Library" banner. A profile
// that chose English keeps it. Screenshots go to E2E_ARTIFACTS (default test-artifacts/admin).
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchContext } from '../../dashboard/e2e/browser.mjs';
import { check, reportCrash, runSteps, type Step } from '../../dashboard/e2e/steps';
import { GERMAN } from '../src/admin/translations/de';

const CMS_URL = (process.env.CMS_URL ?? 'http://127.0.0.1:1337').replace(/\/$/, '');
const USER = process.env.E2E_ADMIN_USER ?? '';
const PASSWORD = process.env.E2E_ADMIN_PASSWORD ?? '';
const ARTIFACTS = resolve(process.env.E2E_ARTIFACTS ?? 'test-artifacts/admin');
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

async function main() {
  check(USER && PASSWORD, 'E2E_ADMIN_USER and E2E_ADMIN_PASSWORD must name an admin account');
  mkdirSync(ARTIFACTS, { recursive: true });
  const browser = await launchContext();
  const page = await browser.context.newPage();
  page.setDefaultTimeout(TIMEOUT_MS);

  const steps: Array<[string, () => Promise<void>]> = [
    [
      'a fresh browser gets the German login page',
      async () => {
        await page.goto(`${CMS_URL}/admin`);
        await page.getByRole('button', { name: 'Anmelden' }).waitFor();
        check((await page.getAttribute('html', 'lang')) === 'de', 'the page language is not de');
        check(await page.getByText('Angemeldet bleiben').isVisible(), '"Angemeldet bleiben" is missing');
        check(await page.getByText('Passwort vergessen?').isVisible(), '"Passwort vergessen?" is missing');
        const english = await englishOn(page, ['Log in', 'Login', 'Welcome', 'Remember me', 'Password', 'Forgot your password?']);
        check(english.length === 0, `English on the login page: ${english.join(', ')}`);
        await screenshot(page, '01-anmeldung');
      },
    ],
    [
      'a wrong password is answered in German',
      async () => {
        await page.fill('input[name="email"]', USER);
        await page.fill('input[name="password"]', `${PASSWORD}-falsch`);
        await page.getByRole('button', { name: 'Anmelden' }).click();
        const alert = page.getByRole('alert').filter({ hasText: /\S/ });
        await alert.first().waitFor();
        const message = (await alert.first().innerText()).trim();
        check(message === 'E-Mail-Adresse oder Passwort ist falsch.', `login error reads "${message}"`);
        await screenshot(page, '02-anmeldung-falsches-passwort');
      },
    ],
    [
      'after login the media library is German, without the new-media-library banner',
      async () => {
        await page.fill('input[name="password"]', PASSWORD);
        await page.getByRole('button', { name: 'Anmelden' }).click();
        await page.waitForURL((url) => !url.pathname.includes('/auth/'));
        await page.goto(`${CMS_URL}/admin/plugins/upload`);
        await page.getByText(/Sortierung:/).first().waitFor();
        await page.waitForLoadState('networkidle');
        const texts = (await shownTexts(page)).join('\n');
        for (const german of ['Medienbibliothek', 'Sortierung: Zuletzt geändert', 'Suchen']) check(texts.includes(german), `"${german}" is missing`);
        const english = await englishOn(page, ENGLISH_ON_MEDIA_LIBRARY);
        check(english.length === 0, `English in the media library: ${english.join(', ')}`);
        const banner = BANNER_TEXTS.filter((text) => texts.includes(text));
        check(banner.length === 0, `the media library banner is shown: ${banner.join(' / ')}`);
        await screenshot(page, '03-medienbibliothek');
      },
    ],
    [
      'the media library menus are German',
      async () => {
        await page.getByRole('button', { name: /Sortierung:/ }).click();
        await page.getByRole('menu').waitFor();
        const english = await englishOn(page, ['Sort', 'Oldest uploads', 'Most recent updates', 'File size ascending', 'On top', 'Mixed with files']);
        check(english.length === 0, `English in the sort menu: ${english.join(', ')}`);
        await screenshot(page, '04-medienbibliothek-sortierung');
        await page.keyboard.press('Escape');
      },
    ],
    [
      'a browser that chose English keeps it',
      async () => {
        const english = await launchContext();
        try {
          const englishPage = await english.context.newPage();
          await englishPage.addInitScript(() => window.localStorage.setItem('strapi-admin-language', 'en'));
          await englishPage.goto(`${CMS_URL}/admin`);
          await englishPage.getByRole('button', { name: 'Login' }).waitFor({ timeout: TIMEOUT_MS });
          check((await englishPage.getAttribute('html', 'lang')) === 'en', 'the page language is not en');
        } finally {
          await english.close();
        }
      },
    ],
  ];

  await runSteps(steps, { page, artifacts: ARTIFACTS, close: () => browser.close() });
}

main().catch(reportCrash);
