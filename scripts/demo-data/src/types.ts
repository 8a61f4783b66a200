import type { ConsultationFormat, CourseFormat, CourseRunStatus, District, EventFormat, EventStatus, EventType, IndicatorId, OrganisationType, SizeClass, TargetPeriod, Topic, TrainingNeedStatus } from '@verbund/domain';

// Field names follow docs/content-model.md exactly. Relations are stable string keys
// (`...Key`, `...Keys`) that a seeder maps to the document ids it creates. Dates are
// 'YYYY-MM-DD'; date-times are ISO 8601 in UTC. `publish` tells a seeder of a draft & publish
// type whether to publish the document or leave it a draft.

export interface SteeringMember {
  name: string;
  organisation: string;
  role: string;
}

export interface FundingProject {
  name: string;
  shortName: string;
  fundingProgramme: string;
  funder: string;
  grantReference: string;
  grantAmountEur: number;
  startsOn: string;
  endsOn: string;
  region: string;
  description: string;
  steeringCommittee: SteeringMember[];
}

/** The public website's texts (single type `site-settings`). Demo texts: a real network writes its own. */
export interface SiteSettings {
  siteName: string;
  tagline: string;
  fundingNotice: string;
  imprint: string;
  privacyPolicy: string;
  accessibilityStatement: string;
  accessibilityContactEmail: string;
  accessibilityContactPhone: string;
  accessibilityReviewedOn: string;
}

export interface Organisation {
  key: string;
  name: string;
  slug: string;
  type: OrganisationType;
  sizeClass: SizeClass;
  sector: string;
  district: District;
  /** null: reached by the network but never a partner */
  partnerSince: string | null;
  partnerUntil: string | null;
  website: string | null;
  description: string | null;
}

export interface Contact {
  key: string;
  name: string;
  role: string;
  organisationKey: string | null;
  email: string;
  phone: string;
  isPressContact: boolean;
}

export interface WorkingGroup {
  key: string;
  name: string;
  slug: string;
  topic: Topic;
  description: string;
  memberKeys: string[];
}

export interface Venue {
  name: string;
  street: string;
  postcode: string;
  city: string;
}

export interface AgendaItem {
  time: string;
  title: string;
  speaker: string;
  organisation: string;
}

export interface DemoEvent {
  key: string;
  title: string;
  slug: string;
  type: EventType;
  summary: string;
  description: string;
  startsAt: string;
  endsAt: string;
  timezone: 'Europe/Berlin';
  format: EventFormat;
  status: EventStatus;
  venue: Venue | null;
  capacity: number | null;
  attendeesTotal: number | null;
  isPublic: boolean;
  hygieneNotes: string | null;
  agenda: AgendaItem[];
  workingGroupKey: string | null;
  publish: boolean;
}

export interface EventParticipation {
  eventKey: string;
  organisationKey: string;
  headcount: number;
}

/** What `placeholderPng` needs to draw the picture a seeder uploads for a press photo. */
export interface PlaceholderImage {
  fileName: string;
  width: number;
  height: number;
  label: string;
}

export interface PressPhoto {
  caption: string;
  credit: string;
  photographer: string | null;
  image: PlaceholderImage;
}

export interface PressRelease {
  key: string;
  title: string;
  slug: string;
  subtitle: string | null;
  dateline: string;
  releaseDate: string;
  /**
   * With `publish: true` and an embargo in the future, the release is meant to be published
   * only when the embargo ends: a seeder leaves it a draft and schedules it with the plugin.
   */
  embargoUntil: string | null;
  lead: string;
  /** Paragraphs; the seeder turns each into a paragraph block. */
  body: string[];
  photos: PressPhoto[];
  pressContactKey: string | null;
  relatedEventKeys: string[];
  tags: string[];
  publish: boolean;
}

export interface CourseOffer {
  key: string;
  title: string;
  slug: string;
  providerKey: string;
  summary: string;
  description: string;
  topic: Topic;
  targetGroup: string;
  prerequisites: string | null;
  certificate: string | null;
  dqrLevel: number | null;
  format: CourseFormat;
  durationHours: number;
  priceEur: number | null;
  azavCertified: boolean;
  educationVoucher: boolean;
  newInNetwork: boolean;
  publish: boolean;
}

export interface CourseRun {
  key: string;
  courseOfferKey: string;
  startsOn: string;
  endsOn: string;
  district: District;
  city: string;
  seats: number;
  status: CourseRunStatus;
  publish: boolean;
}

export interface CourseParticipation {
  courseRunKey: string;
  organisationKey: string;
  participants: number;
}

export interface Consultation {
  key: string;
  organisationKey: string;
  date: string;
  format: ConsultationFormat;
  topics: Topic[];
  notes: string;
}

export interface TrainingNeed {
  key: string;
  organisationKey: string;
  identifiedOn: string;
  topic: Topic;
  description: string;
  employeesConcerned: number;
  status: TrainingNeedStatus;
  matchedOfferKeys: string[];
  consultationKey: string | null;
}

export interface IndicatorTarget {
  indicator: IndicatorId;
  period: TargetPeriod;
  target: number;
  note: string | null;
}

export interface DemoDataset {
  fundingProject: FundingProject;
  siteSettings: SiteSettings;
  organisations: Organisation[];
  contacts: Contact[];
  workingGroups: WorkingGroup[];
  events: DemoEvent[];
  eventParticipations: EventParticipation[];
  pressReleases: PressRelease[];
  courseOffers: CourseOffer[];
  courseRuns: CourseRun[];
  courseParticipations: CourseParticipation[];
  consultations: Consultation[];
  trainingNeeds: TrainingNeed[];
  indicatorTargets: IndicatorTarget[];
}

export interface GenerateOptions {
  /** PRNG seed; the same seed, scale and now give a deep-equal dataset. */
  seed?: number;
  /** Multiplies the fictional population; the seed content stays once. */
  scale?: number;
  /** The moment the data describes: past activity, future plans and embargoes hinge on it. */
  now?: Date;
}
