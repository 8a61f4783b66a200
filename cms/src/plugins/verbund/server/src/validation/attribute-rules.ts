import type { TypeName } from '../constants';
import { COMPONENT_LAYOUTS, TYPE_LAYOUTS } from '../admin-config/labels';
import { isId } from '../utils/relations';
import { LIST_MAX_ITEMS } from './boundaries';
import type { FieldProblem } from './field-error';
import { JSON_SHAPES } from './json-shapes';
import { jsonValueOf } from './json-text';
import { TEXT_TYPES, valueProblem, type Attribute, type FieldInfo } from './value-rules';

/** What the attribute walk needs from the running Strapi: component schemas and whether a media file exists. */
export interface SchemaSource {
  componentAttributes: (uid: string) => Record<string, Attribute>;
  mediaExists: (id: number) => Promise<boolean>;
}

/** An empty string empties a text field; for a number, date or choice it is a wrong value, not a blank one. */
const isBlank = (attribute: Attribute, value: unknown) => value === undefined || value === null || (value === '' && TEXT_TYPES.has(attribute.type));
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const typeFieldInfo = (type: TypeName, field: string): FieldInfo => {
  const [label = field, help] = TYPE_LAYOUTS[type]?.fields[field] ?? [];
  return { label, help, shape: JSON_SHAPES[`${type}.${field}`] };
};

const componentFieldInfo = (component: string, field: string, parent: string): FieldInfo => {
  const [label = field, help] = COMPONENT_LAYOUTS[component]?.fields[field] ?? [];
  return { label: `${parent}: ${label}`, help };
};

/** A media value as the admin sends it: an id, or an object with one. */
const mediaId = (value: unknown): number | null => {
  const id = isObject(value) ? value.id : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return isId(id) ? id : null;
};

interface Walk {
  source: SchemaSource;
  problems: FieldProblem[];
}

/** One entry of a component: its own attributes, with paths below the component field. */
const checkComponentEntry = async (walk: Walk, attribute: Attribute, entry: unknown, path: string[], parent: string) => {
  if (!isObject(entry)) {
    walk.problems.push({ field: path[0], path, message: `„${parent}“ muss aus Angaben zu den einzelnen Feldern bestehen.` });
    return;
  }
  if (entry.id !== undefined && !isId(entry.id)) {
    walk.problems.push({ field: path[0], path, message: `„${parent}“: Der Eintrag hat eine ungültige Kennung.` });
    return;
  }
  const component = attribute.component!;
  await checkFields(walk, walk.source.componentAttributes(component), entry, true, path, (field) => componentFieldInfo(component, field, parent));
};

const checkComponent = async (walk: Walk, attribute: Attribute, value: unknown, field: string, info: FieldInfo) => {
  if (!attribute.repeatable) return checkComponentEntry(walk, attribute, value, [field], info.label);
  if (!Array.isArray(value)) {
    walk.problems.push({ field, message: `„${info.label}“ muss eine Liste von Einträgen sein.` });
    return;
  }
  if (value.length > LIST_MAX_ITEMS) {
    walk.problems.push({ field, message: `„${info.label}“ darf höchstens ${LIST_MAX_ITEMS} Einträge haben.` });
    return;
  }
  for (const [index, entry] of value.entries()) {
    await checkComponentEntry(walk, attribute, entry, [field, String(index)], `${info.label} Nr. ${index + 1}`);
  }
};

const checkMedia = async (walk: Walk, attribute: Attribute, value: unknown, path: string[], info: FieldInfo) => {
  const items = attribute.multiple && Array.isArray(value) ? value : [value];
  for (const item of items) {
    const id = mediaId(item);
    if (id === null) walk.problems.push({ field: path[0], path, message: `„${info.label}“: Bitte eine Datei aus der Medienbibliothek wählen.` });
    else if (!(await walk.source.mediaExists(id))) walk.problems.push({ field: path[0], path, message: `„${info.label}“: Die gewählte Datei (${id}) existiert nicht.` });
  }
};

/**
 * Checks every field present in `data` against the boundary rules of its attribute (type, range,
 * length, format, shape), recursing into components, and required fields on create. JSON text is
 * parsed in place (see json-text.ts). Relations
 * are left to the caller, who knows which targets must exist.
 */
const checkFields = async (
  walk: Walk,
  attributes: Record<string, Attribute>,
  data: Record<string, unknown>,
  isCreate: boolean,
  parentPath: string[],
  describe: (field: string) => FieldInfo
): Promise<void> => {
  for (const [field, attribute] of Object.entries(attributes)) {
    if (attribute.type === 'relation') continue;
    const info = describe(field);
    const path = [...parentPath, field];
    // JSON text is replaced by its value here, so that the checks and the database see the same list.
    if (attribute.type === 'json' && field in data) data[field] = jsonValueOf(data[field]);
    const value = data[field];
    if (isBlank(attribute, value)) {
      const defaulted = isCreate && value === undefined && 'default' in attribute;
      if (attribute.required && (isCreate || field in data) && !defaulted) {
        walk.problems.push({ field: path[0], path, message: `„${info.label}“ ist ein Pflichtfeld.` });
      }
      continue;
    }
    if (attribute.type === 'component') await checkComponent(walk, attribute, value, field, info);
    else if (attribute.type === 'media') await checkMedia(walk, attribute, value, path, info);
    else {
      const message = valueProblem(attribute, value, info);
      if (message) walk.problems.push({ field: path[0], path, message });
    }
  }
};

export const checkAttributes = async (
  source: SchemaSource,
  type: TypeName,
  attributes: Record<string, Attribute>,
  data: Record<string, unknown>,
  isCreate: boolean
): Promise<FieldProblem[]> => {
  const walk: Walk = { source, problems: [] };
  await checkFields(walk, attributes, data, isCreate, [], (field) => typeFieldInfo(type, field));
  return walk.problems;
};
