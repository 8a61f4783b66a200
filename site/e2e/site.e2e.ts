import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { generateDemoData } from '@verbund/demo-data';
import { DEMO_ACCOUNTS } from '../../cms/src/demo/accounts';
import ical from 'node-ical';

const SITE = process.env.SITE_URL ?? 'http://127.0.0.1:4321';
const CMS = process.env.CMS_URL ?? 'http://127.0.0.1:1337';
const ARTIFACTS = process.env.E2E_ARTIFACTS ?? path.resolve(__dirname, '..', '..', 'test-artifacts', 'site');
mkdirSync(ARTIFACTS, { recursive: true });

const cms = async (apiPath: string) => {
  const response = await fetch(`${CMS}/api/verbund/${apiPath}`);
  expect(response.status, apiPath).toBe(200);
  return response.json();
};

/** The slug of one record of each detail page type, as the public API lists them (press release with a photo). */
const samples = async () => {
  const [offers, events, releases] = await Promise.all([
    cms('course-offers?pagination[pageSize]=1&sort=title:asc'),
    cms('events?pagination[pageSize]=1&sort=startsAt:desc&populate=venue'),
    cms('press-releases?pagination[pageSize]=20&populate=photos'),
  ]);
  const release = releases.data.find((item: any) => item.photos.some((photo: any) => photo.image && photo.credit));
  return { offer: offers.data[0], event: events.data[0], release };
};

const jsonLdOf = async (page: Page) => JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);

test.describe('course search', () => {
  for (const javaScriptEnabled of [false, true]) {
    test(`filters with JavaScript ${javaScriptEnabled ? 'on' : 'off'}: the address carries them, the count matches the search API`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto('/kurse');
      await expect(page.getByRole('heading', { level: 1, name: 'Kurse finden' })).toBeVisible();
      // The first topic that has offers, and the first format checkbox.
      const topicOption = page.locator('#topic option').nth(1);
      const topic = (await topicOption.getAttribute('value'))!;
      await page.locator('#topic').selectOption(topic);
      const formatBox = page.locator('input[name="format"]').first();
      const format = (await formatBox.getAttribute('value'))!;
      await formatBox.check();
      await page.locator('#sort').selectOption('title');
      await page.getByRole('button', { name: 'Suchen' }).click();
      await page.waitForURL(/topic=/);
      const url = new URL(page.url());
      expect(url.searchParams.get('topic')).toBe(topic);
      expect(url.searchParams.getAll('format')).toEqual([format]);
      const api = await cms(`search?topic=${topic}&format=${format}&sort=title&pageSize=10`);
      const count = page.locator('#result-count');
      await expect(count).toContainText(`${api.meta.pagination.total.toLocaleString('de-DE')} Angebot`);
      const titles = await page.locator('ol.list h3').allTextContents();
      expect(titles).toEqual(api.data.map((hit: any) => hit.title));
      // The same address opened anew shows the same (shareable URL).
      const again = await context.newPage();
      await again.goto(page.url());
      expect(await again.locator('ol.list h3').allTextContents()).toEqual(titles);
      await context.close();
    });
  }

  test('a query without results shows the empty state; a bad parameter shows the German message', async ({ page }) => {
    await page.goto('/kurse?q=xyzxyzkeinkurs');
    await expect(page.getByText('Keine Angebote passen zu Ihrer Suche.')).toBeVisible();
    const response = await page.goto('/kurse?from=2024-13-45');
    expect(response!.status()).toBe(400);
    const message = (await fetch(`${CMS}/api/verbund/search?from=2024-13-45`).then((reply) => reply.json())).error.message as string;
    await expect(page.getByRole('alert')).toHaveText(message);
  });
});

test('course, event and press release pages: facts, calendar file, photo credit, JSON-LD', async ({ page }) => {
  const { offer, event, release } = await samples();

  await page.goto(`/kurse/${offer.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(offer.title);
  if (offer.priceEur !== null) await expect(page.locator('.facts')).toContainText(Number(offer.priceEur).toLocaleString('de-DE', { style: 'currency', currency: 'EUR' }));
  const course = await jsonLdOf(page);
  expect(course['@type']).toBe('Course');
  expect(course.name).toBe(offer.title);
  await page.screenshot({ path: path.join(ARTIFACTS, 'kurs.png'), fullPage: true });

  await page.goto(`/veranstaltungen/${event.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'In den Kalender' }).click();
  const file = await (await download).path();
  const entries = Object.values(ical.sync.parseICS(readFileSync(file!, 'utf8'))).filter((item: any) => item.type === 'VEVENT') as any[];
  expect(entries).toHaveLength(1);
  expect(entries[0].uid).toBe(`${event.documentId}@${new URL(SITE).hostname}`);
  expect(new Date(entries[0].start).toISOString()).toBe(new Date(event.startsAt).toISOString());
  expect((await jsonLdOf(page))['@type']).toBe('Event');
  await page.screenshot({ path: path.join(ARTIFACTS, 'veranstaltung.png'), fullPage: true });

  await page.goto(`/presse/${release.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(release.title);
  const photo = release.photos.find((item: any) => item.image && item.credit);
  await expect(page.locator('figcaption').first()).toContainText(`Foto: ${photo.credit}`);
  const image = page.locator('figure img').first();
  await expect(image).toHaveJSProperty('complete', true);
  expect(await image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBeGreaterThan(0);
  const article = await jsonLdOf(page);
  expect(article['@type']).toBe('NewsArticle');
  expect(article.datePublished).toBe(release.releaseDate);
  await page.screenshot({ path: path.join(ARTIFACTS, 'pressemitteilung.png'), fullPage: true });
});

test('the admin’s preview: Kommunikation opens a draft press release under embargo on the site; without the secret it is not there', async ({ page }) => {
  // The admin panel's own API, logged in as the role that owns press releases (demo login).
  const login = await fetch(`${CMS}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: DEMO_ACCOUNTS.kommunikation.email, password: DEMO_ACCOUNTS.kommunikation.password }),
  });
  expect(login.status).toBe(200);
  const headers = { Authorization: `Bearer ${((await login.json()) as any).data.token}` };
  const uid = 'plugin::verbund.press-release';
  const title = `Vorschau-Test ${Date.now()}`;
  const created = await fetch(`${CMS}/content-manager/collection-types/${uid}/actions/publish`, {
    method: 'POST',
    headers: { ...headers, 'Content-Type': 'application/json' },
    body: JSON.stringify({ title, releaseDate: '2026-12-01', lead: 'Erst nach der Sperrfrist öffentlich.', embargoUntil: new Date(Date.now() + 7 * 86_400_000).toISOString() }),
  });
  expect(created.status).toBe(200);
  const { documentId, publishedAt } = ((await created.json()) as any).data;
  expect(publishedAt).toBeNull();
  const preview = await fetch(`${CMS}/content-manager/preview/url/${uid}?documentId=${documentId}&status=draft`, { headers });
  expect(preview.status).toBe(200);
  const url = new URL(((await preview.json()) as any).data.url);
  expect(url.origin).toBe(new URL(SITE).origin);

  const response = await page.goto(url.href);
  expect(response!.status()).toBe(200);
  expect(response!.headers()['cache-control']).toBe('no-store');
  expect(response!.headers()['content-security-policy']).toContain(`frame-ancestors ${new URL(CMS).origin}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('note')).toContainText('Vorschau: So erscheint dieser Entwurf nach der Veröffentlichung.');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, nofollow');
  await page.screenshot({ path: path.join(ARTIFACTS, 'vorschau-pressemitteilung.png'), fullPage: true });

  for (const secret of ['', 'falsch']) {
    const wrong = new URL(url);
    wrong.searchParams.set('schluessel', secret);
    expect((await fetch(wrong)).status, `schluessel=${secret}`).toBe(404);
  }
  expect(await (await fetch(`${SITE}/presse`)).text()).not.toContain(title);
});

const PAGE_TYPES = (sample: Awaited<ReturnType<typeof samples>>) => ({
  start: '/',
  kurse: '/kurse',
  'kurse-gefiltert': '/kurse?q=Führung&sort=title',
  kurs: `/kurse/${sample.offer.slug}`,
  veranstaltungen: '/veranstaltungen',
  veranstaltung: `/veranstaltungen/${sample.event.slug}`,
  presse: '/presse',
  pressemitteilung: `/presse/${sample.release.slug}`,
  arbeitskreise: '/arbeitskreise',
  verbund: '/verbund',
  impressum: '/impressum',
  datenschutz: '/datenschutz',
  barrierefreiheit: '/barrierefreiheit',
  'nicht-gefunden': '/gibt-es-nicht',
});

test.describe('every page type: no serious or critical axe violation, Tab reaches every control, no script, no cookie, no third-party request', () => {
  for (const name of Object.keys(PAGE_TYPES({ offer: {}, event: {}, release: {} } as never))) {
    test(name, async ({ page }) => {
      const address = PAGE_TYPES(await samples())[name as keyof ReturnType<typeof PAGE_TYPES>];
      const foreign: string[] = [];
      page.on('request', (request) => {
        if (new URL(request.url()).origin !== new URL(SITE).origin) foreign.push(request.url());
      });
      const response = await page.goto(address);
      expect(response!.status(), address).toBe(name === 'nicht-gefunden' ? 404 : 200);
      expect(await response!.headerValue('set-cookie'), address).toBeNull();
      await expect(page.locator('html')).toHaveAttribute('lang', 'de');
      expect(await page.locator('script:not([type="application/ld+json"])').count(), address).toBe(0);

      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      const bad = axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
      expect(bad.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`), address).toEqual([]);

      // Tab from the top: every visible link, button and form field gets the focus.
      const controls = await page.evaluate(() => {
        const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), select, textarea, summary')];
        const visible = all.filter((element) => element.getClientRects().length > 0 || element.classList.contains('skip-link'));
        visible.forEach((element, index) => (element.dataset.control = String(index)));
        (document.activeElement as HTMLElement | null)?.blur();
        window.scrollTo(0, 0);
        return visible.map((element) => element.textContent?.trim() || element.getAttribute('name') || element.id || element.tagName);
      });
      const reached = new Set<number>();
      // A date field takes a Tab per part (day, month, year), so there are more presses than controls.
      for (let press = 0; press < controls.length * 4 + 10 && reached.size < controls.length; press += 1) {
        await page.keyboard.press('Tab');
        const index = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.control ?? null);
        if (index !== null) reached.add(Number(index));
      }
      expect(controls.filter((_, index) => !reached.has(index)), `${address}: controls Tab never reached`).toEqual([]);
      await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
      expect(foreign).toEqual([]);
    });
  }
});

test('never public: drafts, non-public events, internal records and companies appear in no page, feed, sitemap or JSON-LD', async () => {
  // As cms/src/demo/seed.ts seeds it (seed 1, now); after the funding term the data no longer depends on the day.
  const demo = generateDemoData({ seed: 1, now: new Date() });
  const publicEvents = demo.events.filter((event) => event.publish && event.isPublic);
  const underEmbargo = (release: (typeof demo.pressReleases)[number]) => Boolean(release.embargoUntil && new Date(release.embargoUntil) > new Date());
  const publicReleases = demo.pressReleases.filter((release) => release.publish && !underEmbargo(release));
  const publicOffers = demo.courseOffers.filter((offer) => offer.publish);
  // Words that public records themselves contain cannot tell a leak (a draft may share a published title).
  const publicText = JSON.stringify([publicEvents, publicReleases, publicOffers, demo.fundingProject, demo.workingGroups, demo.siteSettings, demo.organisations.filter((org) => org.type === 'training_provider')]);
  const hidden = {
    // Drafts and releases whose embargo has not ended yet.
    draftReleases: demo.pressReleases.filter((release) => !release.publish || underEmbargo(release)),
    hiddenEvents: demo.events.filter((event) => !(event.publish && event.isPublic)),
    draftOffers: demo.courseOffers.filter((offer) => !offer.publish),
  };
  expect(hidden.draftReleases.length + hidden.hiddenEvents.length + hidden.draftOffers.length).toBeGreaterThan(0);
  const secrets = [
    ...hidden.draftReleases.flatMap((release) => [release.slug, release.title]),
    ...hidden.hiddenEvents.flatMap((event) => [event.slug, event.title]),
    ...hidden.draftOffers.flatMap((offer) => [offer.slug, offer.title]),
    ...demo.organisations.filter((org) => org.type === 'company').map((org) => org.name),
    ...demo.consultations.map((consultation) => consultation.notes),
    ...demo.trainingNeeds.map((need) => need.description),
  ].filter((secret) => secret && secret.length > 6 && !publicText.includes(secret));
  expect(secrets.length).toBeGreaterThan(100);

  const sitemap = await (await fetch(`${SITE}/sitemap.xml`)).text();
  const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1].replace(/&amp;/g, '&'));
  expect(urls.length).toBeGreaterThan(publicOffers.length);
  const addresses = [
    ...urls.map((url) => new URL(url).pathname),
    ...urls.filter((url) => url.includes('/veranstaltungen/')).map((url) => `${new URL(url).pathname}.ics`),
    '/sitemap.xml',
    '/robots.txt',
    '/feeds/presse.atom',
    '/feeds/veranstaltungen.ics',
  ];
  // Every page of the lists, following their "next" links as a visitor would.
  for (const first of ['/kurse?page=1', '/veranstaltungen', '/presse']) {
    const seen = new Set<string>();
    let address: string | null = first;
    while (address && !seen.has(address)) {
      seen.add(address);
      addresses.push(address);
      const html = await (await fetch(`${SITE}${address}`)).text();
      address = html.match(/<a[^>]*rel="next"[^>]*href="([^"]+)"|<a[^>]*href="([^"]+)"[^>]*rel="next"/)?.slice(1).find(Boolean)?.replace(/&amp;/g, '&') ?? null;
    }
    expect(seen.size, 'a list has more than one page').toBeGreaterThan(1);
  }
  const leaks: string[] = [];
  for (const address of addresses) {
    const response = await fetch(`${SITE}${address}`);
    expect(response.status, address).toBe(200);
    const text = await response.text();
    for (const secret of secrets) if (text.includes(secret)) leaks.push(`${address}: ${secret}`);
  }
  expect(leaks).toEqual([]);

  // Hidden records have no page and no calendar file.
  for (const release of hidden.draftReleases) expect((await fetch(`${SITE}/presse/${release.slug}`)).status).toBe(404);
  for (const offer of hidden.draftOffers) expect((await fetch(`${SITE}/kurse/${offer.slug}`)).status).toBe(404);
  for (const event of hidden.hiddenEvents.slice(0, 10)) {
    expect((await fetch(`${SITE}/veranstaltungen/${event.slug}`)).status).toBe(404);
    expect((await fetch(`${SITE}/veranstaltungen/${event.slug}.ics`)).status).toBe(404);
  }
});
