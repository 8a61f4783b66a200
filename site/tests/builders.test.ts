import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ical from 'node-ical';
import { describe, expect, it } from 'vitest';
import type { CourseOffer, Event, PressRelease, SiteSettings } from '../src/lib/cms';
import { eventsCalendar, pressAtom, sequenceOf } from '../src/lib/feeds';
import { formatEventTime, formatPrice } from '../src/lib/format';
import { sitemapXml } from '../src/lib/sitemap';
import { courseJsonLd, eventJsonLd, jsonLdScript, newsArticleJsonLd } from '../src/lib/structured-data';

// Records in the shape the CMS's public API answers (services/public-types.ts).
const site = new URL('https://verbund.example/');
const settings = { siteName: 'Kooperative Weiterbildung & Co <Test>' } as SiteSettings;
const hostile = 'Kurs </script><script>alert(1)</script> & „Mehr“';

const release = (n: number, extra: Partial<PressRelease> = {}): PressRelease => ({
  documentId: `rel${n}`,
  title: `Meldung ${n} <b>&</b>`,
  slug: `meldung-${n}`,
  subtitle: null,
  dateline: 'Braunschweig',
  releaseDate: `2024-0${n}-15`,
  lead: `Vorspann ${n}`,
  body: [],
  tags: ['Weiterbildung'],
  publishedAt: `2024-0${n}-15T08:00:00.000Z`,
  photos: [{ id: 1, caption: 'Auftakt', credit: 'Allianz für die Region GmbH', photographer: 'S. Hübner', image: { url: '/uploads/foto_1.png', alternativeText: 'Gruppenbild', caption: null, width: 800, height: 600, mime: 'image/png' } }],
  ...extra,
});

const event = (extra: Partial<Event> = {}): Event => ({
  documentId: 'ev123abc',
  title: 'Workshop KI im Mittelstand',
  slug: 'workshop-ki',
  type: 'workshop',
  summary: 'Praxis',
  description: null,
  // 14:00–16:30 in Berlin (summer time: UTC+2)
  startsAt: '2024-06-12T12:00:00.000Z',
  endsAt: '2024-06-12T14:30:00.000Z',
  timezone: 'Europe/Berlin',
  format: 'hybrid',
  eventStatus: 'scheduled',
  capacity: 30,
  hygieneNotes: null,
  publishedAt: '2024-05-01T10:00:00.000Z',
  updatedAt: '2024-05-02T10:00:00.000Z',
  venue: { name: 'Haus der Wirtschaft', street: 'Musterstraße 1', postcode: '38100', city: 'Braunschweig' },
  agenda: [],
  workingGroup: null,
  ...extra,
});

const offer = (extra: Partial<CourseOffer> = {}): CourseOffer => ({
  documentId: 'off1',
  title: hostile,
  slug: 'cobots',
  summary: 'Cobots sicher einsetzen',
  description: null,
  topic: 'automation',
  targetGroup: null,
  prerequisites: null,
  certificate: 'Zertifikat der IHK',
  dqrLevel: 4,
  format: 'blended',
  durationHours: 40,
  priceEur: '1290.00',
  azavCertified: true,
  educationVoucher: true,
  publishedAt: '2024-01-01T00:00:00.000Z',
  provider: { documentId: 'p1', name: 'Bildungswerk Nord', slug: 'bildungswerk-nord', district: 'peine', website: 'https://bildungswerk.example/' },
  runs: [
    { documentId: 'r1', startsOn: '2024-10-01', endsOn: '2024-10-20', district: 'peine', city: 'Peine', seats: 12, runStatus: 'planned' },
    { documentId: 'r2', startsOn: '2024-11-01', endsOn: null, district: null, city: null, seats: null, runStatus: 'cancelled' },
  ],
  ...extra,
});

describe('Atom feed of the press room', () => {
  it('is well-formed Atom 1.0 with one entry per release, escaped titles and absolute links', () => {
    const xml = pressAtom([release(3), release(2)], site, settings);
    expect(XMLValidator.validate(xml)).toBe(true);
    const { feed } = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.title['#text'] ?? feed.title).toBe('Pressemitteilungen – Kooperative Weiterbildung & Co <Test>');
    expect(feed.entry.map((entry: any) => entry.title['#text'] ?? entry.title)).toEqual(['Meldung 3 <b>&</b>', 'Meldung 2 <b>&</b>']);
    const links = [feed.entry[0].link].flat();
    expect(links.find((link: any) => !link['@_rel'] || link['@_rel'] === 'alternate')['@_href']).toBe('https://verbund.example/presse/meldung-3');
    expect(links.find((link: any) => link['@_rel'] === 'enclosure')['@_href']).toBe('https://verbund.example/medien/foto_1.png');
    expect(feed.entry[0].published).toBe('2024-03-15T00:00:00.000Z');
    expect(feed.updated).toBe('2024-03-15T08:00:00.000Z');
  });
});

describe('iCalendar of events', () => {
  const parse = (text: string) => Object.values(ical.sync.parseICS(text)).filter((item: any) => item.type === 'VEVENT') as any[];

  it('has the Europe/Berlin VTIMEZONE, a UID from the document id, the right instants and place', () => {
    const text = eventsCalendar([event()], site, settings).toString();
    expect(text).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Berlin/);
    expect(text).toContain('DTSTART;TZID=Europe/Berlin:20240612T140000');
    const [parsed] = parse(text);
    expect(parsed.uid).toBe('ev123abc@verbund.example');
    expect(new Date(parsed.start).toISOString()).toBe('2024-06-12T12:00:00.000Z');
    expect(new Date(parsed.end).toISOString()).toBe('2024-06-12T14:30:00.000Z');
    expect(parsed.location).toBe('Haus der Wirtschaft, Musterstraße 1, 38100 Braunschweig');
    expect(parsed.url.val ?? parsed.url).toBe('https://verbund.example/veranstaltungen/workshop-ki');
    expect(parsed.status).toBe('CONFIRMED');
    // A scheduled event carries no status word in its title.
    expect(parsed.summary).toBe('Workshop KI im Mittelstand');
  });

  it('keeps the UID and raises SEQUENCE when the event changes; a cancelled event says CANCELLED', () => {
    const before = parse(eventsCalendar([event()], site, settings).toString())[0];
    const after = parse(eventsCalendar([event({ eventStatus: 'cancelled', updatedAt: '2024-06-01T09:00:00.000Z' })], site, settings).toString())[0];
    expect(after.uid).toBe(before.uid);
    expect(Number(after.sequence)).toBeGreaterThan(Number(before.sequence));
    expect(after.status).toBe('CANCELLED');
    expect(after.summary).toBe('Abgesagt: Workshop KI im Mittelstand');
    expect(sequenceOf({ updatedAt: '2024-05-02T10:00:00.000Z' })).toBeLessThan(2 ** 31);
  });

  it('puts an event moved online online, without its old venue', () => {
    const [parsed] = parse(eventsCalendar([event({ eventStatus: 'moved_online', format: 'onsite' })], site, settings).toString());
    expect(parsed.location).toBe('Online');
  });
});

describe('JSON-LD', () => {
  const embed = (data: Record<string, unknown>) => {
    const script = jsonLdScript(data);
    // What a browser would see inside <script type="application/ld+json">…</script>.
    expect(script).not.toMatch(/<\/script/i);
    expect(script).not.toContain('<');
    return JSON.parse(script);
  };

  it('Course: instances with mode, dates, place; offer in EUR; provider; credential; financial aid', () => {
    const data = embed(courseJsonLd(offer(), site));
    expect(data['@type']).toBe('Course');
    expect(data.name).toBe(hostile);
    expect(data.offers).toEqual({ '@type': 'Offer', price: '1290.00', priceCurrency: 'EUR', category: 'Paid', url: 'https://verbund.example/kurse/cobots' });
    expect(data.provider.name).toBe('Bildungswerk Nord');
    expect(data.educationalCredentialAwarded).toBe('Zertifikat der IHK');
    expect(data.financialAidEligible).toBe('Bildungsgutschein, AZAV-zertifiziert');
    // The cancelled run is no instance.
    expect(data.hasCourseInstance).toEqual([
      { '@type': 'CourseInstance', courseMode: 'blended', startDate: '2024-10-01', endDate: '2024-10-20', location: { '@type': 'Place', name: 'Peine', address: { '@type': 'PostalAddress', addressLocality: 'Peine', addressCountry: 'DE' } } },
    ]);
  });

  it('Course without funding claims none', () => {
    const data = embed(courseJsonLd(offer({ azavCertified: false, educationVoucher: false }), site));
    expect(data).not.toHaveProperty('financialAidEligible');
  });

  it('Event: status, attendance mode and Place plus VirtualLocation for a hybrid event; organizer', () => {
    const data = embed(eventJsonLd(event(), site, settings));
    expect(data.eventStatus).toBe('https://schema.org/EventScheduled');
    expect(data.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
    expect(data.location.map((item: any) => item['@type'])).toEqual(['Place', 'VirtualLocation']);
    expect(data.organizer.name).toBe(settings.siteName);
    const cancelled = embed(eventJsonLd(event({ eventStatus: 'cancelled' }), site, settings));
    expect(cancelled.eventStatus).toBe('https://schema.org/EventCancelled');
    const moved = embed(eventJsonLd(event({ eventStatus: 'moved_online', format: 'onsite' }), site, settings));
    expect(moved.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(moved.location['@type']).toBe('VirtualLocation');
  });

  it('NewsArticle: datePublished, images through the site, publisher', () => {
    const data = embed(newsArticleJsonLd(release(4, { title: hostile }), site, settings));
    expect(data.headline).toBe(hostile);
    expect(data.datePublished).toBe('2024-04-15');
    expect(data.image).toEqual(['https://verbund.example/medien/foto_1.png']);
    expect(data.publisher).toEqual({ '@type': 'Organization', name: settings.siteName, url: 'https://verbund.example/' });
  });
});

describe('sitemap and formats', () => {
  it('writes a valid sitemap with escaped addresses', () => {
    const xml = sitemapXml([{ path: '/' }, { path: '/kurse?q=a&b', lastmod: '2024-01-01T00:00:00.000Z' }], site);
    expect(XMLValidator.validate(xml)).toBe(true);
    const { urlset } = new XMLParser().parse(xml);
    expect(urlset.url.map((url: any) => url.loc)).toEqual(['https://verbund.example/', 'https://verbund.example/kurse?q=a&b']);
  });

  it('formats prices and Berlin times in German', () => {
    expect(formatPrice('1290.00')).toBe('1.290,00\u00a0€');
    expect(formatEventTime('2024-06-12T12:00:00.000Z', '2024-06-12T14:30:00.000Z')).toBe('Mi., 12. Juni 2024 um 14:00 – 16:30 Uhr');
    expect(formatEventTime('2024-12-12T13:00:00.000Z', null)).toBe('Do., 12. Dezember 2024 um 14:00 Uhr');
  });
});
