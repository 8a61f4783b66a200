import { Feed } from 'feed';
import { DateTime } from 'luxon';
import ical, { ICalCalendarMethod, ICalEventStatus, type ICalCalendar } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { Event, PressRelease, SiteSettings } from './cms';
import { TIME_ZONE } from '@verbund/domain';
import { EVENT_FORMAT_LABELS, eventStatusLabel, EVENT_TYPE_LABELS, labelOf } from './labels';
import { attendanceOf } from './structured-data';
import { mediaPath } from './media';

const berlin = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' }).setZone(TIME_ZONE);

const siteName = (settings: SiteSettings | null) => settings?.siteName ?? 'Weiterbildungsverbund';

/** Atom 1.0 of the press room, newest first (the order the CMS gives). */
export function pressAtom(releases: PressRelease[], site: URL, settings: SiteSettings | null) {
  const feedUrl = new URL('/feeds/presse.atom', site).href;
  const feed = new Feed({
    title: `Pressemitteilungen – ${siteName(settings)}`,
    description: settings?.tagline ?? undefined,
    id: feedUrl,
    link: new URL('/presse', site).href,
    language: 'de',
    copyright: siteName(settings),
    updated: releases.length ? new Date(releases[0].publishedAt) : new Date(0),
    feedLinks: { atom: feedUrl },
  });
  for (const release of releases) {
    const link = new URL(`/presse/${release.slug}`, site).href;
    const photo = release.photos?.find((item) => item.image);
    feed.addItem({
      title: release.title,
      id: link,
      link,
      date: new Date(release.publishedAt),
      published: new Date(`${release.releaseDate}T00:00:00Z`),
      description: [release.dateline, release.lead].filter(Boolean).join(' – ') || undefined,
      ...(photo?.image ? { image: { url: new URL(mediaPath(photo.image.url), site).href, type: photo.image.mime } } : {}),
    });
  }
  return feed.atom1();
}

/**
 * SEQUENCE must grow with each change. The CMS keeps no revision counter, but every save (and
 * every publication, which in Strapi 5 writes a new published row) moves `updatedAt` forward, so
 * its seconds since 2020 grow too, and fit RFC 5545's 32-bit integer until 2088.
 */
const SEQUENCE_EPOCH = Date.UTC(2020, 0, 1);
export const sequenceOf = (event: Pick<Event, 'updatedAt'>) => Math.max(0, Math.floor((new Date(event.updatedAt).getTime() - SEQUENCE_EPOCH) / 1000));

/** iCalendar (RFC 5545) of events, with the Europe/Berlin VTIMEZONE and a UID per document that never changes. */
export function eventsCalendar(events: Event[], site: URL, settings: SiteSettings | null, name = `Veranstaltungen – ${siteName(settings)}`): ICalCalendar {
  const calendar = ical({
    name,
    prodId: { company: siteName(settings), product: 'Website', language: 'DE' },
    method: ICalCalendarMethod.PUBLISH,
    url: new URL('/veranstaltungen', site).href,
    timezone: { name: TIME_ZONE, generator: (zone) => tzlib_get_ical_block(zone)[0] },
  });
  const host = site.hostname;
  for (const event of events) {
    const url = new URL(`/veranstaltungen/${event.slug}`, site).href;
    const attendance = attendanceOf(event);
    const venue = event.venue;
    const place = [venue?.name, venue?.street, [venue?.postcode, venue?.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
    const status = eventStatusLabel(event.eventStatus);
    calendar.createEvent({
      id: `${event.documentId}@${host}`,
      sequence: sequenceOf(event),
      // ical-generator writes a native Date's server-local clock under the TZID; a zoned Luxon
      // time gives it Berlin's wall clock, so DTSTART;TZID=Europe/Berlin is the real local time.
      start: berlin(event.startsAt),
      // An event without end gets none; calendars then show its start.
      ...(event.endsAt ? { end: berlin(event.endsAt) } : {}),
      timezone: TIME_ZONE,
      stamp: new Date(event.updatedAt),
      lastModified: new Date(event.updatedAt),
      created: new Date(event.publishedAt),
      summary: status ? `${status}: ${event.title}` : event.title,
      description: [event.summary, `${labelOf(EVENT_TYPE_LABELS, event.type)} · ${labelOf(EVENT_FORMAT_LABELS, attendance)}`, url].filter(Boolean).join('\n\n'),
      location: attendance === 'online' ? 'Online' : place || null,
      url,
      status: event.eventStatus === 'cancelled' ? ICalEventStatus.CANCELLED : event.eventStatus === 'postponed' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
      categories: [{ name: labelOf(EVENT_TYPE_LABELS, event.type) ?? event.type }],
    });
  }
  return calendar;
}
