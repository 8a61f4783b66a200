import type { TypeName } from '../constants';
import { fieldLabel } from '../admin-config/labels';
import type { FieldProblem } from './field-error';

interface Attribute {
  type: string;
  required?: boolean;
  min?: number;
  max?: number;
  enum?: string[];
  relation?: string;
}

const isBlank = (value: unknown) => value === undefined || value === null || value === '';

const NUMERIC_TYPES = new Set(['integer', 'biginteger', 'decimal', 'float']);

/**
 * Checks the schema's own constraints (required, min/max, enum) before Strapi's validator does,
 * so that the user reads a German message naming the field instead of a generic English one.
 */
export const checkAttributes = (
  type: TypeName,
  attributes: Record<string, Attribute>,
  data: Record<string, unknown>,
  isCreate: boolean
): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  for (const [field, attribute] of Object.entries(attributes)) {
    const label = fieldLabel(type, field);
    const value = data[field];
    if (attribute.type === 'relation' || attribute.type === 'component' || attribute.type === 'media') continue;
    if (attribute.required && isBlank(value) && (isCreate || field in data) && attribute.type !== 'boolean') {
      const hasDefault = 'default' in attribute;
      if (!(isCreate && hasDefault && value === undefined)) {
        problems.push({ field, message: `„${label}“ ist ein Pflichtfeld.` });
      }
      continue;
    }
    if (isBlank(value)) continue;
    if (NUMERIC_TYPES.has(attribute.type)) {
      const number = typeof value === 'number' ? value : Number(value);
      if (!Number.isFinite(number)) {
        problems.push({ field, message: `„${label}“ muss eine Zahl sein.` });
      } else if (attribute.type === 'integer' && !Number.isInteger(number)) {
        problems.push({ field, message: `„${label}“ muss eine ganze Zahl sein.` });
      } else if (attribute.min !== undefined && number < attribute.min) {
        problems.push({
          field,
          message: attribute.min === 0 ? `„${label}“ darf nicht negativ sein.` : `„${label}“ muss mindestens ${attribute.min} sein.`,
        });
      } else if (attribute.max !== undefined && number > attribute.max) {
        problems.push({ field, message: `„${label}“ darf höchstens ${attribute.max} sein.` });
      }
    }
    if (attribute.type === 'enumeration' && attribute.enum && !attribute.enum.includes(String(value))) {
      problems.push({ field, message: `„${label}“: Der Wert „${String(value)}“ ist nicht zulässig (erlaubt: ${attribute.enum.join(', ')}).` });
    }
    if ((attribute.type === 'date' || attribute.type === 'datetime') && Number.isNaN(Date.parse(String(value)))) {
      problems.push({ field, message: `„${label}“ ist kein gültiges Datum.` });
    }
  }
  return problems;
};
