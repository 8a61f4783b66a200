import { COURSE_FORMAT, COURSE_RUN_STATUS, DISTRICT, EVENT_FORMAT, EVENT_STATUS, EVENT_TYPE, TOPIC } from '@verbund/domain';

// The German words of the vocabulary, from the domain package (the admin and the reports use the same).
export const EVENT_TYPE_LABELS: Readonly<Record<string, string>> = EVENT_TYPE.labels;
export const EVENT_FORMAT_LABELS: Readonly<Record<string, string>> = EVENT_FORMAT.labels;
export const RUN_STATUS_LABELS: Readonly<Record<string, string>> = COURSE_RUN_STATUS.labels;
export const DISTRICT_LABELS: Readonly<Record<string, string>> = DISTRICT.labels;
export const OFFER_FORMAT_LABELS: Readonly<Record<string, string>> = COURSE_FORMAT.labels;

/** The word for a changed event (cancelled, postponed, moved online); null while it takes place as planned. */
export const eventStatusLabel = (status: string | null | undefined) =>
  status && status !== 'scheduled' ? (EVENT_STATUS.labels as Record<string, string>)[status] ?? null : null;

export const labelOf = (labels: Readonly<Record<string, string>>, value: string | null | undefined) => (value ? labels[value] ?? value : null);
export const topicLabel = (topic: string | null | undefined) => labelOf(TOPIC.labels, topic);
