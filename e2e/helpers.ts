// What every browser test file shares: the stack's addresses (set by e2e/global-setup.ts), the
// folders of the named screenshots, and a failure screenshot for pages a test file keeps open
// across its tests (Playwright's own `screenshot: 'only-on-failure'` covers the `page` fixture only).
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test, type Locator, type Page } from '@playwright/test';

const ROOT = path.resolve(__dirname, '..');

const required = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the browser tests through playwright.config.ts, whose global setup starts the stack`);
  return value.replace(/\/$/, '');
};
// Read when a test runs, not when its file loads: the runner loads the files before the global setup.
export const cmsUrl = () => required('CMS_URL');
export const dashboardUrl = () => required('DASHBOARD_URL');

/** test-artifacts/<part>, created; the named screenshots of a part's tests go there. */
export function artifactsDir(part: string): string {
  const dir = path.join(ROOT, 'test-artifacts', part);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** axe-core's script, to evaluate in a page (not added as a <script>: a CSP may refuse inline scripts). */
export const axeSource = () => readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Attaches a full-page screenshot of the shared page to every failed test of the file. */
export function screenshotSharedPageOnFailure(page: () => Page | undefined) {
  test.afterEach(async ({}, testInfo) => {
    const shared = page();
    if (!shared || shared.isClosed() || testInfo.status === testInfo.expectedStatus) return;
    const file = testInfo.outputPath('failure.png');
    await shared.screenshot({ path: file, fullPage: true }).catch(() => {});
    await testInfo.attach('failure', { path: file, contentType: 'image/png' }).catch(() => {});
  });
}

/** Logs in to the Strapi admin; returns the admin's access token (its jwtToken cookie or localStorage) for the admin API. */
export async function adminLogin(page: Page, account: { email: string; password: string }): Promise<string> {
  await page.goto(`${cmsUrl()}/admin`);
  await page.fill('input[name="email"]', account.email);
  await page.fill('input[name="password"]', account.password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'));
  const cookie = (await page.context().cookies()).find((candidate) => candidate.name === 'jwtToken')?.value;
  if (cookie) return decodeURIComponent(cookie);
  const stored = await page.evaluate(() => window.localStorage.getItem('jwtToken'));
  if (stored) return JSON.parse(stored) as string;
  throw new Error(`no admin token after the login of ${account.email}`);
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The admin form control labelled exactly with the field's label (Strapi appends "*" to required ones, a count to relations). */
export const fieldControl = (page: Page, text: string): Locator => page.getByLabel(new RegExp(`^${escapeRegExp(text)}( \\(\\d+\\))?\\s*\\*?$`));
