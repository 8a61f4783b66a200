// The differences between a frozen report version and today in plain German: one sentence per
// kind of change („2 Organisationen nachträglich mit ‚Partner bis‘ 30.06.2022 versehen – geändert
// von Jana Koordination am 03.02.2023“), and the detail lines for each record and audit entry.
import { AUDIT_ACTION, formatBerlinDate, formatBerlinDateTime, RECORD_NOUN, STORED_VOCABULARIES } from '@verbund/domain';
import type { AuditEntry, AuditFieldChange, ContributionChange } from '../../api/types';
import { formatDate, formatNumber } from '../../lib/format';

export function recordNoun(type: string, count: number): string {
  const noun = RECORD_NOUN[type];
  if (!noun) return `${formatNumber(count)} × ${type}`;
  return `${formatNumber(count)} ${count === 1 ? noun.one : noun.many}`;
}

export function recordType(type: string): string {
  return RECORD_NOUN[type]?.one ?? type;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** A stored key shown with its German label where every vocabulary that knows it agrees on one. */
function enumLabel(value: string): string | undefined {
  const labels = new Set(STORED_VOCABULARIES.flatMap((v) => (v.values.includes(value) ? [v.labels[value]] : [])));
  return labels.size === 1 ? [...labels][0] : undefined;
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** A field's old or new value as the audit trail recorded it, in German. */
export function formatAuditValue(value: unknown): string {
  if (isEmpty(value)) return 'leer';
  if (typeof value === 'boolean') return value ? 'ja' : 'nein';
  if (typeof value === 'number') return formatNumber(value);
  if (Array.isArray(value)) return value.map(formatAuditValue).join(', ');
  if (typeof value === 'string') {
    if (ISO_DATE.test(value)) return formatDate(value);
    if (ISO_INSTANT.test(value)) return formatBerlinDateTime(value);
    return enumLabel(value) ?? `„${value}“`;
  }
  // a relation or component: its shape is not for reading
  return 'geändert';
}

/** What happened to one field, as the middle of a sentence. */
export function describeFieldChange(change: AuditFieldChange): string {
  const label = `‚${change.label}‘`;
  if (change.redacted) return `${label} geändert`;
  if (isEmpty(change.old) && !isEmpty(change.new)) return `nachträglich mit ${label} ${formatAuditValue(change.new)} versehen`;
  if (!isEmpty(change.old) && isEmpty(change.new)) return `${label} (${formatAuditValue(change.old)}) entfernt`;
  return `${label} von ${formatAuditValue(change.old)} auf ${formatAuditValue(change.new)} geändert`;
}

/** Who made a change: the person's name, or what else it was. */
export function actorName(entry: AuditEntry): string {
  if (entry.actor.kind === 'system') return 'System';
  if (entry.actor.kind === 'api_token') return `API-Token „${entry.actor.name}“`;
  return entry.actor.name;
}

const actionWord = (entry: AuditEntry) => AUDIT_ACTION.labels[entry.action].toLowerCase();
/** The day of a change in Berlin time, e.g. 03.02.2023. */
const dayOf = (instant: string) => formatBerlinDate(instant);

/**
 * One sentence per kind of change, by whom and on which day, counting the records it applies to
 * (a record counts once per sentence even if it was edited twice that day).
 */
export function summarise(changes: ContributionChange[]): string[] {
  const groups = new Map<string, { type: string; describe: (n: number) => string; records: Set<string>; order: string }>();
  const add = (key: string, type: string, documentId: string, order: string, describe: (n: number) => string) => {
    const group = groups.get(key) ?? { type, describe, records: new Set<string>(), order };
    group.records.add(documentId);
    groups.set(key, group);
  };
  for (const change of changes) {
    if (change.audit.length === 0) {
      add(`none|${change.type}|${change.change}`, change.type, change.documentId, '', (n) => withoutAudit(change, n));
      continue;
    }
    for (const entry of change.audit) {
      const by = `${actionWord(entry)} von ${actorName(entry)} am ${dayOf(entry.at)}`;
      // an edit per field; creating or deleting a record is one event, whatever fields it set
      const fields = entry.action === 'update' && entry.changes.length > 0 ? entry.changes : [null];
      for (const field of fields) {
        const what = field ? describeFieldChange(field) : '';
        add(`${change.type}|${what}|${by}`, change.type, change.documentId, entry.at, (n) =>
          what ? `${recordNoun(change.type, n)} ${what} – ${by}` : `${recordNoun(change.type, n)} ${by}`,
        );
      }
    }
  }
  return [...groups.values()].sort((a, b) => a.order.localeCompare(b.order)).map((g) => g.describe(g.records.size));
}

function withoutAudit(change: ContributionChange, n: number): string {
  const records = recordNoun(change.type, n);
  const reason = 'ohne eigenen Eintrag im Änderungsprotokoll (etwa durch die Änderung eines verknüpften Datensatzes)';
  if (change.change === 'added') return `${records} neu mitgezählt – ${reason}`;
  if (change.change === 'removed') return `${records} nicht mehr mitgezählt – ${reason}`;
  return `${records} mit geändertem Beitrag – ${reason}`;
}

const ROLE_SUFFIX: Record<ContributionChange['role'], string> = { value: '', numerator: ' im Zähler', denominator: ' im Nenner' };

/** What the change did to the record's share of the figure. */
export function describeContribution(change: ContributionChange): string {
  const role = ROLE_SUFFIX[change.role];
  const amount = (value: number | null) => formatNumber(value ?? 0);
  if (change.change === 'added') return `neu mitgezählt${role} (+${amount(change.currentAmount)})`;
  if (change.change === 'removed') return `nicht mehr mitgezählt${role} (−${amount(change.frozenAmount)})`;
  return `Beitrag${role} von ${amount(change.frozenAmount)} auf ${amount(change.currentAmount)} geändert`;
}

/** One audit entry's fields: „‚Partner bis‘: leer → 30.06.2022“; redacted ones only as changed. */
export function describeEntryFields(entry: AuditEntry): string[] {
  return entry.changes.map((field) =>
    field.redacted ? `‚${field.label}‘: geändert` : `‚${field.label}‘: ${formatAuditValue(field.old)} → ${formatAuditValue(field.new)}`,
  );
}
