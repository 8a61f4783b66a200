// Browser test of the dashboard against the analytics service of the test stack (project
// `dashboard` of playwright.config.ts). Its tests run in order on one page, as one user session:
//
// Logs in as a Steuerkreis member (the demo login), compares every figure shown with the service's own answer
// for the same period (formatted de-DE here, independently of the app's code), opens a
// breakdown, downloads the reports, checks the print layout, runs axe-core on every page and
// keeps a screenshot of each in test-artifacts/e2e.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { DEMO_ACCOUNTS } from '../../cms/src/demo/accounts';
import { artifactsDir, axeSource, dashboardUrl, sharedPage } from '../../e2e/helpers';

const { email: USER, password: PASSWORD } = DEMO_ACCOUNTS.steuerkreis;
const ARTIFACTS = artifactsDir('e2e');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const FIGURE_TIMEOUT_MS = 15_000;

interface Indicator {
  id: string;
  name: string;
  kind: 'stock' | 'flow' | 'share';
  value: number | null;
}
interface Period {
  key: string;
  label: string;
  from: string;
  to: string;
  kind: string;
}


// The expected text, written out here rather than imported from src/lib/format.ts, so that a
// formatting bug in the app cannot agree with itself.
function expectedText(indicator: Indicator): string {
  if (indicator.value === null) return '–';
  return indicator.kind === 'share'
    ? new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 1 }).format(indicator.value)
    : new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 }).format(indicator.value);
}

const germanDate = (iso: string) => iso.split('-').reverse().join('.');

let token = '';

async function api<T>(path: string, withToken = true): Promise<{ status: number; body: T }> {
  const response = await fetch(`${dashboardUrl()}${path}`, {
    headers: withToken ? { Authorization: `Bearer ${token}` } : {},
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
}

async function apiIndicators(query: string): Promise<Indicator[]> {
  const { status, body } = await api<{ indicators: Indicator[] }>(`/api/indicators?${query}`);
  expect(status, `GET /api/indicators?${query}`).toBe(200);
  return body.indicators;
}

/** Waits until every indicator of the API answer is shown with exactly its formatted value. */
async function expectFigures(page: Page, indicators: Indicator[], context: string) {
  const expected = new Map(indicators.map((indicator) => [indicator.id, expectedText(indicator)]));
  await expect
    .poll(async () => {
      const shown: Record<string, string> = await page.evaluate(() =>
      Object.fromEntries(
        Array.from(document.querySelectorAll('[data-indicator]')).map((element) => [
          element.getAttribute('data-indicator'),
          element.textContent?.trim() ?? '',
        ]),
      ),
    );
      return [...expected].flatMap(([id, text]) =>
        shown[id] === text ? [] : [`${id}: shown ${JSON.stringify(shown[id] ?? null)}, API ${JSON.stringify(text)}`],
      );
    }, { message: `${context}: figures differ from the API`, timeout: FIGURE_TIMEOUT_MS })
    .toEqual([]);
}

async function runAxe(page: Page, name: string) {
  // Evaluated, not added as a <script>: the dashboard's CSP (script-src 'self') refuses inline scripts.
  await page.evaluate(axeSource());
  const violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] =
    await page.evaluate(async (tags) => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: never[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return result.violations;
    }, AXE_TAGS);
  const severe = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  writeFileSync(join(ARTIFACTS, `axe-${name}.json`), JSON.stringify(violations, null, 2));
  expect(
    severe.map((violation) => `${violation.impact} ${violation.id} (${violation.help}) at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
    `axe on ${name}`,
  ).toEqual([]);
}

/** The downloaded report is a real workbook whose figures are the API's for the chosen period. */
async function checkWorkbook(path: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheetNames = workbook.worksheets.map((sheet) => sheet.name);
  for (const name of ['Deckblatt', 'Kennzahlen', 'Definitionen']) expect(sheetNames, `the XLSX's sheets`).toContain(name);
  const indicators = await apiIndicators('period=term');
  const rows = new Map<string, unknown>();
  workbook.getWorksheet('Kennzahlen')!.eachRow((row, number) => {
    if (number > 1) rows.set(String(row.getCell(1).value), row.getCell(4).value);
  });
  for (const indicator of indicators) {
    const cell = rows.get(indicator.name);
    const expected = indicator.value ?? '–';
    expect(cell, `XLSX ${indicator.name} against the API`).toBe(expected);
  }
}

// A4 (210 mm) less the 12 mm side margins of the print style sheet, in CSS pixels (96 per inch).
const A4_CONTENT_WIDTH_PX = Math.floor(((210 - 2 * 12) / 25.4) * 96);
const MIN_PRINT_TEXT_PX = (8 / 72) * 96; // 8 pt

/**
 * Lays the page out as it prints on A4 and checks what a reader of the paper would notice: no
 * element reaches past the page's right edge, no text is cut off inside its box, and chart
 * text is at least 8 pt. Keeps a screenshot and the PDF of that layout.
 */
async function checkPrint(page: Page, name: string) {
  const viewport = page.viewportSize()!;
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: A4_CONTENT_WIDTH_PX, height: 1100 });
  try {
    // Charts follow their container's size through a ResizeObserver.
    await page.waitForTimeout(500);
    const problems: string[] = await page.evaluate(
      ({ width, minText }) => {
        // No named functions in here: tsx would wrap them in a helper the page does not have.
        const found: string[] = [];
        for (const element of Array.from(document.querySelectorAll('main *'))) {
          const box = element.getBoundingClientRect();
          if (box.width === 0 || box.height === 0) continue;
          const style = getComputedStyle(element);
          // Screen-reader-only text is clipped on purpose, on paper as on screen.
          if (style.visibility === 'hidden' || element.closest('.sr-only')) continue;
          const classes = typeof element.className === 'string' && element.className ? `.${element.className.split(' ').slice(0, 2).join('.')}` : '';
          const what = `${element.tagName.toLowerCase()}${classes} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
          if (box.right > width + 1) found.push(`${what} ends at ${Math.round(box.right)}px, the page at ${width}px`);
          const clips = style.overflowX === 'hidden' || style.textOverflow === 'ellipsis';
          if (clips && element.scrollWidth > element.clientWidth + 1) found.push(`${what} is cut off`);
          if (element instanceof SVGTextElement && parseFloat(style.fontSize) < minText - 0.01) {
            found.push(`chart text ${what} is ${style.fontSize}, less than 8 pt`);
          }
        }
        return found.slice(0, 10);
      },
      { width: A4_CONTENT_WIDTH_PX, minText: MIN_PRINT_TEXT_PX },
    );
    await screenshot(page, `druck-${name}`);
    await page.pdf({ path: join(ARTIFACTS, `druck-${name}.pdf`), format: 'A4', preferCSSPageSize: true });
    expect(problems, `print of ${name}`).toEqual([]);
  } finally {
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize(viewport);
  }
}

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

async function openPage(page: Page, title: string) {
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: title, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  // Skeletons announce themselves with aria-busy; the page is ready once none is left.
  await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null, undefined, {
    timeout: FIGURE_TIMEOUT_MS,
  });
}


// One session through the whole dashboard: each test builds on the page the one before left.
test.describe.configure({ mode: 'serial' });

let page: Page;
const pageErrors: string[] = [];
let periods: Period[] = [];
const periodSelect = () => page.getByLabel('Zeitraum', { exact: true });

test.beforeAll(async ({ browser }, testInfo) => {
  page = await sharedPage(browser, testInfo, { acceptDownloads: true });
  page.setDefaultTimeout(FIGURE_TIMEOUT_MS);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // A CSP violation (a style or script the policy refuses) shows up as a console error only.
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) pageErrors.push(message.text());
  });
});
test.afterAll(async () => {
  await page?.context().close();
});

test('login page shows no figures, the API refuses calls without a token, no serious axe violation', async () => {
  await page.goto(`${dashboardUrl()}/`);
  await page.getByRole('heading', { level: 1, name: 'Anmeldung' }).waitFor();
  await expect(page.locator('[data-indicator]'), 'figures visible without login').toHaveCount(0);
  const anonymous = await api('/api/indicators?period=term', false);
  expect(anonymous.status, 'GET /api/indicators without token').toBe(401);
  await screenshot(page, '01-anmeldung');
  await runAxe(page, 'anmeldung');
});

test('log in and see the whole term, every figure equal to the API', async () => {
  await page.getByLabel('Benutzername oder E-Mail').fill(USER);
  await page.getByLabel('Passwort').fill(PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor();
  token = await page.evaluate(
    () => JSON.parse(localStorage.getItem('verbund.dashboard.session') ?? '{}').jwt ?? '',
  );
  expect(token, 'the token in localStorage after login').not.toBe('');
  const answer = await api<{ periods: Period[] }>('/api/periods');
  expect(answer.status, 'GET /api/periods').toBe(200);
  expect(answer.body.periods.length, 'periods of GET /api/periods').toBeGreaterThan(0);
  periods = answer.body.periods;
  await expect(periodSelect(), 'the default period').toHaveValue('term');
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' }), 'the focus after login').toBeFocused();
  await expectFigures(page, await apiIndicators('period=term'), 'term');
  // The term is measured against its targets: no card compares it with the years before the project.
  await expect(page.getByText(/Die Gesamtlaufzeit wird an ihren Zielwerten gemessen/), 'the sentence on what the term is compared with').toBeVisible();
  await expect(page.getByText(/gegenüber /), 'a comparison of the term with a period before the project').toHaveCount(0);
  await expect(page.getByText(/^Stand: \d\d\.\d\d\.\d{4}, \d\d:\d\d Uhr/), '"Stand: …"').toBeVisible();
  await screenshot(page, '02-uebersicht-laufzeit');
  await runAxe(page, 'uebersicht');
});

test('switch to project year 1', async () => {
  const py1 = periods.find((period) => period.key === 'py1');
  if (!py1) throw new Error('the API offers no period py1');
  await periodSelect().selectOption('py1');
  await expectFigures(page, await apiIndicators('period=py1'), 'py1');
  const summary = (await page.locator('.period-summary').textContent()) ?? '';
  const expected = `Zeitraum: ${py1.label} (${germanDate(py1.from)} – ${germanDate(py1.to)})`;
  expect(summary, 'the period summary').toContain(expected);
  expect(page.url(), 'the address carries the period').toMatch(/#\/\?zeitraum=py1$/);
});

test('a link to the period opens in a new tab of the same browser without a second login', async () => {
  const tab = await page.context().newPage();
  try {
    await tab.goto(page.url());
    await tab.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor();
    await expect(tab.getByLabel('Zeitraum', { exact: true }), 'the period of the new tab').toHaveValue('py1');
    await expectFigures(tab, await apiIndicators('period=py1'), 'py1 in a new tab');
  } finally {
    await tab.close();
  }
});

test('arrow keys on the closed period select load the figures once, when the choice rests', async () => {
  const requests: string[] = [];
  const listener = (request: { url(): string }) => {
    if (request.url().includes('/api/indicators')) requests.push(request.url());
  };
  page.on('request', listener);
  try {
    await periodSelect().focus();
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(1000);
    expect(requests.length, 'loads after three arrow presses').toBe(1);
    await periodSelect().selectOption('py1');
    await expectFigures(page, await apiIndicators('period=py1'), 'py1 again');
  } finally {
    page.off('request', listener);
  }
});

test('switch to a quarter', async () => {
  const quarters = periods.filter((period) => period.kind === 'quarter');
  expect(quarters.length, 'quarters the API offers').toBeGreaterThan(0);
  const quarter = quarters[Math.min(4, quarters.length - 1)];
  await periodSelect().selectOption(quarter.key);
  await expectFigures(page, await apiIndicators(`period=${encodeURIComponent(quarter.key)}`), quarter.key);
  await screenshot(page, '03-uebersicht-quartal');
});

test('custom range: a reversed range is refused in German, a valid one shows the API figures', async () => {
  const term = periods.find((period) => period.kind === 'term');
  if (!term) throw new Error('the API offers no term period');
  await periodSelect().selectOption('__custom');
  await page.getByLabel('Von', { exact: true }).fill(term.to);
  await page.getByLabel('Bis', { exact: true }).fill(term.from);
  await page.getByRole('button', { name: 'Übernehmen' }).click();
  await page.getByRole('alert').filter({ hasText: 'Das Anfangsdatum darf nicht nach dem Enddatum liegen.' }).waitFor();
  const to = new Date(Date.parse(`${term.from}T12:00:00Z`) + 200 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('Von', { exact: true }).fill(term.from);
  await page.getByLabel('Bis', { exact: true }).fill(to);
  await page.getByRole('button', { name: 'Übernehmen' }).click();
  await expectFigures(page, await apiIndicators(`from=${term.from}&to=${to}`), `${term.from}…${to}`);
  await screenshot(page, '04-uebersicht-eigener-zeitraum');
});

test('open a breakdown in the dialog; Esc closes it and focus returns', async () => {
  await periodSelect().selectOption('term');
  await expectFigures(page, await apiIndicators('period=term'), 'term');
  const opener = page.getByRole('button', { name: /^Definition und Aufschlüsselung zu / }).first();
  const name = (await opener.getAttribute('aria-label'))!.replace('Definition und Aufschlüsselung zu ', '');
  await opener.click();
  const dialog = page.getByRole('dialog', { name });
  await dialog.waitFor();
  const catalogue = await api<{ indicators: { id: string; name: string; dimensions: string[] }[] }>('/api/catalogue');
  const entry = catalogue.body.indicators.find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`catalogue has no entry named ${name}`);
  if (entry.dimensions.length > 0) {
    const term = periods.find((period) => period.kind === 'term')!;
    const breakdown = await api<{ rows: { value: number | null }[] }>(
      `/api/breakdown?indicator=${entry.id}&by=${entry.dimensions[0]}&from=${term.from}&to=${term.to}`,
    );
    if (breakdown.body.rows.some((row) => row.value)) {
      const rows = dialog.getByRole('table').locator('tbody tr');
      await rows.first().waitFor();
      await expect(rows, 'rows of the dialog against the API').toHaveCount(breakdown.body.rows.length);
    }
  }
  await screenshot(page, '05-dialog-aufschluesselung');
  await runAxe(page, 'dialog');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await expect(opener, 'the focus after closing the dialog').toBeFocused();
});

test('download the XLSX report (a ZIP file), the CSV report and the Word report', async () => {
  for (const [label, file] of [
    ['Bericht als Excel (XLSX)', 'bericht.xlsx'],
    ['Bericht als CSV', 'bericht.csv'],
    ['Word-Bericht (.docx)', 'sachbericht.docx'],
  ] as const) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
    const path = join(ARTIFACTS, file);
    await download.saveAs(path);
    const bytes = readFileSync(path);
    expect(bytes.length, `size of ${file}`).toBeGreaterThan(0);
    if (file.endsWith('.xlsx')) await checkWorkbook(path);
    // a Word file is a ZIP archive too; analytics/src/report/docx.test.ts reads its contents
    if (file.endsWith('.docx')) expect(bytes.subarray(0, 2).toString('latin1'), `start of ${file}`).toBe('PK');
  }
});

test('print layout: A4 without navigation and buttons, with period and Stand', async () => {
  await page.emulateMedia({ media: 'print' });
  try {
    await expect(page.getByRole('navigation', { name: 'Hauptnavigation' }), 'the printed navigation').toBeHidden();
    await expect(page.getByRole('button', { name: 'Drucken' }), 'the printed buttons').toBeHidden();
    await expect(page.getByText(/^Stand: /), 'the printed Stand').toBeVisible();
    await expect(page.getByText('Zeitraum:', { exact: true }), 'the printed period').toBeVisible();
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
  await checkPrint(page, 'uebersicht-laufzeit');
  // A later project year carries the comparison column, the widest print layout.
  await periodSelect().selectOption('py2');
  await expectFigures(page, await apiIndicators('period=py2'), 'py2');
  await checkPrint(page, 'uebersicht-projektjahr-2');
  await periodSelect().selectOption('term');
  await expectFigures(page, await apiIndicators('period=term'), 'term');
});

test('tablet width (768 px): no horizontal scrolling', async () => {
  await page.setViewportSize({ width: 768, height: 1024 });
  try {
    await page.waitForTimeout(200);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'px by which the overview is wider than the tablet viewport').toBeLessThanOrEqual(0);
    await screenshot(page, '07-tablet');
  } finally {
    await page.setViewportSize({ width: 1280, height: 800 });
  }
});

test('Entwicklung: chart with a table alternative', async () => {
  await openPage(page, 'Entwicklung');
  await page.locator('.recharts-surface').first().waitFor();
  await page.getByText('Werte als Tabelle').click();
  await page.getByRole('table').first().waitFor();
  await screenshot(page, '08-entwicklung');
  await checkPrint(page, 'entwicklung');
  await runAxe(page, 'entwicklung');
});

test('Aufschlüsselung: breakdowns and the funnel equal to the API', async () => {
  await openPage(page, 'Aufschlüsselung');
  const term = periods.find((period) => period.kind === 'term')!;
  const funnel = await api<{ steps: { id: string; value: number }[] }>(`/api/funnel?from=${term.from}&to=${term.to}`);
  expect(funnel.status, 'GET /api/funnel').toBe(200);
  for (const step of funnel.body.steps) {
    const shown = (await page.locator(`[data-funnel="${step.id}"]`).textContent()) ?? '';
    const expected = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 }).format(step.value);
    expect(shown, `funnel ${step.id} against the API`).toMatch(new RegExp(`^${expected.replace(/\./g, '\\.')}`));
  }
  await screenshot(page, '09-aufschluesselung');
  await checkPrint(page, 'aufschluesselung');
  await runAxe(page, 'aufschluesselung');
});

test('Datenqualität: every check of the API listed', async () => {
  await openPage(page, 'Datenqualität');
  const quality = await api<{ checks: { title: string }[] }>('/api/quality');
  for (const item of quality.body.checks) {
    await expect(page.getByRole('heading', { level: 3, name: item.title }), `check "${item.title}"`).toBeVisible();
  }
  await screenshot(page, '10-datenqualitaet');
  await runAxe(page, 'datenqualitaet');
});

test('log out', async () => {
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await page.getByRole('heading', { level: 1, name: 'Anmeldung' }).waitFor();
  await page.getByText('Sie haben sich abgemeldet.').waitFor();
  const stored = await page.evaluate(() => localStorage.getItem('verbund.dashboard.session'));
  expect(stored, 'the token in localStorage after logout').toBeNull();
});

test('a refused token returns to the login with a German message', async () => {
  await page.evaluate(() =>
    localStorage.setItem(
      'verbund.dashboard.session',
      JSON.stringify({ jwt: 'abgelaufen', user: { username: 'x', email: 'x@example.org', role: { name: 'Steuerkreis', type: 'steuerkreis' } } }),
    ),
  );
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Anmeldung' }).waitFor();
  await page.getByRole('alert').filter({ hasText: 'Bitte melden Sie sich erneut an' }).waitFor();
  await expect(page.locator('[data-indicator]'), 'figures with a refused token').toHaveCount(0);
});

test('no uncaught JavaScript error in the page', async () => {
  expect(pageErrors, 'uncaught errors in the page').toEqual([]);
});

