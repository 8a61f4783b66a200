/**
 * Every field a new schema adds must come with its boundary: numbers a plausible range, strings a
 * length, JSON fields a known shape, so that the boundary rules never fall back to "anything".
 */
import { describe, expect, it } from 'vitest';
import contentTypes from '../src/plugins/verbund/server/src/content-types';
import { buildComponents } from '../src/plugins/verbund/server/src/components';
import { storedType } from '../src/plugins/verbund/server/src/custom-fields';
import { JSON_SHAPES } from '../src/plugins/verbund/server/src/validation/json-shapes';

type Attribute = { type: string; customField?: string; min?: number; max?: number; maxLength?: number };

const fields = [
  ...Object.entries(contentTypes).flatMap(([type, { schema }]) => Object.entries(schema.attributes as Record<string, Attribute>).map(([field, attribute]) => [type, field, attribute] as const)),
  ...Object.entries(buildComponents()).flatMap(([uid, schema]) => Object.entries(schema.attributes).map(([field, attribute]) => [uid, field, attribute] as const)),
];

describe('schema bounds', () => {
  it.each(fields.filter(([, , attribute]) => ['integer', 'decimal', 'float', 'biginteger'].includes(attribute.type)))('%s.%s has a min and a max', (_type, _field, attribute) => {
    expect(typeof attribute.min).toBe('number');
    expect(typeof attribute.max).toBe('number');
  });

  it.each(fields.filter(([, , attribute]) => attribute.type === 'string'))('%s.%s has a maxLength', (_type, _field, attribute) => {
    expect(typeof attribute.maxLength).toBe('number');
  });

  it.each(fields.filter(([, , attribute]) => storedType(attribute) === 'json'))('%s.%s has a JSON shape', (type, field) => {
    expect(JSON_SHAPES[`${type}.${field}`]).toBeTypeOf('function');
  });
});
