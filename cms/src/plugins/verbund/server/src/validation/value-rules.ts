import { vocabularyOf } from '@verbund/domain';
import { blocksProblem } from './blocks';
import { MAX_ID, TEXT_MAX_LENGTH, YEAR_RANGE } from './boundaries';
import type { JsonShape } from './json-shapes';

/** The parts of a Strapi attribute definition the boundary rules read. */
export interface Attribute {
  type: string;
  required?: boolean;
  default?: unknown;
  min?: number;
  max?: number;
  minLength?: number;
  maxLength?: number;
  regex?: string;
  enum?: string[];
  target?: string;
  component?: string;
  repeatable?: boolean;
  multiple?: boolean;
}

/** What the message about a field needs besides its value: its German label and help text, its JSON shape. */
export interface FieldInfo {
  label: string;
  help?: string;
  shape?: JsonShape;
}

/** Longest string column Strapi creates for a `string` without `maxLength` (varchar 255). */
const STRING_COLUMN_LENGTH = 255;
const EMAIL_MAX_LENGTH = 254;
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const UID = /^[A-Za-z0-9\-_.~]*$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;
const NUMERIC = new Set(['integer', 'biginteger', 'decimal', 'float']);
/** Types whose value is a string; an empty one empties the field. */
export const TEXT_TYPES = new Set(['string', 'text', 'richtext', 'email', 'uid', 'password']);

const number = (value: number) => value.toLocaleString('de-DE');
const quote = (value: unknown) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return `„${text.length > 40 ? `${text.slice(0, 40)}…` : text}“`;
};

/** Whether year/month/day (and time) name a moment the calendar has: no 30 February, no 25:00. */
const realMoment = (year: number, month: number, day: number, hour = 0, minute = 0, second = 0) => {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60 && second < 60;
};

const dateProblem = (type: string, value: unknown, label: string): string | null => {
  let year: number;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return `„${label}“ ist kein gültiges Datum.`;
    year = value.getUTCFullYear();
  } else {
    const expected = type === 'date' ? 'JJJJ-MM-TT, z. B. 2024-03-15' : 'JJJJ-MM-TTTHH:MM, z. B. 2024-03-15T14:30:00+01:00';
    const parts = typeof value === 'string' ? (type === 'date' ? DATE : DATETIME).exec(value) : null;
    if (!parts) return `„${label}“ muss ein Datum im Format ${expected} sein.`;
    const [y, m, d, h, min, s] = parts.slice(1).map((part) => (part === undefined ? 0 : Number(part)));
    if (!realMoment(y, m, d, h, min, s)) return `„${label}“: ${quote(value)} ist kein gültiges Datum.`;
    year = y;
  }
  return year < YEAR_RANGE.from || year > YEAR_RANGE.to ? `„${label}“ muss zwischen ${YEAR_RANGE.from} und ${YEAR_RANGE.to} liegen.` : null;
};

const numberProblem = (attribute: Attribute, value: unknown, label: string): string | null => {
  const integer = attribute.type === 'integer' || attribute.type === 'biginteger';
  // biginteger arrives as a string (JavaScript numbers cannot hold it); every other number as a JSON number.
  const parsed = attribute.type === 'biginteger' && typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  if (typeof parsed !== 'number' || !Number.isFinite(parsed)) return `„${label}“ muss eine Zahl sein.`;
  if (integer && !Number.isInteger(parsed)) return `„${label}“ muss eine ganze Zahl sein.`;
  const max = attribute.max ?? (integer ? MAX_ID : Number.MAX_SAFE_INTEGER);
  const min = attribute.min ?? -max;
  if (parsed < min) return min === 0 ? `„${label}“ darf nicht negativ sein.` : `„${label}“ muss mindestens ${number(min)} sein.`;
  if (parsed > max) return `„${label}“ darf höchstens ${number(max)} sein.`;
  return null;
};

const textProblem = (attribute: Attribute, value: unknown, info: FieldInfo): string | null => {
  const { label } = info;
  if (typeof value !== 'string') return `„${label}“ muss ein Text sein.`;
  const maxLength =
    attribute.maxLength ?? (attribute.type === 'email' ? EMAIL_MAX_LENGTH : attribute.type === 'text' || attribute.type === 'richtext' ? TEXT_MAX_LENGTH : STRING_COLUMN_LENGTH);
  if (value.length > maxLength) return `„${label}“ darf höchstens ${number(maxLength)} Zeichen lang sein (jetzt ${number(value.length)}).`;
  if (attribute.minLength && value.length < attribute.minLength) return `„${label}“ muss mindestens ${number(attribute.minLength)} Zeichen lang sein.`;
  if (value === '') return null;
  if (attribute.type === 'email' && !EMAIL.test(value)) return `„${label}“ muss eine E-Mail-Adresse sein, z. B. name@beispiel.de.`;
  if (attribute.type === 'uid' && !UID.test(value)) return `„${label}“ darf nur Buchstaben ohne Umlaute, Ziffern und - _ . ~ enthalten.`;
  if (attribute.regex && !new RegExp(attribute.regex).test(value)) {
    return `„${label}“ hat nicht das erwartete Format${info.help ? `: ${info.help.replace(/\.$/, '')}` : ''}.`;
  }
  return null;
};

/**
 * Why `value` cannot be stored in a field of this attribute (a German sentence naming the field),
 * or null when it can. Covers every scalar type Strapi has; references (relations, media) and
 * components are checked where their targets are known. Blank values are the caller's concern.
 */
export const valueProblem = (attribute: Attribute, value: unknown, info: FieldInfo): string | null => {
  const { label } = info;
  if (NUMERIC.has(attribute.type)) return numberProblem(attribute, value, label);
  if (TEXT_TYPES.has(attribute.type)) return textProblem(attribute, value, info);
  switch (attribute.type) {
    case 'boolean':
      return typeof value === 'boolean' ? null : `„${label}“ muss true oder false sein.`;
    case 'date':
    case 'datetime':
    case 'timestamp':
      return dateProblem(attribute.type === 'date' ? 'date' : 'datetime', value, label);
    case 'time': {
      const parts = typeof value === 'string' ? TIME.exec(value) : null;
      return parts && realMoment(2000, 1, 1, Number(parts[1]), Number(parts[2]), Number(parts[3] ?? 0)) ? null : `„${label}“ muss eine Uhrzeit sein, z. B. 14:30.`;
    }
    case 'enumeration': {
      if (typeof value === 'string' && attribute.enum?.includes(value)) return null;
      // The API takes the key; the German label says which key means what.
      const labels = vocabularyOf(attribute.enum)?.labels;
      const allowed = (attribute.enum ?? []).map((key) => (labels?.[key] ? `${key} (${labels[key]})` : key)).join(', ');
      return `„${label}“: Der Wert ${quote(value)} ist nicht zulässig (erlaubt: ${allowed}).`;
    }
    case 'blocks': {
      const problem = blocksProblem(value);
      return problem ? `„${label}“ ${problem}.` : null;
    }
    case 'json': {
      const problem = info.shape ? info.shape(value) : `hat keine bekannte Form`;
      return problem ? `„${label}“ ${problem}.` : null;
    }
    default:
      return `„${label}“ kann hier nicht gesetzt werden.`;
  }
};
