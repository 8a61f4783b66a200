import { LoadError } from '../errors.js';
import { type Column, type ColumnKind, TABLES } from './typed-tables.js';

/** One exported attribute as Strapi's content-type metadata describes it (a custom field by its stored type). */
export interface ManifestAttribute {
  type: string;
  /** relations only: `oneToOne`, `manyToOne`, `oneToMany`, `manyToMany`, … */
  relation?: string;
  /** components only */
  repeatable?: boolean;
}

/** Per exported type, its exported attributes: the first line (`_meta`) of the export carries it. */
export type ExportManifest = Record<string, Record<string, ManifestAttribute>>;

const TO_ONE = new Set(['oneToOne', 'manyToOne']);
const TO_MANY = new Set(['oneToMany', 'manyToMany']);

/** Which stored Strapi types a column of each kind can be typed from without losing meaning. */
const SCALAR_TYPES: Record<ColumnKind, readonly string[]> = {
  text: ['string', 'text', 'enumeration', 'uid', 'email', 'richtext'],
  integer: ['integer', 'biginteger'],
  double: ['float', 'decimal', 'integer', 'biginteger'],
  decimal: ['decimal', 'float', 'integer', 'biginteger'],
  boolean: ['boolean'],
  date: ['date'],
  datetime: ['datetime'],
  list: ['json'],
  json: ['json', 'component'],
};

const KIND_LABELS: Record<ColumnKind, string> = {
  text: 'Text',
  integer: 'Ganzzahl',
  double: 'Zahl',
  decimal: 'Dezimalzahl',
  boolean: 'Ja/Nein',
  date: 'Datum',
  datetime: 'Datum mit Uhrzeit',
  list: 'Liste',
  json: 'JSON',
};

function fits(column: Column, attribute: ManifestAttribute): boolean {
  if (column.relation) {
    if (attribute.type !== 'relation' || !attribute.relation) return false;
    return column.kind === 'list' ? TO_MANY.has(attribute.relation) : TO_ONE.has(attribute.relation);
  }
  return SCALAR_TYPES[column.kind].includes(attribute.type);
}

const describeAttribute = (attribute: ManifestAttribute): string =>
  attribute.relation ? `${attribute.type} (${attribute.relation})` : attribute.type;

function fieldName(column: Column): string {
  return column.label ? `„${column.attribute}“ (${column.label})` : `„${column.attribute}“`;
}

/** Reads the manifest from `_meta`; null when it is not an object of objects of attributes. */
export function parseManifest(value: unknown): ExportManifest | null {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(value)) return null;
  for (const attributes of Object.values(value)) {
    if (!isObject(attributes)) return null;
    for (const attribute of Object.values(attributes)) {
      if (!isObject(attribute) || typeof attribute.type !== 'string') return null;
    }
  }
  return value as ExportManifest;
}

/**
 * Refuses an export whose manifest lacks an attribute the snapshot computes with, or gives it a
 * type the column cannot be read from: the refresh stops with every mismatch named, instead of
 * loading a silently empty column. Attributes the loader does not use are ignored.
 */
export function checkManifest(manifest: ExportManifest): void {
  const problems: string[] = [];
  const details: string[] = [];
  for (const spec of TABLES) {
    const attributes = manifest[spec.type];
    if (!attributes) {
      problems.push(`Der Typ „${spec.label}“ fehlt.`);
      details.push(`${spec.type}: type missing`);
      continue;
    }
    for (const column of spec.columns) {
      const attribute = attributes[column.attribute];
      if (!attribute) {
        problems.push(`„${spec.label}“: Das Feld ${fieldName(column)} fehlt.`);
        details.push(`${spec.type}.${column.attribute}: missing`);
      } else if (!fits(column, attribute)) {
        problems.push(`„${spec.label}“: Das Feld ${fieldName(column)} hat den Typ ${describeAttribute(attribute)}, die Auswertung erwartet ${column.relation ? (column.kind === 'list' ? 'eine Verknüpfung zu mehreren' : 'eine Verknüpfung zu einem') : KIND_LABELS[column.kind]}.`);
        details.push(`${spec.type}.${column.attribute}: ${describeAttribute(attribute)} does not fit ${column.kind}${column.relation ? ' relation' : ''}`);
      }
    }
  }
  if (problems.length > 0) {
    throw new LoadError(
      'manifest',
      `export manifest does not fit the loader: ${details.join('; ')}`,
      `Der Export passt nicht zur Auswertung – das Datenmodell im CMS wurde geändert. ${problems.join(' ')}`,
    );
  }
}
