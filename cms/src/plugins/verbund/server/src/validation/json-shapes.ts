import { frozenReportBody, period } from '@verbund/domain/contract';
import { TOPICS } from '../constants';
import { LIST_MAX_ITEMS } from './boundaries';

/** Why a JSON field's value has the wrong shape (a phrase after the field's label), or null. */
export type JsonShape = (value: unknown) => string | null;

const TAG_MAX_LENGTH = 100;

const listOf =
  (describe: string, item: (entry: unknown) => boolean): JsonShape =>
  (value) => {
    if (!Array.isArray(value) || !value.every(item)) return `muss ${describe} sein`;
    return value.length > LIST_MAX_ITEMS ? `darf höchstens ${LIST_MAX_ITEMS} Einträge haben` : null;
  };

/** A frozen report's parts have the analytics contract's shapes; the first problem is named. */
const contractShape =
  (schema: { safeParse(value: unknown): { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } } }): JsonShape =>
  (value) => {
    const result = schema.safeParse(value);
    if (result.success) return null;
    const issue = result.error?.issues[0];
    return `hat nicht die Form eines eingefrorenen Berichts${issue ? ` (${issue.path.map(String).join('.') || 'Wurzel'}: ${issue.message})` : ''}`;
  };

/** The shape of every JSON field of the plugin, by `type.field`; a JSON field without one is refused by a unit test. */
export const JSON_SHAPES: Record<string, JsonShape> = {
  'consultation.topics': listOf(
    `eine Liste bekannter Themen (${TOPICS.join(', ')}), z. B. ["digitalisation"]`,
    (entry) => typeof entry === 'string' && (TOPICS as readonly string[]).includes(entry)
  ),
  'press-release.tags': listOf(
    `eine Liste von Texten (je höchstens ${TAG_MAX_LENGTH} Zeichen), z. B. ["Auftakt"]`,
    (entry) => typeof entry === 'string' && entry.trim().length > 0 && entry.length <= TAG_MAX_LENGTH
  ),
  // Written by the audit service alone, never through the document service: the shape it writes.
  'audit-entry.changes': (value) =>
    Array.isArray(value) &&
    value.every((change) => change && typeof change === 'object' && typeof change.field === 'string' && typeof change.label === 'string' && typeof change.redacted === 'boolean')
      ? null
      : 'muss eine Liste von Feldänderungen ({ field, label, old, new, redacted }) sein',
  'report-version.period': contractShape(period),
  'report-version.body': contractShape(frozenReportBody),
};
