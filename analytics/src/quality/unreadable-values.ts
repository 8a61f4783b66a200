import { queryRows } from '../db.js';
import { UNREADABLE_VALUE_TABLE } from '../loader/typed-tables.js';
import type { QualityCheck } from './check.js';

/** What the loader expected, in the words of the message. */
const EXPECTED: Record<string, string> = {
  integer: 'ganze Zahl',
  double: 'Zahl',
  decimal: 'Zahl',
  boolean: 'Ja/Nein-Wert',
  date: 'Datum',
  datetime: 'Datum mit Uhrzeit',
  list: 'Liste',
};

const MAX_SHOWN_VALUE = 80;

const SQL = `
  SELECT type, type_label, document_id, record_name, field, field_label, kind, value
  FROM ${UNREADABLE_VALUE_TABLE}
  ORDER BY type_label, record_name, document_id, field`;

export const unreadableValuesCheck: QualityCheck = {
  id: 'unreadable_value',
  title: 'Werte, die sich nicht lesen lassen',
  description:
    'Diese Werte stehen so in der CMS-Datenbank, lassen sich aber nicht als das lesen, was das Feld verlangt (etwa ein Datum im Jahr 99999 oder eine Personenzahl jenseits jeder Größenordnung) – meist aus einem alten Import oder einer Korrektur direkt in der Datenbank. ' +
    'Der Datensatz zählt weiter mit, das Feld wird aber als leer behandelt: Ein Datensatz ohne Datum fällt in keinen Zeitraum, eine fehlende Anzahl zählt als 0. Bitte den Wert im CMS korrigieren.',
  async run(conn) {
    const rows = await queryRows<{
      type: string;
      type_label: string;
      document_id: string;
      record_name: string | null;
      field: string;
      field_label: string;
      kind: string;
      value: string;
    }>(conn, SQL);
    return rows.map((r) => {
      const shown = r.value.length > MAX_SHOWN_VALUE ? `${r.value.slice(0, MAX_SHOWN_VALUE)} …` : r.value;
      return {
        id: r.document_id,
        name: r.record_name ? `${r.type_label} „${r.record_name}“` : `${r.type_label} ${r.document_id}`,
        message: `Das Feld „${r.field_label}“ enthält „${shown}“, das ist keine gültige Angabe (erwartet: ${EXPECTED[r.kind] ?? r.kind}). Der Wert wird als leer behandelt.`,
        type: r.type,
        field: r.field,
        value: r.value,
      };
    });
  },
};
