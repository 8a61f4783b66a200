// The enumeration values of the `verbund` content model (docs/content-model.md). Records may
// only use these; the German labels are what a reader of the generated texts sees.

export const TOPICS = [
  'digitalisation',
  'automation',
  'e_mobility',
  'data_and_ai',
  'it_security',
  'leadership',
  'sustainability',
  'languages',
  'health_and_safety',
  'other',
] as const;

export const DISTRICTS = [
  'braunschweig',
  'salzgitter',
  'wolfsburg',
  'gifhorn',
  'goslar',
  'helmstedt',
  'peine',
  'wolfenbuettel',
  'outside_region',
] as const;

export const ORGANISATION_TYPES = [
  'company',
  'training_provider',
  'chamber',
  'trade_union',
  'university',
  'research',
  'employment_agency',
  'economic_development',
  'other',
] as const;

export const SIZE_CLASSES = ['micro', 'small', 'medium', 'large', 'unknown'] as const;

export const EVENT_TYPES = [
  'kickoff',
  'working_group_meeting',
  'steering_committee_meeting',
  'workshop',
  'information_event',
  'conference',
  'other',
] as const;

export const EVENT_FORMATS = ['onsite', 'online', 'hybrid'] as const;

export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'moved_online'] as const;

export const COURSE_FORMATS = ['onsite', 'online', 'blended'] as const;

export const COURSE_RUN_STATUSES = ['planned', 'running', 'completed', 'cancelled'] as const;

export const CONSULTATION_FORMATS = ['on_site', 'remote', 'at_event'] as const;

export const TRAINING_NEED_STATUSES = ['open', 'in_progress', 'matched', 'closed_unmatched'] as const;

export const INDICATOR_IDS = [
  'partners',
  'partner_companies',
  'sme_partner_share',
  'training_providers',
  'consultations',
  'companies_counselled',
  'smes_counselled',
  'needs_identified',
  'needs_matched_share',
  'course_runs',
  'cooperative_course_runs',
  'course_participants',
  'course_participants_sme',
  'new_course_offers',
  'events',
  'working_group_meetings',
  'event_participants',
  'organisations_reached',
  'repeat_engagement_share',
  'districts_reached',
  'press_releases',
] as const;

export const TARGET_PERIODS = ['project_year_1', 'project_year_2', 'project_year_3', 'term'] as const;

export type Topic = (typeof TOPICS)[number];
export type District = (typeof DISTRICTS)[number];
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];
export type SizeClass = (typeof SIZE_CLASSES)[number];
export type EventType = (typeof EVENT_TYPES)[number];
export type EventFormat = (typeof EVENT_FORMATS)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type CourseFormat = (typeof COURSE_FORMATS)[number];
export type CourseRunStatus = (typeof COURSE_RUN_STATUSES)[number];
export type ConsultationFormat = (typeof CONSULTATION_FORMATS)[number];
export type TrainingNeedStatus = (typeof TRAINING_NEED_STATUSES)[number];
export type IndicatorId = (typeof INDICATOR_IDS)[number];
export type TargetPeriod = (typeof TARGET_PERIODS)[number];

export const TOPIC_LABELS: Record<Topic, string> = {
  digitalisation: 'Digitalisierung',
  automation: 'Automatisierung',
  e_mobility: 'Elektromobilität',
  data_and_ai: 'Daten und künstliche Intelligenz',
  it_security: 'IT-Sicherheit',
  leadership: 'Führung',
  sustainability: 'Nachhaltigkeit',
  languages: 'Sprachen',
  health_and_safety: 'Arbeits- und Gesundheitsschutz',
  other: 'Weitere Themen',
};

export const REGION_DISTRICTS = DISTRICTS.filter(
  (district): district is Exclude<District, 'outside_region'> => district !== 'outside_region',
);
