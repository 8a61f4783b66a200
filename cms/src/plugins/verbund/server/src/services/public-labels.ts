/**
 * German labels of the enumeration values the public search shows (facets, result items).
 * Topic labels live with the topic vocabulary (topics.ts).
 */
export const DISTRICT_LABELS: Record<string, string> = {
  braunschweig: 'Braunschweig',
  salzgitter: 'Salzgitter',
  wolfsburg: 'Wolfsburg',
  gifhorn: 'Gifhorn',
  goslar: 'Goslar',
  helmstedt: 'Helmstedt',
  peine: 'Peine',
  wolfenbuettel: 'Wolfenbüttel',
  outside_region: 'Außerhalb der Region',
};

/** Formats of a course offer. */
export const OFFER_FORMAT_LABELS: Record<string, string> = {
  onsite: 'Präsenz',
  online: 'Online',
  blended: 'Blended Learning',
};
