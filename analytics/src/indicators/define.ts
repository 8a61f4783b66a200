import { DIMENSION, type Dimension, INDICATOR_CATALOGUE, type IndicatorId, type IndicatorKind } from '@verbund/domain';

export type { Dimension, IndicatorKind } from '@verbund/domain';
export const DIMENSIONS = DIMENSION.values;

/** A breakdown key expression over the indicator's rows, or its own rows when the key needs them (unnest). */
export type BreakdownSpec = string | { key: string; source: string };

/** An indicator's computation; its name, kind and unit come from the domain catalogue. */
export interface IndicatorSpec {
  id: IndicatorId;
  definition: string;
  /** `FROM … WHERE …` with the `$from`/`$to` parameters: the rows the value aggregates */
  source: string;
  /** aggregate over `source`; a share's is NULL when there are no rows */
  value: string;
  breakdowns?: Partial<Record<Dimension, BreakdownSpec>>;
  /** the records that make up the value, so that a frozen figure can be explained later */
  contributions: ContributionSpec;
}

/**
 * How to list the records behind an indicator's value: one row per record (`SELECT DISTINCT`, so
 * rows that repeat a record, as in a count of distinct organisations, list it once). Their amounts
 * add up to the value; a share's records are its denominator, and those meeting `numerator` are
 * listed once more as its numerator.
 */
export interface ContributionSpec {
  /** short content type of the records (`organisation`), or `district` for districts reached */
  type: string;
  /** the record's document id (or key) */
  id: string;
  /** German name or title of the record */
  name: string;
  /** what one record adds: 1 for a counted record (the default), its headcount for a sum */
  amount?: string;
  /** shares only: a denominator record that also counts in the numerator */
  numerator?: string;
  /** its own rows where the value's rows need a filter the aggregate applies (districts) */
  source?: string;
  /** names are keys of this label list */
  labels?: Readonly<Record<string, string>>;
}

export interface Indicator {
  id: IndicatorId;
  name: string;
  kind: IndicatorKind;
  unit: string;
  definition: string;
  dimensions: Dimension[];
  /** one row, one column `value` (DOUBLE); parameters `$from`, `$to` (dates) */
  sql: string;
  /** rows `document_id`, `name`, `role`, `amount` (DOUBLE); parameters `$from`, `$to` */
  contributionSql: string;
  /** the records' content type and, where names are keys, their labels */
  contributionType: string;
  contributionLabels?: Readonly<Record<string, string>>;
  /** rows `key` (VARCHAR), `value` (DOUBLE) for a dimension listed in `dimensions` */
  breakdownSql: Partial<Record<Dimension, string>>;
}

function contributionSql(spec: IndicatorSpec, kind: IndicatorKind): string {
  const c = spec.contributions;
  const numerator = c.numerator ?? 'false';
  const records = `SELECT DISTINCT CAST(${c.id} AS VARCHAR) AS document_id, CAST(${c.name} AS VARCHAR) AS name,
      CAST(${c.amount ?? '1'} AS DOUBLE) AS amount, coalesce(${numerator}, false) AS in_numerator
    ${c.source ?? spec.source}`;
  const rows =
    kind === 'share'
      ? `SELECT document_id, name, 'denominator' AS role, amount FROM records
         UNION ALL SELECT document_id, name, 'numerator' AS role, amount FROM records WHERE in_numerator`
      : `SELECT document_id, name, 'value' AS role, amount FROM records`;
  return `WITH records AS (${records}) SELECT * FROM (${rows}) ORDER BY role DESC, name, document_id`;
}

export function defineIndicator(spec: IndicatorSpec): Indicator {
  const breakdowns = spec.breakdowns ?? {};
  const breakdownSql: Partial<Record<Dimension, string>> = {};
  for (const dimension of DIMENSIONS) {
    const breakdown = breakdowns[dimension];
    if (breakdown === undefined) continue;
    const { key, source } = typeof breakdown === 'string' ? { key: breakdown, source: spec.source } : breakdown;
    breakdownSql[dimension] = `SELECT CAST(${key} AS VARCHAR) AS key, CAST(${spec.value} AS DOUBLE) AS value ${source} GROUP BY 1`;
  }
  const { name, kind, unit } = INDICATOR_CATALOGUE[spec.id];
  if ((kind === 'share') !== (spec.contributions.numerator !== undefined)) {
    throw new Error(`${spec.id}: a share's contributions need a numerator condition, and only a share's`);
  }
  return {
    id: spec.id,
    name,
    kind,
    unit,
    definition: spec.definition,
    dimensions: DIMENSIONS.filter((d) => d in breakdownSql),
    sql: `SELECT CAST(${spec.value} AS DOUBLE) AS value ${spec.source}`,
    contributionSql: contributionSql(spec, kind),
    contributionType: spec.contributions.type,
    ...(spec.contributions.labels ? { contributionLabels: spec.contributions.labels } : {}),
    breakdownSql,
  };
}

/** Stock measured on the period's last day: `partnerSince ≤ to` and (`partnerUntil` empty or `≥ to`). */
export const PARTNER_ROWS = `FROM org o
  WHERE o.partner_since <= $to AND (o.partner_until IS NULL OR o.partner_until >= $to)`;

/** Organisations with their interactions in the period, one row each. */
export const REACHED_ROWS = `FROM (
    SELECT organisation_id, any_value(org_name) AS org_name, any_value(org_type) AS org_type, any_value(size_key) AS size_key,
           any_value(district) AS district, count(*) AS interactions
    FROM interaction
    WHERE interaction_date BETWEEN $from AND $to
    GROUP BY organisation_id
  ) r`;

export const ORG_BREAKDOWNS = (alias: string, typeColumn = 'type') => ({
  district: `${alias}.district`,
  organisation_type: `${alias}.${typeColumn}`,
  size_class: `${alias}.size_key`,
});

/** A date as the German calendar day, for record names. */
export const dateDe = (column: string) => `strftime(${column}, '%d.%m.%Y')`;

/** Organisations named by their own name. */
export const ORGANISATION_CONTRIBUTIONS = (alias: string, id = 'document_id', name = 'name'): ContributionSpec => ({
  type: 'organisation',
  id: `${alias}.${id}`,
  name: `${alias}.${name}`,
});
