import type { DuckDBConnection } from '@duckdb/node-api';
import { describeError, LoadError } from '../errors.js';

export type ColumnKind = 'text' | 'integer' | 'double' | 'decimal' | 'boolean' | 'date' | 'datetime' | 'list' | 'json';

export interface Column {
  /** snake_case column in the snapshot */
  name: string;
  /** camelCase attribute in the export */
  attribute: string;
  kind: ColumnKind;
  /** relations (document ids) live under `relations`, everything else under `fields` */
  relation?: boolean;
  /** SQL literal used when the attribute is empty */
  fallback?: string;
  /** German label as in the CMS admin, for findings about a value that cannot be typed */
  label?: string;
}

export interface TableSpec {
  table: string;
  type: string;
  /** German name of the content type, as in the CMS admin */
  label: string;
  /** draft & publish: only rows with `publishedAt` count (the export should hold no others) */
  published?: boolean;
  columns: Column[];
  /** columns computed from the typed ones */
  derived?: string[];
}

const text = (name: string, attribute: string, fallback?: string): Column => ({ name, attribute, kind: 'text', ...(fallback ? { fallback } : {}) });
const typed =
  (kind: Exclude<ColumnKind, 'text'>) =>
  (name: string, attribute: string, label: string): Column => ({ name, attribute, kind, label });
const integer = typed('integer');
const double = typed('double');
const decimal = typed('decimal');
const boolean = typed('boolean');
const date = typed('date');
const datetime = typed('datetime');
const list = typed('list');
const json = typed('json');
const toOne = (name: string, attribute: string): Column => ({ name, attribute, kind: 'text', relation: true });
const toMany = (name: string, attribute: string, label: string): Column => ({ name, attribute, kind: 'list', relation: true, label });

/** A date-time counts on its calendar date in Europe/Berlin (INDICATORS.md). */
const berlinDate = (column: string) => `CAST(${column} AT TIME ZONE 'Europe/Berlin' AS DATE)`;

export const TABLES: TableSpec[] = [
  {
    table: 'funding_project',
    type: 'funding-project',
    label: 'Förderprojekt',
    columns: [
      text('name', 'name'),
      text('short_name', 'shortName'),
      text('funding_programme', 'fundingProgramme'),
      text('funder', 'funder'),
      text('grant_reference', 'grantReference'),
      decimal('grant_amount_eur', 'grantAmountEur', 'Fördersumme (EUR)'),
      date('starts_on', 'startsOn', 'Laufzeitbeginn'),
      date('ends_on', 'endsOn', 'Laufzeitende'),
      text('region', 'region'),
    ],
  },
  {
    table: 'organisation',
    type: 'organisation',
    label: 'Organisation',
    columns: [
      text('name', 'name'),
      text('slug', 'slug'),
      text('type', 'type'),
      // An empty size is as good as unknown: both drop out of the KMU share.
      text('size_class', 'sizeClass', "'unknown'"),
      text('sector', 'sector'),
      text('district', 'district'),
      date('partner_since', 'partnerSince', 'Verbundpartner seit'),
      date('partner_until', 'partnerUntil', 'Verbundpartner bis'),
      text('website', 'website'),
    ],
  },
  {
    table: 'contact',
    type: 'contact',
    label: 'Kontaktperson',
    // No name: analytics counts no persons, so their names stay in the CMS.
    columns: [text('role', 'role'), boolean('is_press_contact', 'isPressContact', 'Pressekontakt'), toOne('organisation_id', 'organisation')],
  },
  {
    table: 'press_release',
    type: 'press-release',
    label: 'Pressemitteilung',
    published: true,
    columns: [
      text('title', 'title'),
      text('slug', 'slug'),
      text('dateline', 'dateline'),
      date('release_date', 'releaseDate', 'Erscheinungsdatum'),
      datetime('embargo_until', 'embargoUntil', 'Sperrfrist bis'),
      list('tags', 'tags', 'Schlagworte'),
      toOne('press_contact_id', 'pressContact'),
      // Which media each photo has, nothing else of it (docs/export-format.md).
      json('photos', 'photos', 'Pressefotos'),
      toMany('related_event_ids', 'relatedEvents', 'Zugehörige Veranstaltungen'),
    ],
    derived: [
      `CAST(coalesce(len(list_filter(TRY_CAST(photos AS JSON[]), photo -> NOT coalesce(TRY_CAST(photo->>'image' AS BOOLEAN), false))), 0) AS INTEGER) AS photos_without_image`,
    ],
  },
  {
    table: 'event',
    type: 'event',
    label: 'Veranstaltung',
    published: true,
    columns: [
      text('title', 'title'),
      text('slug', 'slug'),
      text('type', 'type'),
      datetime('starts_at', 'startsAt', 'Beginn'),
      datetime('ends_at', 'endsAt', 'Ende'),
      text('format', 'format'),
      // The schema calls it eventStatus: `status` is Strapi 5's draft/published parameter (docs/content-model.md).
      text('status', 'eventStatus'),
      integer('capacity', 'capacity', 'Kapazität (Plätze)'),
      integer('attendees_total', 'attendeesTotal', 'Teilnehmende gesamt'),
      boolean('is_public', 'isPublic', 'Öffentlich'),
      toOne('working_group_id', 'workingGroup'),
    ],
    derived: [`${berlinDate('starts_at')} AS event_date`],
  },
  {
    table: 'event_participation',
    type: 'event-participation',
    label: 'Veranstaltungsteilnahme',
    columns: [integer('headcount', 'headcount', 'Personen'), toOne('event_id', 'event'), toOne('organisation_id', 'organisation')],
  },
  {
    table: 'course_offer',
    type: 'course-offer',
    label: 'Weiterbildungsangebot',
    published: true,
    columns: [
      text('title', 'title'),
      text('slug', 'slug'),
      text('topic', 'topic'),
      text('target_group', 'targetGroup'),
      text('certificate', 'certificate'),
      integer('dqr_level', 'dqrLevel', 'DQR-Niveau'),
      text('format', 'format'),
      integer('duration_hours', 'durationHours', 'Dauer (Stunden)'),
      decimal('price_eur', 'priceEur', 'Preis (EUR)'),
      boolean('azav_certified', 'azavCertified', 'AZAV-zertifiziert'),
      boolean('education_voucher', 'educationVoucher', 'Bildungsgutschein'),
      boolean('new_in_network', 'newInNetwork', 'Im Verbund neu entwickelt'),
      toOne('provider_id', 'provider'),
      toMany('run_ids', 'runs', 'Durchführungen'),
    ],
  },
  {
    table: 'course_run',
    type: 'course-run',
    label: 'Kursdurchführung',
    published: true,
    columns: [
      date('starts_on', 'startsOn', 'Beginn'),
      date('ends_on', 'endsOn', 'Ende'),
      text('district', 'district'),
      text('city', 'city'),
      integer('seats', 'seats', 'Plätze'),
      // runStatus in the schema, for the same reason as eventStatus.
      text('status', 'runStatus'),
      toOne('course_offer_id', 'courseOffer'),
    ],
  },
  {
    table: 'course_participation',
    type: 'course-participation',
    label: 'Kursteilnahme',
    columns: [integer('participants', 'participants', 'Teilnehmende'), toOne('course_run_id', 'courseRun'), toOne('organisation_id', 'organisation')],
  },
  {
    table: 'consultation',
    type: 'consultation',
    label: 'Beratung',
    columns: [
      date('date', 'date', 'Datum'),
      text('format', 'format'),
      list('topics', 'topics', 'Themen'),
      toOne('organisation_id', 'organisation'),
      toMany('resulting_need_ids', 'resultingNeeds', 'Ermittelte Bedarfe'),
    ],
  },
  {
    table: 'training_need',
    type: 'training-need',
    label: 'Weiterbildungsbedarf',
    columns: [
      date('identified_on', 'identifiedOn', 'Ermittelt am'),
      text('topic', 'topic'),
      integer('employees_concerned', 'employeesConcerned', 'Betroffene Beschäftigte'),
      // The schema calls it needStatus: Strapi 5 reserves `status` (docs/content-model.md).
      text('status', 'needStatus'),
      toOne('organisation_id', 'organisation'),
      toMany('matched_offer_ids', 'matchedOffers', 'Passende Angebote'),
      toOne('consultation_id', 'consultation'),
    ],
  },
  {
    table: 'working_group',
    type: 'working-group',
    label: 'Arbeitskreis',
    columns: [text('name', 'name'), text('slug', 'slug'), text('topic', 'topic'), toMany('member_ids', 'members', 'Mitglieder'), toMany('meeting_ids', 'meetings', 'Treffen')],
  },
  {
    table: 'indicator_target',
    type: 'indicator-target',
    label: 'Zielwert',
    columns: [text('indicator', 'indicator'), text('period', 'period'), double('target', 'target', 'Zielwert')],
  },
];

const SQL_TYPES: Record<Exclude<ColumnKind, 'text' | 'json'>, string> = {
  integer: 'INTEGER',
  double: 'DOUBLE',
  decimal: 'DECIMAL(18,2)',
  boolean: 'BOOLEAN',
  date: 'DATE',
  datetime: 'TIMESTAMPTZ',
  list: 'VARCHAR[]',
};

const sourceOf = (column: Column) => `${column.relation ? 'r' : 'f'}."${column.attribute}"`;

/**
 * TRY_CAST: one value that cannot be typed (a date in the year 99999, a headcount of 1e20,
 * written past the CMS's validation) leaves that field empty instead of failing the whole
 * refresh; `unreadable_value` lists it as a data-quality finding.
 */
function typedValueSql(column: Column, kind: Exclude<ColumnKind, 'text' | 'json'>): string {
  const source = sourceOf(column);
  return kind === 'list' ? `TRY_CAST(${source} AS VARCHAR[])` : `TRY_CAST(NULLIF(${source}, '') AS ${SQL_TYPES[kind]})`;
}

function columnSql(column: Column): string {
  const source = sourceOf(column);
  switch (column.kind) {
    case 'text':
      return `${column.fallback ? `coalesce(NULLIF(${source}, ''), ${column.fallback})` : source} AS ${column.name}`;
    case 'json':
      return `${source} AS ${column.name}`;
    default:
      return `${typedValueSql(column, column.kind)} AS ${column.name}`;
  }
}

/** `json_transform` parses each record once; values arrive as text (lists and JSON as JSON) and are cast explicitly. */
function structure(columns: Column[]): string {
  const shape = Object.fromEntries(columns.map((c) => [c.attribute, c.kind === 'list' || c.kind === 'json' ? 'JSON' : 'VARCHAR']));
  return JSON.stringify(shape).replaceAll("'", "''");
}

/** The records of one type with their attributes parsed (`f` fields, `r` relations). */
function parsedRecordsSql(spec: TableSpec, extra = ''): string {
  const fields = spec.columns.filter((c) => !c.relation);
  const relations = spec.columns.filter((c) => c.relation);
  return `
      SELECT document_id, updated_at, published_at,${extra}
             json_transform(fields, '${structure(fields)}') AS f${
               relations.length > 0 ? `,\n             json_transform(relations, '${structure(relations)}') AS r` : ''
             }
      FROM raw_record
      WHERE type = '${spec.type}'${spec.published ? ' AND published_at IS NOT NULL' : ''}`;
}

export function tableSql(spec: TableSpec): string {
  const typed = `
    SELECT document_id, updated_at,${spec.published ? ' published_at,' : ''}
           ${spec.columns.map(columnSql).join(',\n           ')}
    FROM (${parsedRecordsSql(spec)}
    )`;
  const body = spec.derived ? `SELECT *, ${spec.derived.join(', ')} FROM (${typed})` : typed;
  return `CREATE TABLE ${spec.table} AS ${body}`;
}

const sqlText = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** Every value that is there but did not survive its TRY_CAST, with what a finding needs to name it. */
function unreadableValuesSql(spec: TableSpec): string | null {
  const checked = spec.columns.filter((c): c is Column & { kind: Exclude<ColumnKind, 'text' | 'json'> } => c.kind !== 'text' && c.kind !== 'json');
  if (checked.length === 0) return null;
  const recordName = "coalesce(json_extract_string(fields, '$.title'), json_extract_string(fields, '$.name'))";
  return checked
    .map((column) => {
      const source = sourceOf(column);
      const present = column.kind === 'list' ? `json_type(${source}) <> 'NULL'` : `${source} <> ''`;
      return `
    SELECT ${sqlText(spec.type)} AS type, ${sqlText(spec.label)} AS type_label, document_id, record_name,
           ${sqlText(column.attribute)} AS field, ${sqlText(column.label ?? column.attribute)} AS field_label,
           ${sqlText(column.kind)} AS kind,
           CAST(${source} AS VARCHAR) AS value
    FROM (${parsedRecordsSql(spec, ` ${recordName} AS record_name,`)}
    )
    WHERE ${source} IS NOT NULL AND ${present} AND ${typedValueSql(column, column.kind)} IS NULL`;
    })
    .join('\n    UNION ALL');
}

export const UNREADABLE_VALUE_TABLE = 'unreadable_value';

/** One typed table per content type, and the table of the values that could not be typed. */
export async function buildTypedTables(conn: DuckDBConnection): Promise<void> {
  for (const spec of TABLES) {
    try {
      await conn.run(tableSql(spec));
    } catch (error) {
      throw new LoadError('build', `${spec.table}: ${describeError(error)}`, `Die Datensätze vom Typ „${spec.label}“ konnten nicht eingelesen werden (Details im Protokoll).`, {
        cause: error,
      });
    }
  }
  const unreadable = TABLES.map(unreadableValuesSql).filter((sql): sql is string => sql !== null);
  try {
    await conn.run(`CREATE TABLE ${UNREADABLE_VALUE_TABLE} AS SELECT * FROM (${unreadable.join('\n    UNION ALL')}) ORDER BY type, document_id, field`);
  } catch (error) {
    throw new LoadError('build', `${UNREADABLE_VALUE_TABLE}: ${describeError(error)}`, 'Die Prüfung der Datensätze auf unlesbare Werte ist fehlgeschlagen (Details im Protokoll).', {
      cause: error,
    });
  }
}
