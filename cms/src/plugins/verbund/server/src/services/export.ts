import type { Core } from '@strapi/strapi';
import { TYPE_NAMES, uidOf, type TypeName } from '../constants';

export const EXPORT_FORMAT_VERSION = 1;

/** Personal data that analytics never needs and so never leaves the CMS. */
const PERSONAL_FIELDS: Partial<Record<TypeName, string[]>> = {
  contact: ['email', 'phone'],
  consultation: ['notes'],
};

const SYSTEM_FIELDS = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations']);

const stripComponent = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(stripComponent);
  if (value && typeof value === 'object') {
    const { id: _id, __component: _component, ...rest } = value as Record<string, unknown>;
    return Object.fromEntries(Object.entries(rest).filter(([, inner]) => !(inner && typeof inner === 'object' && 'mime' in inner)));
  }
  return value;
};

const documentIds = (value: unknown): string | string[] | null => {
  if (Array.isArray(value)) return [...new Set(value.map((item) => item.documentId as string))];
  return value ? ((value as { documentId: string }).documentId ?? null) : null;
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Yields the export a page of lines at a time. Each type is read in id-ordered pages, so memory
   * stays flat however many records there are; D&P types contribute their published versions only.
   */
  async *lines(pageSize: number): AsyncGenerator<string> {
    const counts: Record<string, number> = {};
    yield JSON.stringify({ type: '_meta', formatVersion: EXPORT_FORMAT_VERSION, exportedAt: new Date().toISOString() }) + '\n';
    for (const type of TYPE_NAMES) {
      const uid = uidOf(type);
      const contentType = strapi.contentType(uid as never) as any;
      const draftAndPublish = Boolean(contentType.options?.draftAndPublish);
      const excluded = new Set(PERSONAL_FIELDS[type] ?? []);
      const attributes = Object.entries(contentType.attributes as Record<string, any>).filter(
        ([name, attribute]) => !SYSTEM_FIELDS.has(name) && !excluded.has(name) && attribute.type !== 'media'
      );
      const relations = attributes.filter(([, attribute]) => attribute.type === 'relation').map(([name]) => name);
      const components = attributes.filter(([, attribute]) => attribute.type === 'component').map(([name]) => name);
      const scalars = attributes.filter(([, attribute]) => attribute.type !== 'relation' && attribute.type !== 'component').map(([name]) => name);
      const populate = {
        ...Object.fromEntries(relations.map((name) => [name, { select: ['documentId'] }])),
        ...Object.fromEntries(components.map((name) => [name, true])),
      };
      counts[type] = 0;
      let lastId = 0;
      for (;;) {
        const where: Record<string, unknown> = { id: { $gt: lastId } };
        if (draftAndPublish) where.publishedAt = { $notNull: true };
        const rows = (await strapi.db.query(uid as never).findMany({ where, orderBy: { id: 'asc' }, limit: pageSize, populate } as never)) as any[];
        if (rows.length === 0) break;
        // One chunk per page, not per line: a client's fetch (undici) slows down tenfold on a
        // stream of many small chunks once it falls behind (see BENCHMARKS.md).
        let page = '';
        for (const row of rows) {
          const fields: Record<string, unknown> = Object.fromEntries(scalars.map((name) => [name, row[name] ?? null]));
          for (const name of components) fields[name] = stripComponent(row[name] ?? null);
          const line = {
            type,
            documentId: row.documentId,
            createdAt: row.createdAt,
            updatedAt: row.updatedAt,
            publishedAt: draftAndPublish ? row.publishedAt : null,
            fields,
            relations: Object.fromEntries(relations.map((name) => [name, documentIds(row[name])])),
          };
          page += JSON.stringify(line) + '\n';
          counts[type] += 1;
        }
        yield page;
        lastId = rows[rows.length - 1].id;
      }
    }
    const count = Object.values(counts).reduce((sum, value) => sum + value, 0);
    yield JSON.stringify({ type: '_end', count, counts }) + '\n';
  },
});
