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
  /** rows `key` (VARCHAR), `value` (DOUBLE) for a dimension listed in `dimensions` */
  breakdownSql: Partial<Record<Dimension, string>>;
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
  return {
    id: spec.id,
    name,
    kind,
    unit,
    definition: spec.definition,
    dimensions: DIMENSIONS.filter((d) => d in breakdownSql),
    sql: `SELECT CAST(${spec.value} AS DOUBLE) AS value ${spec.source}`,
    breakdownSql,
  };
}

/** Stock measured on the period's last day: `partnerSince ≤ to` and (`partnerUntil` empty or `≥ to`). */
export const PARTNER_ROWS = `FROM org o
  WHERE o.partner_since <= $to AND (o.partner_until IS NULL OR o.partner_until >= $to)`;

/** Organisations with their interactions in the period, one row each. */
export const REACHED_ROWS = `FROM (
    SELECT organisation_id, any_value(org_type) AS org_type, any_value(size_key) AS size_key,
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
