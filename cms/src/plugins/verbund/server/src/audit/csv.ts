import { AUDIT_ACTION, AUDIT_ACTOR_KIND } from '@verbund/domain';
import type { AuditEntry } from '@verbund/domain/contract';
import { formatInstant, formatNew, formatOld } from './format-value';

const BOM = '\uFEFF';
export const AUDIT_CSV_HEADINGS = ['Zeitpunkt', 'Aktion', 'Art', 'Wer', 'Inhaltstyp', 'Dokument-ID', 'Eintrag', 'Feld', 'Alter Wert', 'Neuer Wert'];

/** Quoted where needed; a leading =, +, - or @ is defused so that a spreadsheet never runs a cell as a formula. */
const cell = (value: string) => {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/**
 * The trail as German Excel opens it (semicolons, UTF-8 with BOM, CRLF, like the funder's report
 * CSV): one line per changed field, an entry without field changes on one line of its own.
 */
export async function* auditCsv(entries: AsyncIterable<AuditEntry>, typeLabel: (type: string) => string): AsyncGenerator<string> {
  yield `${BOM}${AUDIT_CSV_HEADINGS.join(';')}\r\n`;
  for await (const entry of entries) {
    const head = [
      formatInstant(entry.at),
      AUDIT_ACTION.labels[entry.action],
      AUDIT_ACTOR_KIND.labels[entry.actor.kind],
      entry.actor.name,
      typeLabel(entry.contentType),
      entry.documentId,
      entry.documentName,
    ];
    const lines = entry.changes.length === 0 ? [[...head, '', '', '']] : entry.changes.map((change) => [...head, change.label, formatOld(entry.contentType, change), formatNew(entry.contentType, change)]);
    yield lines.map((line) => line.map(cell).join(';')).join('\r\n') + '\r\n';
  }
}
