import type { APIRoute } from 'astro';
import { cmsAll, type CourseOffer, type Event, type PressRelease } from '../lib/cms';
import { sitemapXml } from '../lib/sitemap';

const STATIC_PAGES = ['/', '/kurse', '/veranstaltungen', '/presse', '/arbeitskreise', '/verbund', '/impressum', '/datenschutz', '/barrierefreiheit'];

export const GET: APIRoute = async ({ site }) => {
  const [offers, events, releases] = await Promise.all([
    cmsAll<CourseOffer>('course-offers', { fields: ['slug', 'publishedAt'] }),
    cmsAll<Event>('events', { fields: ['slug', 'updatedAt'] }),
    cmsAll<PressRelease>('press-releases', { fields: ['slug', 'publishedAt'] }),
  ]);
  const entries = [
    ...STATIC_PAGES.map((path) => ({ path })),
    ...offers.map((offer) => ({ path: `/kurse/${offer.slug}`, lastmod: offer.publishedAt })),
    ...events.map((event) => ({ path: `/veranstaltungen/${event.slug}`, lastmod: event.updatedAt })),
    ...releases.map((release) => ({ path: `/presse/${release.slug}`, lastmod: release.publishedAt })),
  ];
  return new Response(sitemapXml(entries, site!), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
