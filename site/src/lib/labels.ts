import { TOPIC_LABELS } from '../../../cms/src/plugins/verbund/server/src/topics';

/** German words for the event vocabulary of the plugin (docs/content-model.md). */
export const EVENT_TYPE_LABELS: Record<string, string> = {
  kickoff: 'Auftaktveranstaltung',
  working_group_meeting: 'Arbeitskreistreffen',
  steering_committee_meeting: 'Steuerkreissitzung',
  workshop: 'Workshop',
  information_event: 'Informationsveranstaltung',
  conference: 'Konferenz',
  other: 'Sonstige Veranstaltung',
};

export const EVENT_FORMAT_LABELS: Record<string, string> = {
  onsite: 'Vor Ort',
  online: 'Online',
  hybrid: 'Hybrid (vor Ort und online)',
};

/** How a changed event is announced; a scheduled event needs no word. */
export const EVENT_STATUS_LABELS: Record<string, string> = {
  cancelled: 'Abgesagt',
  postponed: 'Verschoben',
  moved_online: 'Findet online statt',
};

export const RUN_STATUS_LABELS: Record<string, string> = {
  planned: 'Geplant',
  running: 'Läuft',
  completed: 'Abgeschlossen',
  cancelled: 'Abgesagt',
};

/** The word for a changed event (cancelled, postponed, moved online); null while it takes place as planned. */
export const eventStatusLabel = (status: string | null | undefined) => (status && status in EVENT_STATUS_LABELS ? EVENT_STATUS_LABELS[status] : null);

export const topicLabel = (topic: string | null | undefined) => (topic ? (TOPIC_LABELS as Record<string, string>)[topic] ?? topic : null);
export const labelOf = (labels: Record<string, string>, value: string | null | undefined) => (value ? labels[value] ?? value : null);

export { DISTRICT_LABELS, OFFER_FORMAT_LABELS } from '../../../cms/src/plugins/verbund/server/src/services/public-labels';
