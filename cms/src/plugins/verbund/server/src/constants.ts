export const PLUGIN_ID = 'verbund';

export const TYPE_NAMES = [
  'funding-project',
  'organisation',
  'contact',
  'press-release',
  'event',
  'event-participation',
  'course-offer',
  'course-run',
  'course-participation',
  'consultation',
  'training-need',
  'working-group',
  'indicator-target',
  'site-settings',
] as const;

export type TypeName = (typeof TYPE_NAMES)[number];

export const uidOf = (name: TypeName) => `plugin::${PLUGIN_ID}.${name}` as const;

/** Frozen report versions: internal, written by the analytics service only, never changed. */
export const REPORT_VERSION_UID = `plugin::${PLUGIN_ID}.report-version` as const;

export const isVerbundUid = (uid: string): boolean => uid.startsWith(`plugin::${PLUGIN_ID}.`);

export const typeNameOf = (uid: string): TypeName => uid.slice(`plugin::${PLUGIN_ID}.`.length) as TypeName;

/** Types that hold internal figures: no public route exists for them and no public populate reaches them. */
export const INTERNAL_TYPES: readonly TypeName[] = [
  'event-participation',
  'course-participation',
  'consultation',
  'training-need',
  'indicator-target',
];

export const COMMUNICATION_TYPES: readonly TypeName[] = ['press-release', 'event', 'contact', 'site-settings'];

export const COORDINATION_TYPES: readonly TypeName[] = [
  'course-offer',
  'course-run',
  'organisation',
  'working-group',
  'consultation',
  'training-need',
  'event-participation',
  'course-participation',
  'indicator-target',
];

export { TOPICS } from './topics';

export const ANALYTICS_TOKEN_NAME = 'verbund-analytics';
export const ANALYTICS_WEBHOOK_NAME = 'verbund-analytics-refresh';
