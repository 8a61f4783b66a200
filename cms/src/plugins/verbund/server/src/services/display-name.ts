import type { Core } from '@strapi/strapi';
import { uidOf, type TypeName } from '../constants';
import { formatBerlinDate, formatIsoDate, indicatorName, labelFor, TARGET_PERIOD } from '@verbund/domain';

/** The stored, computed attribute that names a record in relation pickers, titles and list search. */
export const DISPLAY_NAME_FIELD = 'displayName';
const MAX_LENGTH = 500;

type Row = Record<string, any>;

/** `2027-03-10` → `10.03.2027`; date attributes are calendar days, no time zone applies. */
const day = (value: unknown) => (typeof value === 'string' ? formatIsoDate(value.slice(0, 10)) : '');

/** A point in time as its calendar day in German time. */
const dayOfTime = (value: unknown) => (value ? formatBerlinDate(String(value)) : '');

const join = (...parts: unknown[]) => parts.filter((part) => typeof part === 'string' && part.trim()).join(' · ');

const runName = (run: Row | null | undefined) => (run ? join(run.courseOffer?.title, run.city, day(run.startsOn)) : '');

/** Per type: which relations the name needs, and how it is built from the record. */
const BUILDERS: Partial<Record<TypeName, { populate: Record<string, unknown>; build: (row: Row) => string }>> = {
  'course-run': { populate: { courseOffer: true }, build: runName },
  consultation: { populate: { organisation: true }, build: (row) => join(`Beratung ${row.organisation?.name ?? ''}`.trim(), day(row.date)) },
  'training-need': { populate: { organisation: true }, build: (row) => join(`Bedarf ${row.organisation?.name ?? ''}`.trim(), day(row.identifiedOn)) },
  'indicator-target': { populate: {}, build: (row) => join(indicatorName(row.indicator), labelFor(TARGET_PERIOD.labels, row.period)) },
  'course-participation': {
    populate: { organisation: true, courseRun: { populate: { courseOffer: true } } },
    build: (row) => join(row.organisation?.name, runName(row.courseRun)),
  },
  'event-participation': {
    populate: { organisation: true, event: true },
    build: (row) => join(row.organisation?.name, row.event?.title, dayOfTime(row.event?.startsAt)),
  },
};

export const hasDisplayName = (type: TypeName) => type in BUILDERS;

/** Whose names a record's own fields appear in: type, and the path from it to the record. */
const DEPENDENTS: Partial<Record<TypeName, Array<[TypeName, string[]]>>> = {
  organisation: [
    ['consultation', ['organisation']],
    ['training-need', ['organisation']],
    ['course-participation', ['organisation']],
    ['event-participation', ['organisation']],
  ],
  'course-offer': [
    ['course-run', ['courseOffer']],
    ['course-participation', ['courseRun', 'courseOffer']],
  ],
  'course-run': [['course-participation', ['courseRun']]],
  event: [['event-participation', ['event']]],
};

export const hasDependents = (type: TypeName) => type in DEPENDENTS;

/** `['courseRun', 'courseOffer']` → `{ courseRun: { courseOffer: { documentId } } }` */
const whereThrough = (path: string[], documentId: string): Record<string, unknown> =>
  path.reduceRight<Record<string, unknown>>((where, field) => ({ [field]: where }), { documentId });

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** Recomputes the name of one document (every stored version: draft and published) from what is stored; returns the names by row id. */
  const refresh = async (type: TypeName, documentId: string) => {
    const names = new Map<number, string | null>();
    const builder = BUILDERS[type];
    if (!builder) return names;
    const uid = uidOf(type);
    const rows = (await strapi.db.query(uid as never).findMany({ where: { documentId }, populate: builder.populate } as never)) as Row[];
    for (const row of rows) {
      const name = builder.build(row).slice(0, MAX_LENGTH) || null;
      names.set(row.id, name);
      if (row[DISPLAY_NAME_FIELD] !== name) await strapi.db.query(uid as never).update({ where: { id: row.id }, data: { [DISPLAY_NAME_FIELD]: name } } as never);
    }
    return names;
  };

  return {
    refresh,
    /** Renames the records whose names contain this record's fields, after it changed. */
    async refreshDependents(type: TypeName, documentId: string) {
      for (const [dependent, path] of DEPENDENTS[type] ?? []) {
        const rows = (await strapi.db.query(uidOf(dependent) as never).findMany({ select: ['documentId'], where: whereThrough(path, documentId) } as never)) as Row[];
        for (const id of new Set(rows.map((row) => row.documentId as string))) await refresh(dependent, id);
      }
    },
    /**
     * Names the records that have no name yet (written before the field existed). Only those: the
     * document middleware keeps every other name current, and renaming all records at each start
     * would cost minutes on a large network.
     */
    async fillMissing() {
      for (const type of Object.keys(BUILDERS) as TypeName[]) {
        const rows = (await strapi.db.query(uidOf(type) as never).findMany({ select: ['documentId'], where: { [DISPLAY_NAME_FIELD]: null } } as never)) as Row[];
        for (const documentId of new Set(rows.map((row) => row.documentId as string))) await refresh(type, documentId);
      }
    },
  };
};
