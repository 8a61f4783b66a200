// Browser test of the dashboard against a running analytics service:
//
//   DASHBOARD_URL=http://127.0.0.1:4000 E2E_USER=… E2E_PASSWORD=… npx tsx dashboard/e2e/dashboard.e2e.ts
//
// Logs in as a Steuerkreis member, compares every figure shown with the service's own answer
// for the same period (formatted de-DE here, independently of the app's code), opens a
// breakdown, downloads the reports, checks the print layout, runs axe-core on every page and
// keeps a screenshot of each in E2E_ARTIFACTS (default test-artifacts/e2e).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { launchContext } from './browser.mjs';
import { check, Failure, reportCrash, runSteps, type Step } from './steps';

const BASE_URL = (process.env.DASHBOARD_URL ?? 'http://127.0.0.1:4000').replace(/\/$/, '');
const USER = process.env.E2E_USER ?? '';
const PASSWORD = process.env.E2E_PASSWORD ?? '';
const ARTIFACTS = resolve(process.env.E2E_ARTIFACTS ?? 'test-artifacts/e2e');
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
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
  const response = await fetch(`${BASE_URL}${path}`, {
    headers: withToken ? { Authorization: `Bearer ${token}` } : {},
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
}

async function apiIndicators(query: string): Promise<Indicator[]> {
  const { status, body } = await api<{ indicators: Indicator[] }>(`/api/indicators?${query}`);
  check(status === 200, `GET /api/indicators?${query} answered ${status}`);
  return body.indicators;
}

/** Waits until every indicator of the API answer is shown with exactly its formatted value. */
async function expectFigures(page: Page, indicators: Indicator[], context: string) {
  const expected = new Map(indicators.map((indicator) => [indicator.id, expectedText(indicator)]));
  const deadline = Date.now() + FIGURE_TIMEOUT_MS;
  let mismatches: string[] = [];
  while (Date.now() < deadline) {
    const shown: Record<string, string> = await page.evaluate(() =>
      Object.fromEntries(
        Array.from(document.querySelectorAll('[data-indicator]')).map((element) => [
          element.getAttribute('data-indicator'),
          element.textContent?.trim() ?? '',
        ]),
      ),
    );
    mismatches = [...expected].flatMap(([id, text]) =>
      shown[id] === text ? [] : [`${id}: shown ${JSON.stringify(shown[id] ?? null)}, API ${JSON.stringify(text)}`],
    );
    if (mismatches.length === 0) return;
    await page.waitForTimeout(200);
  }
  throw new Failure(`${context}: figures differ from the API:\n    ${mismatches.join('\n    ')}`);
}

async function runAxe(page: Page, name: string) {
  // Evaluated, not added as a <script>: the dashboard's CSP (script-src 'self') refuses inline scripts.
  await page.evaluate(readFileSync(AXE_PATH, 'utf8'));
  const violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] =
    await page.evaluate(async (tags) => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: never[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return result.violations;
    }, AXE_TAGS);
  const severe = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  writeFileSync(join(ARTIFACTS, `axe-${name}.json`), JSON.stringify(violations, null, 2));
  check(
    severe.length === 0,
    `axe on ${name}: ${severe
      .map((violation) => `${violation.impact} ${violation.id} (${violation.help}) at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
      .join('; ')}`,
  );
}

/** The downloaded report is a real workbook whose figures are the API's for the chosen period. */
async function checkWorkbook(path: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheetNames = workbook.worksheets.map((sheet) => sheet.name);
  for (const name of ['Deckblatt', 'Kennzahlen', 'Definitionen']) check(sheetNames.includes(name), `the XLSX has no sheet ${name}`);
  const indicators = await apiIndicators('period=term');
  const rows = new Map<string, unknown>();
  workbook.getWorksheet('Kennzahlen')!.eachRow((row, number) => {
    if (number > 1) rows.set(String(row.getCell(1).value), row.getCell(4).value);
  });
  for (const indicator of indicators) {
    const cell = rows.get(indicator.name);
    const expected = indicator.value ?? '–';
    check(cell === expected, `XLSX ${indicator.name}: ${JSON.stringify(cell)}, API ${JSON.stringify(expected)}`);
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
    check(problems.length === 0, `print of ${name}:\n    ${problems.join('\n    ')}`);
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

async function main() {
  mkdirSync(ARTIFACTS, { recursive: true });
  const browser = await launchContext({ acceptDownloads: true });
  const page = await browser.context.newPage();
  page.setDefaultTimeout(FIGURE_TIMEOUT_MS);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // A CSP violation (a style or script the policy refuses) shows up as a console error only.
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) pageErrors.push(message.text());
  });

  let periods: Period[] = [];
  const periodSelect = () => page.getByLabel('Zeitraum', { exact: true });

  const steps: Step[] = [
    [
      'login page shows no figures, the API refuses calls without a token, no serious axe violation',
      async () => {
        check(USER && PASSWORD, 'E2E_USER and E2E_PASSWORD must name the demo Steuerkreis login');
        await page.goto(`${BASE_URL}/`);
        await page.getByRole('heading', { level: 1, name: 'Anmeldung' }).waitFor();
        check((await page.locator('[data-indicator]').count()) === 0, 'figures are visible without login');
        const anonymous = await api('/api/indicators?period=term', false);
        check(anonymous.status === 401, `GET /api/indicators without token answered ${anonymous.status}, not 401`);
        await screenshot(page, '01-anmeldung');
        await runAxe(page, 'anmeldung');
      },
    ],
    [
      'log in and see the whole term, every figure equal to the API',
      async () => {
        await page.getByLabel('Benutzername oder E-Mail').fill(USER);
        await page.getByLabel('Passwort').fill(PASSWORD);
        await page.getByRole('button', { name: 'Anmelden' }).click();
        await page.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor();
        token = await page.evaluate(
          () => JSON.parse(localStorage.getItem('verbund.dashboard.session') ?? '{}').jwt ?? '',
        );
        check(token, 'no token in localStorage after login');
        const answer = await api<{ periods: Period[] }>('/api/periods');
        check(answer.status === 200 && answer.body.periods.length > 0, `GET /api/periods answered ${answer.status}`);
        periods = answer.body.periods;
        check((await periodSelect().inputValue()) === 'term', 'the whole term is not the default period');
        check(
          await page.getByRole('heading', { level: 1, name: 'Übersicht' }).evaluate((element) => element === document.activeElement),
          'after login the focus is not on the page heading',
        );
        await expectFigures(page, await apiIndicators('period=term'), 'term');
        // The term is measured against its targets: no card compares it with the years before the project.
        check(await page.getByText(/Die Gesamtlaufzeit wird an ihren Zielwerten gemessen/).isVisible(), 'no sentence on what the term is compared with');
        check((await page.getByText(/gegenüber /).count()) === 0, 'the term is compared with a period before the project');
        check(await page.getByText(/^Stand: \d\d\.\d\d\.\d{4}, \d\d:\d\d Uhr/).isVisible(), 'no "Stand: …" shown');
        await screenshot(page, '02-uebersicht-laufzeit');
        await runAxe(page, 'uebersicht');
      },
    ],
    [
      'switch to project year 1',
      async () => {
        const py1 = periods.find((period) => period.key === 'py1');
        check(py1, 'the API offers no period py1');
        await periodSelect().selectOption('py1');
        await expectFigures(page, await apiIndicators('period=py1'), 'py1');
        const summary = (await page.locator('.period-summary').textContent()) ?? '';
        const expected = `Zeitraum: ${py1.label} (${germanDate(py1.from)} – ${germanDate(py1.to)})`;
        check(summary.includes(expected), `period summary reads ${JSON.stringify(summary)}, not ${JSON.stringify(expected)}`);
        check(page.url().endsWith('#/?zeitraum=py1'), `the address does not carry the period: ${page.url()}`);
      },
    ],
    [
      'a link to the period opens in a new tab of the same browser without a second login',
      async () => {
        const tab = await page.context().newPage();
        try {
          await tab.goto(page.url());
          await tab.getByRole('heading', { level: 1, name: 'Übersicht' }).waitFor();
          check((await tab.getByLabel('Zeitraum', { exact: true }).inputValue()) === 'py1', 'the new tab does not show project year 1');
          await expectFigures(tab, await apiIndicators('period=py1'), 'py1 in a new tab');
        } finally {
          await tab.close();
        }
      },
    ],
    [
      'arrow keys on the closed period select load the figures once, when the choice rests',
      async () => {
        const requests: string[] = [];
        const listener = (request: { url(): string }) => {
          if (request.url().includes('/api/indicators')) requests.push(request.url());
        };
        page.on('request', listener);
        try {
          await periodSelect().focus();
          for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowDown');
          await page.waitForTimeout(1000);
          check(requests.length === 1, `three arrow presses loaded ${requests.length} times`);
          await periodSelect().selectOption('py1');
          await expectFigures(page, await apiIndicators('period=py1'), 'py1 again');
        } finally {
          page.off('request', listener);
        }
      },
    ],
    [
      'switch to a quarter',
      async () => {
        const quarters = periods.filter((period) => period.kind === 'quarter');
        check(quarters.length > 0, 'the API offers no quarter');
        const quarter = quarters[Math.min(4, quarters.length - 1)];
        await periodSelect().selectOption(quarter.key);
        await expectFigures(page, await apiIndicators(`period=${encodeURIComponent(quarter.key)}`), quarter.key);
        await screenshot(page, '03-uebersicht-quartal');
      },
    ],
    [
      'custom range: a reversed range is refused in German, a valid one shows the API figures',
      async () => {
        const term = periods.find((period) => period.kind === 'term');
        check(term, 'the API offers no term period');
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
      },
    ],
    [
      'open a breakdown in the dialog; Esc closes it and focus returns',
      async () => {
        await periodSelect().selectOption('term');
        await expectFigures(page, await apiIndicators('period=term'), 'term');
        const opener = page.getByRole('button', { name: /^Definition und Aufschlüsselung zu / }).first();
        const name = (await opener.getAttribute('aria-label'))!.replace('Definition und Aufschlüsselung zu ', '');
        await opener.click();
        const dialog = page.getByRole('dialog', { name });
        await dialog.waitFor();
        const catalogue = await api<{ indicators: { id: string; name: string; dimensions: string[] }[] }>('/api/catalogue');
        const entry = catalogue.body.indicators.find((candidate) => candidate.name === name);
        check(entry, `catalogue has no entry named ${name}`);
        if (entry.dimensions.length > 0) {
          const term = periods.find((period) => period.kind === 'term')!;
          const breakdown = await api<{ rows: { value: number | null }[] }>(
            `/api/breakdown?indicator=${entry.id}&by=${entry.dimensions[0]}&from=${term.from}&to=${term.to}`,
          );
          if (breakdown.body.rows.some((row) => row.value)) {
            const rows = dialog.getByRole('table').locator('tbody tr');
            await rows.first().waitFor();
            check(
              (await rows.count()) === breakdown.body.rows.length,
              `dialog shows ${await rows.count()} rows, the API ${breakdown.body.rows.length}`,
            );
          }
        }
        await screenshot(page, '05-dialog-aufschluesselung');
        await runAxe(page, 'dialog');
        await page.keyboard.press('Escape');
        await dialog.waitFor({ state: 'detached' });
        check(await opener.evaluate((element) => element === document.activeElement), 'focus did not return to the card');
      },
    ],
    [
      'download the XLSX report (a ZIP file) and the CSV report',
      async () => {
        for (const [label, file] of [
          ['Bericht als Excel (XLSX)', 'bericht.xlsx'],
          ['Bericht als CSV', 'bericht.csv'],
        ] as const) {
          const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: label }).click()]);
          const path = join(ARTIFACTS, file);
          await download.saveAs(path);
          const bytes = readFileSync(path);
          check(bytes.length > 0, `${file} is empty`);
          if (file.endsWith('.xlsx')) await checkWorkbook(path);
        }
      },
    ],
    [
      'print layout: A4 without navigation and buttons, with period and Stand',
      async () => {
        await page.emulateMedia({ media: 'print' });
        try {
          check(!(await page.getByRole('navigation', { name: 'Hauptnavigation' }).isVisible()), 'navigation is printed');
          check(!(await page.getByRole('button', { name: 'Drucken' }).isVisible()), 'buttons are printed');
          check(await page.getByText(/^Stand: /).isVisible(), 'Stand is not printed');
          check(await page.getByText('Zeitraum:', { exact: true }).isVisible(), 'the period is not printed');
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
      },
    ],
    [
      'tablet width (768 px): no horizontal scrolling',
      async () => {
        await page.setViewportSize({ width: 768, height: 1024 });
        try {
          await page.waitForTimeout(200);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          check(overflow <= 0, `the overview is ${overflow}px wider than the tablet viewport`);
          await screenshot(page, '07-tablet');
        } finally {
          await page.setViewportSize({ width: 1280, height: 800 });
        }
      },
    ],
    [
      'Entwicklung: chart with a table alternative',
      async () => {
        await openPage(page, 'Entwicklung');
        await page.locator('.recharts-surface').first().waitFor();
        await page.getByText('Werte als Tabelle').click();
        await page.getByRole('table').first().waitFor();
        await screenshot(page, '08-entwicklung');
        await checkPrint(page, 'entwicklung');
        await runAxe(page, 'entwicklung');
      },
    ],
    [
      'Aufschlüsselung: breakdowns and the funnel equal to the API',
      async () => {
        await openPage(page, 'Aufschlüsselung');
        const term = periods.find((period) => period.kind === 'term')!;
        const funnel = await api<{ steps: { id: string; value: number }[] }>(`/api/funnel?from=${term.from}&to=${term.to}`);
        check(funnel.status === 200, `GET /api/funnel answered ${funnel.status}`);
        for (const step of funnel.body.steps) {
          const shown = (await page.locator(`[data-funnel="${step.id}"]`).textContent()) ?? '';
          const expected = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 }).format(step.value);
          check(shown.startsWith(expected), `funnel ${step.id}: shown ${shown}, API ${expected}`);
        }
        await screenshot(page, '09-aufschluesselung');
        await checkPrint(page, 'aufschluesselung');
        await runAxe(page, 'aufschluesselung');
      },
    ],
    [
      'Datenqualität: every check of the API listed',
      async () => {
        await openPage(page, 'Datenqualität');
        const quality = await api<{ checks: { title: string }[] }>('/api/quality');
        for (const item of quality.body.checks) {
          check(await page.getByRole('heading', { level: 3, name: item.title }).isVisible(), `check "${item.title}" not listed`);
        }
        await screenshot(page, '10-datenqualitaet');
        await runAxe(page, 'datenqualitaet');
      },
    ],
    [
      'log out',
      async () => {
        await page.getByRole('button', { name: 'Abmelden' }).click();
        await page.getByRole('heading', { level: 1, name: 'Anmeldung' }).waitFor();
        await page.getByText('Sie haben sich abgemeldet.').waitFor();
        const stored = await page.evaluate(() => localStorage.getItem('verbund.dashboard.session'));
        check(stored === null, 'the token stays in localStorage after logout');
      },
    ],
    [
      'a refused token returns to the login with a German message',
      async () => {
        await page.evaluate(() =>
          localStorage.setItem(
            'verbund.dashboard.session',
            JSON.stringify({ jwt: 'abgelaufen', user: { username: 'x', email: 'x@example.org', role: { name: 'Steuerkreis', type: 'steuerkreis' } } }),
          ),
        );
        await page.reload();
        await page.getByRole('heading', { level: 1, name: 'Anmeldung' }).waitFor();
        await page.getByRole('alert').filter({ hasText: 'Bitte melden Sie sich erneut an' }).waitFor();
        check((await page.locator('[data-indicator]').count()) === 0, 'figures visible with a refused token');
      },
    ],
    [
      'no uncaught JavaScript error in the page',
      async () => {
        check(pageErrors.length === 0, `page errors: ${pageErrors.join('; ')}`);
      },
    ],
  ];

  await runSteps(steps, { page, artifacts: ARTIFACTS, close: () => browser.close() });
}

main().catch(reportCrash);
