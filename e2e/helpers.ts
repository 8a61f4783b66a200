// What the browser test files share: the stack's addresses (set by e2e/global-setup.ts), the
// folders of the named screenshots, a page kept open across a file's tests, the admin login.
// (Playwright's `screenshot: 'only-on-failure'` also captures such shared pages.)
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContextOptions, type Locator, type Page, type TestInfo } from '@playwright/test';

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

/**
 * A page that a file's tests share (one login, one session), opened in beforeAll. A context opened
 * by hand does not get the config's `use` options, so locale, time zone and viewport are passed on.
 */
export async function sharedPage(browser: Browser, testInfo: TestInfo, options: BrowserContextOptions = {}): Promise<Page> {
  const { locale, timezoneId, viewport } = testInfo.project.use;
  const context = await browser.newContext({ locale, timezoneId, viewport, ...options });
  return context.newPage();
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
