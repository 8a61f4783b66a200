/**
 * No attribute of any type or component may use a name Strapi 5 reserves: its own columns
 * (id, documentId, createdAt, publishedAt, locale, …) and the Document Service / REST query
 * parameters (status, locale, fields, sort, …). Strapi reports some of these only at boot, and
 * `status` on a draft & publish type silently clashes with `?status=draft`.
 */
import { describe, expect, it } from 'vitest';
import { contentTypes as strapiContentTypes, SHARED_QUERY_PARAM_KEYS } from '@strapi/utils';
import contentTypes from '../src/plugins/verbund/server/src/content-types';
import { buildComponents } from '../src/plugins/verbund/server/src/components';

const schemas = [
  ...Object.entries(contentTypes).map(([name, { schema }]) => [name, schema] as const),
  ...Object.entries(buildComponents()).map(([uid, schema]) => [uid, schema] as const),
];

const reserved = (name: string) =>
  // Checked as if every type had draft & publish: a type that gets it later must not break.
  strapiContentTypes.isReservedAttributeName(name, { draftAndPublish: true }) || (SHARED_QUERY_PARAM_KEYS as readonly string[]).includes(name);

describe('attribute names', () => {
  it('the check knows the names the issue lists', () => {
    for (const name of ['status', 'locale', 'documentId', 'publishedAt', 'id', 'createdAt', 'updatedAt', 'createdBy', 'updatedBy', 'localizations']) {
      expect(reserved(name), name).toBe(true);
    }
  });

  it.each(schemas)('%s uses no reserved name', (_name, schema) => {
    expect(Object.keys(schema.attributes).filter(reserved)).toEqual([]);
  });
});
