/**
 * Generated bad values for every attribute of every type (and every field of its components)
 * against the content manager's create and update routes, and for every query parameter of the
 * public API. Each must answer 400 with a German message naming the field, never 500, and
 * write nothing. The counts of requests and 500s are printed at the end.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TYPE_NAMES, type TypeName } from '../src/plugins/verbund/server/src/constants';
import { COMPONENT_LAYOUTS, fieldLabel } from '../src/plugins/verbund/server/src/admin-config/labels';
import { PUBLIC_TYPES } from '../src/plugins/verbund/server/src/services/public-types';
import { buildComponents } from '../src/plugins/verbund/server/src/components';
import { bootStrapi, type TestStrapi } from './helpers/strapi';
import { attributesOf, cmPath, createRefs, ownerApis, isSingleType, validRecord, type Refs } from './helpers/records';

type Attribute = Record<string, any>;

let app: TestStrapi;
let refs: Refs;
let apiFor: Awaited<ReturnType<typeof ownerApis>>;
const tally = { requests: 0, serverErrors: 0 };

const COMPONENTS = buildComponents();
const OPERATOR = { $gt: '' };
const ENGLISH = /\b(must|invalid|expected|should|required|Invalid)\b/;

/** Bad values for one attribute: wrong JSON types, out-of-range numbers, far or impossible dates, over-long texts, operator objects. */
const badValues = (attribute: Attribute): unknown[] => {
  const common = [OPERATOR];
  const requiredBlank = attribute.required ? [null] : [];
  switch (attribute.type) {
    case 'string':
    case 'text':
    case 'email':
    case 'uid': {
      const maxLength = attribute.maxLength ?? (attribute.type === 'text' ? 20_000 : 255);
      const format = attribute.type === 'email' ? ['keine-adresse', 'a@b'] : attribute.type === 'uid' ? ['mit leerzeichen', 'ümlaut'] : attribute.regex ? ['kein format'] : [];
      return [...common, ...requiredBlank, ...(attribute.required ? [''] : []), 12345, ['x'], 'x'.repeat(maxLength + 1), ...format];
    }
    case 'integer':
    case 'decimal': {
      const integer = attribute.type === 'integer';
      return [...common, ...requiredBlank, '12', true, 1e20, attribute.max + 1, attribute.min - 1, ...(integer ? [1.5] : [])];
    }
    case 'boolean':
      return [...common, ...requiredBlank, 'true', 1, ''];
    case 'date':
      return [...common, ...requiredBlank, '2025-02-30', '0000-01-01', '+099999-01-01', '2101-01-01', '01.02.2024', 20240101, ''];
    case 'datetime':
      return [...common, ...requiredBlank, '+099999-01-01T00:00:00Z', '1989-12-31T12:00:00Z', '2024-02-30T10:00:00Z', '2024-01-01T25:00:00Z', 'morgen', 1_700_000_000_000, ''];
    case 'enumeration':
      return [...common, ...requiredBlank, 'unbekannt', 1, ['other'], ''];
    case 'json':
      return [...common, 'text', 5, { a: 1 }, [1, 2], [null], Array.from({ length: 300 }, () => 'other')];
    case 'blocks':
      return [...common, 'Nur Text', 12, {}, [null], [1], [{ type: 'marquee', children: [] }], [{ type: 'paragraph', children: [] }], [{ type: 'paragraph', children: [{ type: 'text', text: 5 }] }],
        [{ type: 'heading', level: 9, children: [{ type: 'text', text: 'x' }] }], [{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'x' }] }] }],
        [{ type: 'list', format: 'ordered', children: [{ type: 'paragraph', children: [] }] }]];
    case 'relation':
      return [OPERATOR, 1e20, -1, 1.5, [[]], true, 'x'.repeat(200), { connect: [{ id: 'abc' }] }, { set: [{ documentId: 5 }] }];
    case 'media':
      return [...requiredBlank, 'abc', 1e20, 999_999, { id: 'x' }, OPERATOR];
    default:
      throw new Error(`no bad values for attribute type ${attribute.type}`);
  }
};

interface Case {
  field: string;
  /** Words the message must contain: the German label of the field (for components, of the entry). */
  label: string;
  /** The whole value of `field` to send. */
  value: unknown;
  /** Only refused on create (e.g. a required field left out). */
  description: string;
}

const componentCases = (type: TypeName, field: string, attribute: Attribute, valid: unknown): Case[] => {
  const label = fieldLabel(type, field);
  const shapes = attribute.repeatable ? ['x', {}, [null], [[]], Array.from({ length: 201 }, () => (valid as unknown[])[0])] : ['x', 5, [{}]];
  const cases: Case[] = shapes.map((value) => ({ field, label, value, description: `${field} = ${JSON.stringify(value).slice(0, 60)}` }));
  const component = COMPONENTS[attribute.component];
  const entry = (attribute.repeatable ? (valid as object[])[0] : valid) as Record<string, unknown>;
  for (const [sub, subAttribute] of Object.entries(component.attributes)) {
    // The leading values (operator object, missing required value, wrong type) suffice per component field: the
    // same rules as for top-level fields apply, which get the full list.
    for (const bad of badValues(subAttribute).slice(0, 4)) {
      const changed = { ...entry, [sub]: bad };
      cases.push({
        field,
        label: `${label}${attribute.repeatable ? ' Nr. 1' : ''}: ${COMPONENT_LAYOUTS[attribute.component].fields[sub][0]}`,
        value: attribute.repeatable ? [changed] : changed,
        description: `${field}.${sub} = ${JSON.stringify(bad)?.slice(0, 60)}`,
      });
    }
  }
  return cases;
};

const casesOf = (type: TypeName): Case[] => {
  const valid = validRecord(type, refs, 1);
  return Object.entries(attributesOf(type)).flatMap(([field, attribute]) => {
    if (attribute.mappedBy) return [];
    if (attribute.type === 'component') return componentCases(type, field, attribute, valid[field]);
    return badValues(attribute).map((value) => ({ field, label: fieldLabel(type, field), value, description: `${field} = ${JSON.stringify(value)?.slice(0, 60)}` }));
  });
};

const uid = (type: TypeName) => `plugin::verbund.${type}`;
/** Keys in a fixed order: PostgreSQL returns populated relations in varying order. */
const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((key) => [key, canonical((value as Record<string, unknown>)[key])]));
  return value;
};
/** Every stored row of the type with its relations and components, to compare before and after. */
const snapshot = async (type: TypeName) =>
  JSON.stringify(canonical(await app.strapi.db.query(uid(type) as never).findMany({ orderBy: { id: 'asc' }, populate: true } as never)));

const send = async (type: TypeName, method: string, path: string, body: unknown) => {
  const response = await apiFor(type)(method, path, body);
  tally.requests += 1;
  if (response.status >= 500) tally.serverErrors += 1;
  return response;
};

/** Why the answer is not a German 400 naming the field, or null when it is. */
const wrongAnswer = (response: { status: number; body: any }, kase: Case): string | null => {
  if (response.status !== 400) return `${response.status}: ${JSON.stringify(response.body?.error ?? response.body).slice(0, 200)}`;
  const problems = (response.body.error.details?.errors ?? []) as Array<{ path: string[]; message: string }>;
  const problem = problems.find((candidate) => candidate.path[0] === kase.field);
  if (!problem) return `no error at ${kase.field}: ${response.body.error.message}`;
  if (!problem.message.includes(`„${kase.label}`)) return `message does not name „${kase.label}“: ${problem.message}`;
  if (ENGLISH.test(problem.message)) return `English message: ${problem.message}`;
  return null;
};

beforeAll(async () => {
  app = await bootStrapi();
  refs = await createRefs(app.strapi);
  apiFor = await ownerApis(app.strapi, app.url);
});

afterAll(async () => {
  // eslint-disable-next-line no-console
  console.log(`fuzz: ${tally.requests} requests, ${tally.serverErrors} answered 500`);
  await app?.close();
  await app?.cleanup();
});

describe.each(TYPE_NAMES)('%s: bad values through the content manager', (type) => {
  it('are refused on create and update with a German 400 at the field, and nothing is written', async () => {
    const base = validRecord(type, refs, 1);
    const existing = await send(type, isSingleType(type) ? 'PUT' : 'POST', cmPath(type), base);
    expect(existing.status, JSON.stringify(existing.body)).toBeLessThan(300);
    const documentId = existing.body.data.documentId as string;
    const failures: string[] = [];
    const before = await snapshot(type);
    for (const kase of casesOf(type)) {
      if (!isSingleType(type)) {
        const created = await send(type, 'POST', cmPath(type), { ...validRecord(type, refs, 5), [kase.field]: kase.value });
        const problem = wrongAnswer(created, kase);
        if (problem) failures.push(`create ${kase.description}: ${problem}`);
      }
      const updated = await send(type, 'PUT', cmPath(type, documentId), { [kase.field]: kase.value });
      const problem = wrongAnswer(updated, kase);
      if (problem) failures.push(`update ${kase.description}: ${problem}`);
    }
    expect(failures).toEqual([]);
    expect(await snapshot(type)).toBe(before);
  });
});

/** Bad query-string values for a filter on a field of this attribute type. */
const badFilterValues = (attribute: Attribute): Array<[string, string]> => {
  const operators: Array<[string, string]> = [['[$foo]', 'x'], ['[$in]', 'x'], ['[$between][0]', '1'], ['[$null]', 'vielleicht'], ['[$eq][$gt]', 'x']];
  switch (attribute.type) {
    case 'date':
    case 'datetime':
      return [...operators, ['[$gte]', '0'], ['[$gte]', 'abc'], ['[$lt]', '2025-02-30'], ['[$eq]', '+099999-01-01'], ['[$contains]', '2024']];
    case 'integer':
    case 'decimal':
      return [...operators, ['[$gt]', 'abc'], ['[$gt]', '1e400'], ['[$eq]', '99999999999'], ['[$contains]', '1']];
    case 'boolean':
      return [...operators, ['[$eq]', 'vielleicht']];
    case 'enumeration':
      return [...operators, ['[$eq]', 'unbekannt']];
    case 'json':
    case 'blocks':
      return [['[$eq]', 'x'], ['[$contains]', 'x']];
    default:
      return attribute.maxLength ? [...operators, ['[$eq]', 'x'.repeat(attribute.maxLength + 1)]] : operators;
  }
};

describe('the public API refuses bad query parameters with a German 400', () => {
  const publicGet = async (path: string, params: Array<[string, string]>) => {
    const response = await fetch(`${app.url}/api/verbund/${path}?${new URLSearchParams(params)}`);
    tally.requests += 1;
    if (response.status >= 500) tally.serverErrors += 1;
    return { status: response.status, body: (await response.json()) as any };
  };

  const collections = Object.entries(PUBLIC_TYPES).filter(([, view]) => view.kind === 'collection');

  it.each(collections)('%s: pagination, sort and every filterable field', async (routeKey, view) => {
    const type = view.uid.replace('plugin::verbund.', '') as TypeName;
    const attributes: Record<string, Attribute> = { ...attributesOf(type), publishedAt: { type: 'datetime' }, updatedAt: { type: 'datetime' } };
    const failures: string[] = [];
    const expectRefused = async (params: Array<[string, string]>, names: string) => {
      const response = await publicGet(routeKey, params);
      const message = String(response.body?.error?.message ?? '');
      if (response.status !== 400 || !message.includes(names) || ENGLISH.test(message)) {
        failures.push(`${new URLSearchParams(params).toString().slice(0, 100)} → ${response.status} ${message || JSON.stringify(response.body).slice(0, 100)}`);
      }
    };
    for (const value of ['0', '-1', '1e21', '2.5', 'abc', '99999999999', '']) {
      await expectRefused([['pagination[page]', value]], '„pagination[page]“');
      await expectRefused([['pagination[pageSize]', value]], '„pagination[pageSize]“');
    }
    await expectRefused([['pagination[page][$gt]', '1']], '„pagination[page]“');
    for (const sort of ['title:up', 'unbekannt', 'title:asc:x', 'body:asc', 'tags']) await expectRefused([['sort', sort]], '„');
    await expectRefused([['filters[unbekannt][$eq]', 'x']], '„unbekannt“');
    for (const field of view.fields) {
      for (const [suffix, value] of badFilterValues(attributes[field])) {
        const unordered = ['json', 'blocks'].includes(attributes[field].type);
        await expectRefused([[`filters[${field}]${suffix}`, value]], unordered ? `„${field}“` : `„${fieldLabel(type, field)}“`);
      }
    }
    expect(failures).toEqual([]);
  });
});
