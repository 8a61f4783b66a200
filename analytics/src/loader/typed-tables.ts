import type { DuckDBConnection } from '@duckdb/node-api';
import { describeError, LoadError } from '../errors.js';

type ColumnKind = 'text' | 'integer' | 'double' | 'decimal' | 'boolean' | 'date' | 'datetime' | 'list';

interface Column {
  /** snake_case column in the snapshot */
  name: string;
  /** camelCase attribute in the export */
  attribute: string;
  kind: ColumnKind;
  /** relations (document ids) live under `relations`, everything else under `fields` */
  relation?: boolean;
  /** SQL literal used when the attribute is empty */
  fallback?: string;
}

interface TableSpec {
  table: string;
  type: string;
  /** draft & publish: only rows with `publishedAt` count (the export should hold no others) */
  published?: boolean;
  columns: Column[];
  /** columns computed from the typed ones */
  derived?: string[];
}

const text = (name: string, attribute: string, fallback?: string): Column => ({ name, attribute, kind: 'text', ...(fallback ? { fallback } : {}) });
const integer = (name: string, attribute: string): Column => ({ name, attribute, kind: 'integer' });
const double = (name: string, attribute: string): Column => ({ name, attribute, kind: 'double' });
const decimal = (name: string, attribute: string): Column => ({ name, attribute, kind: 'decimal' });
const boolean = (name: string, attribute: string): Column => ({ name, attribute, kind: 'boolean' });
const date = (name: string, attribute: string): Column => ({ name, attribute, kind: 'date' });
const datetime = (name: string, attribute: string): Column => ({ name, attribute, kind: 'datetime' });
const list = (name: string, attribute: string): Column => ({ name, attribute, kind: 'list' });
const toOne = (name: string, attribute: string): Column => ({ name, attribute, kind: 'text', relation: true });
const toMany = (name: string, attribute: string): Column => ({ name, attribute, kind: 'list', relation: true });

/** A date-time counts on its calendar date in Europe/Berlin (INDICATORS.md). */
const berlinDate = (column: string) => `CAST(${column} AT TIME ZONE 'Europe/Berlin' AS DATE)`;

export const TABLES: TableSpec[] = [
  {
    table: 'funding_project',
    type: 'funding-project',
    columns: [
      text('name', 'name'),
      text('short_name', 'shortName'),
      text('funding_programme', 'fundingProgramme'),
      text('funder', 'funder'),
      text('grant_reference', 'grantReference'),
      decimal('grant_amount_eur', 'grantAmountEur'),
      date('starts_on', 'startsOn'),
      date('ends_on', 'endsOn'),
      text('region', 'region'),
    ],
  },
  {
    table: 'organisation',
    type: 'organisation',
    columns: [
      text('name', 'name'),
      text('slug', 'slug'),
      text('type', 'type'),
      // An empty size is as good as unknown: both drop out of the KMU share.
      text('size_class', 'sizeClass', "'unknown'"),
      text('sector', 'sector'),
      text('district', 'district'),
      date('partner_since', 'partnerSince'),
      date('partner_until', 'partnerUntil'),
      text('website', 'website'),
    ],
  },
  {
    table: 'contact',
    type: 'contact',
    columns: [text('name', 'name'), text('role', 'role'), boolean('is_press_contact', 'isPressContact'), toOne('organisation_id', 'organisation')],
  },
  {
    table: 'press_release',
    type: 'press-release',
    published: true,
    columns: [
      text('title', 'title'),
      text('slug', 'slug'),
      text('dateline', 'dateline'),
      date('release_date', 'releaseDate'),
      datetime('embargo_until', 'embargoUntil'),
      list('tags', 'tags'),
      toOne('press_contact_id', 'pressContact'),
      toMany('related_event_ids', 'relatedEvents'),
    ],
  },
  {
    table: 'event',
    type: 'event',
    published: true,
    columns: [
      text('title', 'title'),
      text('slug', 'slug'),
      text('type', 'type'),
      datetime('starts_at', 'startsAt'),
      datetime('ends_at', 'endsAt'),
      text('format', 'format'),
      // The schema calls it eventStatus: `status` is Strapi 5's draft/published parameter (docs/content-model.md).
      text('status', 'eventStatus'),
      integer('capacity', 'capacity'),
      integer('attendees_total', 'attendeesTotal'),
      boolean('is_public', 'isPublic'),
      toOne('working_group_id', 'workingGroup'),
    ],
    derived: [`${berlinDate('starts_at')} AS event_date`],
  },
  {
    table: 'event_participation',
    type: 'event-participation',
    columns: [integer('headcount', 'headcount'), toOne('event_id', 'event'), toOne('organisation_id', 'organisation')],
  },
  {
    table: 'course_offer',
    type: 'course-offer',
    published: true,
    columns: [
      text('title', 'title'),
      text('slug', 'slug'),
      text('topic', 'topic'),
      text('target_group', 'targetGroup'),
      text('certificate', 'certificate'),
      integer('dqr_level', 'dqrLevel'),
      text('format', 'format'),
      integer('duration_hours', 'durationHours'),
      decimal('price_eur', 'priceEur'),
      boolean('azav_certified', 'azavCertified'),
      boolean('education_voucher', 'educationVoucher'),
      boolean('new_in_network', 'newInNetwork'),
      toOne('provider_id', 'provider'),
      toMany('run_ids', 'runs'),
    ],
  },
  {
    table: 'course_run',
    type: 'course-run',
    published: true,
    columns: [
      date('starts_on', 'startsOn'),
      date('ends_on', 'endsOn'),
      text('district', 'district'),
      text('city', 'city'),
      integer('seats', 'seats'),
      // runStatus in the schema, for the same reason as eventStatus.
      text('status', 'runStatus'),
      toOne('course_offer_id', 'courseOffer'),
    ],
  },
  {
    table: 'course_participation',
    type: 'course-participation',
    columns: [integer('participants', 'participants'), toOne('course_run_id', 'courseRun'), toOne('organisation_id', 'organisation')],
  },
  {
    table: 'consultation',
    type: 'consultation',
    columns: [
      date('date', 'date'),
      text('format', 'format'),
      list('topics', 'topics'),
      toOne('organisation_id', 'organisation'),
      toMany('resulting_need_ids', 'resultingNeeds'),
    ],
  },
  {
    table: 'training_need',
    type: 'training-need',
    columns: [
      date('identified_on', 'identifiedOn'),
      text('topic', 'topic'),
      integer('employees_concerned', 'employeesConcerned'),
      // The schema calls it needStatus: Strapi 5 reserves `status` (docs/content-model.md).
      text('status', 'needStatus'),
      toOne('organisation_id', 'organisation'),
      toMany('matched_offer_ids', 'matchedOffers'),
      toOne('consultation_id', 'consultation'),
    ],
  },
  {
    table: 'working_group',
    type: 'working-group',
    columns: [text('name', 'name'), text('slug', 'slug'), text('topic', 'topic'), toMany('member_ids', 'members'), toMany('meeting_ids', 'meetings')],
  },
  {
    table: 'indicator_target',
    type: 'indicator-target',
    columns: [text('indicator', 'indicator'), text('period', 'period'), double('target', 'target'), text('note', 'note')],
  },
];

const SQL_TYPES: Record<Exclude<ColumnKind, 'text' | 'list'>, string> = {
  integer: 'INTEGER',
  double: 'DOUBLE',
  decimal: 'DECIMAL(18,2)',
  boolean: 'BOOLEAN',
  date: 'DATE',
  datetime: 'TIMESTAMPTZ',
};

function columnSql(column: Column): string {
  const source = `${column.relation ? 'r' : 'f'}."${column.attribute}"`;
  switch (column.kind) {
    case 'text':
      return `${column.fallback ? `coalesce(NULLIF(${source}, ''), ${column.fallback})` : source} AS ${column.name}`;
    case 'list':
      return `CAST(${source} AS VARCHAR[]) AS ${column.name}`;
    default:
      return `CAST(NULLIF(${source}, '') AS ${SQL_TYPES[column.kind]}) AS ${column.name}`;
  }
}

/** `json_transform` parses each record once; values arrive as text and are cast explicitly. */
function structure(columns: Column[]): string {
  const shape = Object.fromEntries(columns.map((c) => [c.attribute, c.kind === 'list' ? 'JSON' : 'VARCHAR']));
  return JSON.stringify(shape).replaceAll("'", "''");
}

export function tableSql(spec: TableSpec): string {
  const fields = spec.columns.filter((c) => !c.relation);
  const relations = spec.columns.filter((c) => c.relation);
  const typed = `
    SELECT document_id, updated_at,${spec.published ? ' published_at,' : ''}
           ${spec.columns.map(columnSql).join(',\n           ')}
    FROM (
      SELECT document_id, updated_at, published_at,
             json_transform(fields, '${structure(fields)}') AS f${
               relations.length > 0 ? `,\n             json_transform(relations, '${structure(relations)}') AS r` : ''
             }
      FROM raw_record
      WHERE type = '${spec.type}'${spec.published ? ' AND published_at IS NOT NULL' : ''}
    )`;
  const body = spec.derived ? `SELECT *, ${spec.derived.join(', ')} FROM (${typed})` : typed;
  return `CREATE TABLE ${spec.table} AS ${body}`;
}

/** One typed table per content type; a value that does not cast fails the load with its type named. */
export async function buildTypedTables(conn: DuckDBConnection): Promise<void> {
  for (const spec of TABLES) {
    try {
      await conn.run(tableSql(spec));
    } catch (error) {
      throw new LoadError(
        'build',
        `${spec.table}: ${describeError(error)}`,
        `Der Export enthält einen ungültigen Wert bei „${spec.type}“ (${describeError(error).replace(/^[A-Za-z ]+Error: /, '')}).`,
        { cause: error },
      );
    }
  }
}
