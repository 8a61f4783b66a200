import { TOPIC, vocabularyOf } from '@verbund/domain';
import type { AuditFieldChange } from '@verbund/domain/contract';
import contentTypes from '../content-types';
import { PLUGIN_ID } from '../constants';

type Labels = Readonly<Record<string, string>>;
type Attributes = Record<string, { type: string; enum?: readonly string[]; customField?: string }>;

/** The German labels of a field's stored keys: an enumeration's vocabulary, or the topics of the topic select. */
const labelsOf = (type: string, field: string): Labels | undefined => {
  const attribute = ((contentTypes as Record<string, { schema: { attributes: Attributes } }>)[type]?.schema.attributes ?? {})[field];
  if (attribute?.customField === `plugin::${PLUGIN_ID}.topic-select`) return TOPIC.labels;
  return attribute?.type === 'enumeration' ? vocabularyOf(attribute.enum)?.labels : undefined;
};

/** What a redacted change shows instead of its values. */
export const REDACTED_TEXT = 'geändert';

const berlinTime = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** An instant in German time: `05.03.2026, 14:07:09`. */
export const formatInstant = (iso: string) => berlinTime.format(new Date(iso));

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * A recorded value as a person reads it (admin page and CSV share this): related records by name,
 * days and instants in German form, yes/no for flags, lists joined. Pure, so the admin bundle imports it.
 */
export const formatValue = (value: unknown, labels?: Labels): string => {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((item) => formatValue(item, labels)).filter(Boolean).join(', ');
  if (typeof value === 'boolean') return value ? 'ja' : 'nein';
  if (typeof value === 'number') return value.toLocaleString('de-DE');
  if (typeof value === 'string') {
    if (labels?.[value]) return labels[value];
    if (DAY.test(value)) return value.split('-').reverse().join('.');
    if (INSTANT.test(value) && !Number.isNaN(Date.parse(value))) return formatInstant(value);
    return value;
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ('documentId' in record) return String(record.name || record.documentId);
    if ('name' in record && 'id' in record) return String(record.name); // a media file
    return Object.values(record).map((item) => formatValue(item)).filter(Boolean).join(' · ');
  }
  return String(value);
};

/** A change's former and new value as shown, for a record of `type` (keys of a vocabulary by their German label). */
export const formatOld = (type: string, change: AuditFieldChange) => (change.redacted ? REDACTED_TEXT : formatValue(change.old, labelsOf(type, change.field)));
export const formatNew = (type: string, change: AuditFieldChange) => (change.redacted ? REDACTED_TEXT : formatValue(change.new, labelsOf(type, change.field)));
