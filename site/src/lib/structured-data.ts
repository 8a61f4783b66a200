import type { CourseOffer, Event, PressRelease, SiteSettings } from './cms';
import { EVENT_FORMAT_LABELS } from './labels';
import { mediaPath } from './media';

/**
 * schema.org JSON-LD for the detail pages. Built as objects and serialised by `jsonLdScript`,
 * never by pasting strings, so that no text of a record can end the <script> element.
 */
type JsonLd = Record<string, unknown>;

const absolute = (site: URL, path: string) => new URL(path, site).href;

const publisher = (site: URL, settings: SiteSettings | null) => ({
  '@type': 'Organization',
  name: settings?.siteName ?? 'Weiterbildungsverbund',
  url: site.href,
});

const COURSE_MODES: Record<string, string> = { onsite: 'onsite', online: 'online', blended: 'blended' };

export function courseJsonLd(offer: CourseOffer, site: URL): JsonLd {
  const url = absolute(site, `/kurse/${offer.slug}`);
  const provider = offer.provider ? { '@type': 'Organization', name: offer.provider.name, ...(offer.provider.website ? { url: offer.provider.website } : {}) } : undefined;
  // schema.org's financialAidEligible takes text: the German names of the funding instruments.
  const aid = [offer.educationVoucher ? 'Bildungsgutschein' : null, offer.azavCertified ? 'AZAV-zertifiziert' : null].filter(Boolean);
  return {
    '@context': 'https://schema.org',
    '@type': 'Course',
    name: offer.title,
    description: offer.summary ?? offer.description ?? offer.title,
    url,
    inLanguage: 'de',
    ...(provider ? { provider } : {}),
    ...(offer.certificate ? { educationalCredentialAwarded: offer.certificate } : {}),
    ...(offer.dqrLevel ? { educationalLevel: `DQR-Niveau ${offer.dqrLevel}` } : {}),
    ...(aid.length ? { financialAidEligible: aid.join(', ') } : {}),
    ...(offer.durationHours ? { timeRequired: `PT${offer.durationHours}H` } : {}),
    ...(offer.priceEur !== null && offer.priceEur !== undefined
      ? { offers: { '@type': 'Offer', price: Number(offer.priceEur).toFixed(2), priceCurrency: 'EUR', category: 'Paid', url } }
      : {}),
    hasCourseInstance: (offer.runs ?? [])
      .filter((run) => run.runStatus !== 'cancelled')
      .map((run) => ({
        '@type': 'CourseInstance',
        courseMode: COURSE_MODES[offer.format ?? ''] ?? offer.format,
        startDate: run.startsOn,
        ...(run.endsOn ? { endDate: run.endsOn } : {}),
        ...(offer.format === 'online'
          ? { location: { '@type': 'VirtualLocation', url } }
          : run.city
            ? { location: { '@type': 'Place', name: run.city, address: { '@type': 'PostalAddress', addressLocality: run.city, addressCountry: 'DE' } } }
            : {}),
      })),
  };
}

const EVENT_STATUS: Record<string, string> = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
  moved_online: 'https://schema.org/EventMovedOnline',
};

/** Where the event takes place now: a cancelled-to-online event is online whatever its format said. */
export const attendanceOf = (event: Pick<Event, 'format' | 'eventStatus'>) =>
  event.eventStatus === 'moved_online' ? 'online' : (event.format as keyof typeof EVENT_FORMAT_LABELS);

const ATTENDANCE: Record<string, string> = {
  onsite: 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
};

export function eventJsonLd(event: Event, site: URL, settings: SiteSettings | null): JsonLd {
  const url = absolute(site, `/veranstaltungen/${event.slug}`);
  const attendance = attendanceOf(event);
  const place = event.venue
    ? {
        '@type': 'Place',
        name: event.venue.name ?? event.venue.city ?? 'Veranstaltungsort',
        address: {
          '@type': 'PostalAddress',
          ...(event.venue.street ? { streetAddress: event.venue.street } : {}),
          ...(event.venue.postcode ? { postalCode: event.venue.postcode } : {}),
          ...(event.venue.city ? { addressLocality: event.venue.city } : {}),
          addressCountry: 'DE',
        },
      }
    : null;
  const virtual = { '@type': 'VirtualLocation', url };
  const location = attendance === 'online' || !place ? virtual : attendance === 'hybrid' ? [place, virtual] : place;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.summary ?? event.description ?? event.title,
    url,
    inLanguage: 'de',
    startDate: event.startsAt,
    ...(event.endsAt ? { endDate: event.endsAt } : {}),
    eventStatus: EVENT_STATUS[event.eventStatus] ?? EVENT_STATUS.scheduled,
    eventAttendanceMode: ATTENDANCE[attendance] ?? ATTENDANCE.onsite,
    location,
    organizer: publisher(site, settings),
    isAccessibleForFree: true,
  };
}

export function newsArticleJsonLd(release: PressRelease, site: URL, settings: SiteSettings | null): JsonLd {
  const images = (release.photos ?? []).flatMap((photo) => (photo.image ? [absolute(site, mediaPath(photo.image.url))] : []));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: release.title,
    ...(release.lead ? { description: release.lead } : {}),
    url: absolute(site, `/presse/${release.slug}`),
    inLanguage: 'de',
    datePublished: release.releaseDate,
    dateModified: release.publishedAt,
    ...(images.length ? { image: images } : {}),
    ...(release.dateline ? { dateline: release.dateline } : {}),
    ...(release.tags?.length ? { keywords: release.tags.join(', ') } : {}),
    publisher: publisher(site, settings),
    author: publisher(site, settings),
  };
}

/**
 * The content of a <script type="application/ld+json">: JSON whose "<", ">", "&" and the line
 * separators U+2028/2029 are written as \u escapes, so "</script>" or "<!--" in any text cannot
 * close or confuse the element; JSON.parse reads the escapes back unchanged.
 */
export const jsonLdScript = (data: JsonLd) =>
  JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
