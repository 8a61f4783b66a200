import { uidOf } from '../constants';

/** What the public may read of one type: which fields, which relations (with their own limits), which records. */
export interface PublicType {
  uid: string;
  kind: 'collection' | 'single';
  fields: string[];
  /** Relations a client may ask for; the nested populate is fixed here, never taken from the request. */
  populate: Record<string, object | true>;
  /** Records the public may see, whatever the request asks. */
  scope: (now: Date) => Record<string, unknown>;
  defaultSort: string[];
}

const MEDIA_FIELDS = ['name', 'alternativeText', 'caption', 'width', 'height', 'formats', 'url', 'mime'];
const PUBLIC_EVENT = { isPublic: true };
const EVENT_SUMMARY = ['title', 'slug', 'type', 'startsAt', 'endsAt', 'format', 'eventStatus'];

/** Route path segment → public view of the type. Internal types have no entry and so no route. */
export const PUBLIC_TYPES: Record<string, PublicType> = {
  'press-releases': {
    uid: uidOf('press-release'),
    kind: 'collection',
    fields: ['title', 'slug', 'subtitle', 'dateline', 'releaseDate', 'embargoUntil', 'lead', 'body', 'tags', 'publishedAt'],
    populate: {
      photos: { populate: { image: { fields: MEDIA_FIELDS } } },
      pressContact: { fields: ['name', 'role', 'email', 'phone'], filters: { isPressContact: true } },
      relatedEvents: { fields: EVENT_SUMMARY, filters: PUBLIC_EVENT },
    },
    scope: (now) => ({ $or: [{ embargoUntil: { $null: true } }, { embargoUntil: { $lte: now.toISOString() } }] }),
    defaultSort: ['releaseDate:desc'],
  },
  events: {
    uid: uidOf('event'),
    kind: 'collection',
    // updatedAt: calendars number an event's changes (iCalendar SEQUENCE) so subscribers replace it.
    fields: ['title', 'slug', 'type', 'summary', 'description', 'startsAt', 'endsAt', 'timezone', 'format', 'eventStatus', 'capacity', 'hygieneNotes', 'publishedAt', 'updatedAt'],
    populate: {
      venue: true,
      agenda: true,
      workingGroup: { fields: ['name', 'slug', 'topic', 'description'] },
    },
    scope: () => PUBLIC_EVENT,
    defaultSort: ['startsAt:desc'],
  },
  'course-offers': {
    uid: uidOf('course-offer'),
    kind: 'collection',
    fields: ['title', 'slug', 'summary', 'description', 'topic', 'targetGroup', 'prerequisites', 'certificate', 'dqrLevel', 'format', 'durationHours', 'priceEur', 'azavCertified', 'educationVoucher', 'newInNetwork', 'publishedAt'],
    populate: {
      provider: { fields: ['name', 'slug', 'district', 'website'], filters: { type: 'training_provider' } },
      runs: { fields: ['startsOn', 'endsOn', 'district', 'city', 'seats', 'runStatus'] },
    },
    scope: () => ({}),
    defaultSort: ['title:asc'],
  },
  'course-runs': {
    uid: uidOf('course-run'),
    kind: 'collection',
    fields: ['startsOn', 'endsOn', 'district', 'city', 'seats', 'runStatus', 'publishedAt'],
    populate: { courseOffer: { fields: ['title', 'slug', 'topic', 'format'] } },
    scope: () => ({}),
    defaultSort: ['startsOn:asc'],
  },
  'training-providers': {
    uid: uidOf('organisation'),
    kind: 'collection',
    fields: ['name', 'slug', 'sector', 'district', 'website', 'description'],
    populate: {},
    scope: () => ({ type: 'training_provider' }),
    defaultSort: ['name:asc'],
  },
  'working-groups': {
    uid: uidOf('working-group'),
    kind: 'collection',
    fields: ['name', 'slug', 'topic', 'description'],
    populate: {},
    scope: () => ({}),
    defaultSort: ['name:asc'],
  },
  'press-contacts': {
    uid: uidOf('contact'),
    kind: 'collection',
    fields: ['name', 'role', 'email', 'phone'],
    populate: {},
    scope: () => ({ isPressContact: true }),
    defaultSort: ['name:asc'],
  },
  'funding-project': {
    uid: uidOf('funding-project'),
    kind: 'single',
    fields: ['name', 'shortName', 'fundingProgramme', 'funder', 'startsOn', 'endsOn', 'region', 'description'],
    populate: { steeringCommittee: true },
    scope: () => ({}),
    defaultSort: [],
  },
  'site-settings': {
    uid: uidOf('site-settings'),
    kind: 'single',
    fields: ['siteName', 'tagline', 'fundingNotice', 'imprint', 'privacyPolicy', 'accessibilityStatement', 'accessibilityContactEmail', 'accessibilityContactPhone', 'accessibilityReviewedOn'],
    populate: {},
    scope: () => ({}),
    defaultSort: [],
  },
};
