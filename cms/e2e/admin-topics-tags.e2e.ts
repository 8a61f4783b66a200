// Browser test: consultation topics and press-release tags are edited with their own inputs, not
// a raw JSON editor, by the role that owns each type; enumerations show their German labels. Against a running CMS with the built admin
// and the demo data (its accounts are cms/src/demo/accounts.ts):
//
//   CMS_URL=http://127.0.0.1:1337 npx tsx cms/e2e/admin-topics-tags.e2e.ts
//
// Koordination clears the topics and picks two by their German labels, saves, reloads: both shown
// and stored as topic keys. Kommunikation gets the German message under the field for a tag that
// is too long; types three tags with Enter, removes one with ×, saves, reloads: the two shown and
// stored. Koordination reads a course run's status as its German label in the list, the filter and
// the edit view, picks another label, and the key is stored. Screenshots go to E2E_ARTIFACTS
// (default test-artifacts/admin).
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchContext } from '../../dashboard/e2e/browser.mjs';
import { check, reportCrash, runSteps } from '../../dashboard/e2e/steps';
import { DEMO_ACCOUNTS } from '../src/demo/accounts';
import { COURSE_RUN_STATUS, TOPIC } from '@verbund/domain';

const CMS_URL = (process.env.CMS_URL ?? 'http://127.0.0.1:1337').replace(/\/$/, '');
const ARTIFACTS = resolve(process.env.E2E_ARTIFACTS ?? 'test-artifacts/admin');
const TIMEOUT_MS = 30_000;
const TAGS = ['Verbundkurse', 'Kleinbetriebe'];
const DISCARDED_TAG = 'Tippfehler';

type Account = { email: string; password: string };
/**
 * The admin API as the logged-in browser sees it (its access token is the jwtToken cookie), to
 * find a record and read back what the browser saved; a second login would run into the admin's
 * login rate limit on reruns.
 */
async function adminApi(page: Page) {
  const token = (await page.context().cookies()).find((cookie) => cookie.name === 'jwtToken')?.value;
  check(token, 'the admin set no jwtToken cookie after login');
  return async (path: string) => {
    const response = await fetch(`${CMS_URL}/content-manager/collection-types/plugin::verbund.${path}`, { headers: { Authorization: `Bearer ${token}` } });
    check(response.ok, `GET ${path} answered ${response.status}`);
    return (await response.json()) as { results?: any[]; data?: any };
  };
}

async function loginInBrowser(page: Page, account: Account) {
  await page.goto(`${CMS_URL}/admin`);
  await page.fill('input[name="email"]', account.email);
  await page.fill('input[name="password"]', account.password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'));
}

async function openEditView(page: Page, type: string, documentId: string) {
  await page.goto(`${CMS_URL}/admin/content-manager/collection-types/plugin::verbund.${type}/${documentId}`);
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
  const status = await submit(page);
  check(status === 200, `saving answered ${status}`);
}

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

async function main() {
  mkdirSync(ARTIFACTS, { recursive: true });
  const steps: Array<[string, Account, (page: Page) => Promise<void>]> = [
    [
      'Koordination picks two topics by their German labels, and they stay after a reload',
      DEMO_ACCOUNTS.koordination,
      async (page) => {
        const api = await adminApi(page);
        const [consultation] = (await api('consultation?page=1&pageSize=1&sort=id:ASC')).results ?? [];
        check(consultation, 'no consultation in the demo data');
        const before: string[] = Array.isArray(consultation.topics) ? consultation.topics : [];
        // Two topics the record does not have yet, so that every run changes it.
        const picked = TOPIC.values.filter((topic) => !before.includes(topic)).slice(0, 2);

        await openEditView(page, 'consultation', consultation.documentId);
        check((await page.getByText('Liste der Themen als JSON').count()) === 0, 'the raw JSON help text is still shown');
        if (before.length > 0) await page.getByRole('button', { name: 'Auswahl leeren' }).click();
        await page.getByRole('combobox', { name: 'Themen' }).click();
        for (const topic of picked) await page.getByRole('option', { name: TOPIC.labels[topic], exact: true }).click();
        await page.keyboard.press('Escape');
        await screenshot(page, '10-beratung-themen-gewaehlt');
        await save(page);

        await openEditView(page, 'consultation', consultation.documentId);
        const shown = await page.getByRole('combobox', { name: 'Themen' }).innerText();
        for (const topic of picked) check(shown.includes(TOPIC.labels[topic]), `„${TOPIC.labels[topic]}“ is not shown after the reload (shown: ${shown})`);
        for (const topic of before) check(!shown.includes(TOPIC.labels[topic]), `the cleared „${TOPIC.labels[topic]}“ is shown after the reload`);
        await screenshot(page, '11-beratung-themen-nach-neuladen');
        const stored = (await api(`consultation/${consultation.documentId}`)).data.topics;
        check(JSON.stringify(stored) === JSON.stringify(picked), `stored topics are ${JSON.stringify(stored)}`);
      },
    ],
    [
      'Kommunikation adds tags with Enter, removes one with ×, and the rest stay after a reload',
      DEMO_ACCOUNTS.kommunikation,
      async (page) => {
        const api = await adminApi(page);
        const [release] = (await api('press-release?page=1&pageSize=1&sort=id:ASC')).results ?? [];
        check(release, 'no press release in the demo data');
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
        check((await submit(page)) === 400, 'a tag of 104 characters was saved');
        // The field's own error line (the design system's Field.Error, id `<field>-error`).
        const message = page.locator('[id="tags-error"]');
        await message.waitFor();
        const text = await message.innerText();
        check(/^„Schlagworte“ muss eine Liste von Texten/.test(text), `the field's error reads „${text}“`);
        await screenshot(page, '12-pressemitteilung-schlagwort-zu-lang');
        // Strapi 5.54 refetches the record after a refused save, which may already have dropped the tag.
        const refused = page.getByRole('button', { name: `Schlagwort „${tooLong}“ entfernen` });
        if (await refused.count()) await refused.click();

        for (const tag of [TAGS[0], DISCARDED_TAG, TAGS[1]]) {
          await input.fill(tag);
          await input.press('Enter');
          check((await input.inputValue()) === '', `the input still holds „${tag}“ after Enter`);
        }
        await page.getByRole('button', { name: `Schlagwort „${DISCARDED_TAG}“ entfernen` }).click();
        await screenshot(page, '13-pressemitteilung-schlagworte');
        await save(page);

        await openEditView(page, 'press-release', release.documentId);
        for (const tag of [...before, ...TAGS]) check(await page.getByRole('button', { name: `Schlagwort „${tag}“ entfernen` }).isVisible(), `„${tag}“ is not shown after the reload`);
        check((await page.getByRole('button', { name: `Schlagwort „${DISCARDED_TAG}“ entfernen` }).count()) === 0, `the removed „${DISCARDED_TAG}“ is back`);
        await screenshot(page, '14-pressemitteilung-schlagworte-nach-neuladen');
        const stored = (await api(`press-release/${release.documentId}`)).data.tags;
        check(JSON.stringify(stored) === JSON.stringify([...before, ...TAGS]), `stored tags are ${JSON.stringify(stored)}`);
      },
    ],
    [
      'Koordination reads and picks run statuses by their German labels; the key is what is stored',
      DEMO_ACCOUNTS.koordination,
      async (page) => {
        const api = await adminApi(page);
        const { labels, values } = COURSE_RUN_STATUS;
        const keyPattern = new RegExp(`\\b(${values.join('|')})\\b`);

        await page.goto(`${CMS_URL}/admin/content-manager/collection-types/plugin::verbund.course-run`);
        const cells = page.locator('tbody');
        await cells.getByRole('row').first().waitFor();
        const listed = await cells.innerText();
        check(values.some((key) => listed.includes(labels[key])), `no status label in the list: ${listed.slice(0, 300)}`);
        check(!keyPattern.test(listed), `the list shows a status key: ${listed.match(keyPattern)?.[0]}`);
        await screenshot(page, '15-kursdurchfuehrungen-status-liste');

        await page.getByRole('button', { name: 'Filter' }).click();
        const filter = page.getByRole('dialog');
        await filter.getByRole('combobox', { name: 'Feld auswählen' }).click();
        await page.getByRole('option', { name: 'Durchführungsstatus', exact: true }).click();
        // field, operator, value: the value's select comes last
        await filter.getByRole('combobox').nth(2).click();
        // Strapi's empty choice „Hier wählen“ first, then the statuses.
        const offered = (await page.getByRole('option').allInnerTexts()).map((text) => text.trim()).filter((text) => text !== 'Hier wählen');
        check(JSON.stringify(offered) === JSON.stringify(values.map((key) => labels[key])), `the filter offers ${JSON.stringify(offered)}`);
        await screenshot(page, '16-kursdurchfuehrungen-status-filter');
        await page.keyboard.press('Escape');

        const [run] = (await api('course-run?page=1&pageSize=1&sort=id:ASC')).results ?? [];
        check(run, 'no course run in the demo data');
        await openEditView(page, 'course-run', run.documentId);
        const select = page.getByRole('combobox', { name: 'Durchführungsstatus' });
        const shown = (await select.innerText()).trim();
        check(shown === labels[run.runStatus as keyof typeof labels], `the edit view shows „${shown}“ for ${run.runStatus}`);
        const next = values.find((key) => key !== run.runStatus)!;
        await select.click();
        await page.getByRole('option', { name: labels[next], exact: true }).click();
        await screenshot(page, '17-kursdurchfuehrung-status-gewaehlt');
        await save(page);
        const stored = (await api(`course-run/${run.documentId}`)).data.runStatus;
        check(stored === next, `stored runStatus is ${stored}, expected ${next}`);
      },
    ],
  ];

  for (const [name, account, run] of steps) {
    // Each role in a fresh browser profile: the admin keeps its login per profile.
    const browser = await launchContext();
    const page = await browser.context.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    const step = async () => {
      await loginInBrowser(page, account);
      await run(page);
    };
    await runSteps([[name, step]], {
      page,
      artifacts: ARTIFACTS,
      close: () => browser.close(),
    });
  }
}

main().catch(reportCrash);
