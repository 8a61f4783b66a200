import type { Core } from '@strapi/strapi';
import { TYPE_NAMES, uidOf, type TypeName } from '../constants';
import { storedType } from '../custom-fields';
import { schemaOf } from '../utils/schema';

/** 2: `_meta` carries the manifest of the exported attributes (docs/export-format.md). */
export const EXPORT_FORMAT_VERSION = 2;

/**
 * Exactly the attributes the analytics loader reads (analytics/src/loader/typed-tables.ts; a CMS
 * test keeps the two equal), and nothing else: no names of persons, e-mail addresses, phone
 * numbers, free texts or notes leave the CMS. Relations give document ids; a component gives,
 * per item, only which of its media are set (press photos without image are a quality finding).
 */
export const EXPORTED_ATTRIBUTES: Record<Exclude<TypeName, 'site-settings'>, readonly string[]> = {
  'funding-project': ['name', 'shortName', 'fundingProgramme', 'funder', 'grantReference', 'grantAmountEur', 'startsOn', 'endsOn', 'region'],
  organisation: ['name', 'slug', 'type', 'sizeClass', 'sector', 'district', 'partnerSince', 'partnerUntil', 'website'],
  contact: ['role', 'isPressContact', 'organisation'],
  'press-release': ['title', 'slug', 'dateline', 'releaseDate', 'embargoUntil', 'tags', 'photos', 'pressContact', 'relatedEvents'],
  event: ['title', 'slug', 'type', 'startsAt', 'endsAt', 'format', 'eventStatus', 'capacity', 'attendeesTotal', 'isPublic', 'workingGroup'],
  'event-participation': ['headcount', 'event', 'organisation'],
  'course-offer': [
    'title',
    'slug',
    'topic',
    'targetGroup',
    'certificate',
    'dqrLevel',
    'format',
    'durationHours',
    'priceEur',
    'azavCertified',
    'educationVoucher',
    'newInNetwork',
    'provider',
    'runs',
  ],
  'course-run': ['startsOn', 'endsOn', 'district', 'city', 'seats', 'runStatus', 'courseOffer'],
  'course-participation': ['participants', 'courseRun', 'organisation'],
  consultation: ['date', 'format', 'topics', 'organisation', 'resultingNeeds'],
  'training-need': ['identifiedOn', 'topic', 'employeesConcerned', 'needStatus', 'organisation', 'matchedOffers', 'consultation'],
  'working-group': ['name', 'slug', 'topic', 'members', 'meetings'],
  'indicator-target': ['indicator', 'period', 'target'],
};

const documentIds = (value: unknown): string | string[] | null => {
  if (Array.isArray(value)) return [...new Set(value.map((item) => item.documentId as string))];
  return value ? ((value as { documentId: string }).documentId ?? null) : null;
};

/**
 * What an exported attribute is, from Strapi's own content-type metadata: the loader checks the
 * attributes it computes with against this instead of trusting that a key is there (DuckDB's JSON
 * reader would read a renamed field as an empty column).
 */
const manifestEntry = (attribute: Record<string, any>) => ({
  type: storedType(attribute as { type: string; customField?: string }),
  ...(attribute.type === 'relation' ? { relation: attribute.relation as string } : {}),
  ...(attribute.type === 'component' ? { repeatable: Boolean(attribute.repeatable) } : {}),
});

/** A component item reduced to which of its media are set. */
const mediaPresence = (mediaNames: string[]) => (item: Record<string, unknown>) =>
  Object.fromEntries(mediaNames.map((name) => [name, Array.isArray(item[name]) ? (item[name] as unknown[]).length > 0 : Boolean(item[name])]));

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Yields the export a page of lines at a time. Each type is read in id-ordered pages, so memory
   * stays flat however many records there are; D&P types contribute their published versions only.
   */
  async *lines(pageSize: number): AsyncGenerator<string> {
    const counts: Record<string, number> = {};
    // The website's texts hold no figure, so analytics gets none of them.
    const exported = TYPE_NAMES.filter((name): name is keyof typeof EXPORTED_ATTRIBUTES => name in EXPORTED_ATTRIBUTES);
    const plans = exported.map((type) => {
      const uid = uidOf(type);
      const contentType = schemaOf(strapi, uid);
      // An attribute missing from the schema (renamed) stays out of the manifest: the loader names it.
      const attributes = EXPORTED_ATTRIBUTES[type]
        .filter((name) => name in contentType.attributes)
        .map((name) => [name, contentType.attributes[name]] as const);
      return { type, uid, contentType, attributes };
    });
    const manifest = Object.fromEntries(
      plans.map(({ type, attributes }) => [type, Object.fromEntries(attributes.map(([name, attribute]) => [name, manifestEntry(attribute)]))]),
    );
    yield JSON.stringify({ type: '_meta', formatVersion: EXPORT_FORMAT_VERSION, exportedAt: new Date().toISOString(), manifest }) + '\n';
    for (const { type, uid, contentType, attributes } of plans) {
      const draftAndPublish = Boolean(contentType.options?.draftAndPublish);
      const relations = attributes.filter(([, attribute]) => attribute.type === 'relation').map(([name]) => name);
      const components = attributes
        .filter(([, attribute]) => attribute.type === 'component')
        .map(([name, attribute]) => {
          const media = Object.entries(schemaOf(strapi, attribute.component!).attributes)
            .filter(([, inner]) => inner.type === 'media')
            .map(([inner]) => inner);
          return { name, media, repeatable: Boolean(attribute.repeatable) };
        });
      const scalars = attributes.filter(([, attribute]) => attribute.type !== 'relation' && attribute.type !== 'component').map(([name]) => name);
      const populate = {
        ...Object.fromEntries(relations.map((name) => [name, { select: ['documentId'] }])),
        ...Object.fromEntries(components.map(({ name, media }) => [name, { populate: Object.fromEntries(media.map((m) => [m, { select: ['id'] }])) }])),
      };
      counts[type] = 0;
      let lastId = 0;
      for (;;) {
        const where: Record<string, unknown> = { id: { $gt: lastId } };
        if (draftAndPublish) where.publishedAt = { $notNull: true };
        const rows = (await strapi.db
          .query(uid as never)
          .findMany({ where, select: ['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', ...scalars], orderBy: { id: 'asc' }, limit: pageSize, populate } as never)) as any[];
        if (rows.length === 0) break;
        // One chunk per page, not per line: a client's fetch (undici) slows down tenfold on a
        // stream of many small chunks once it falls behind (see BENCHMARKS.md).
        let page = '';
        for (const row of rows) {
          const fields: Record<string, unknown> = Object.fromEntries(scalars.map((name) => [name, row[name] ?? null]));
          for (const { name, media, repeatable } of components) {
            const presence = mediaPresence(media);
            fields[name] = repeatable ? ((row[name] ?? []) as Array<Record<string, unknown>>).map(presence) : row[name] ? presence(row[name]) : null;
          }
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
