import type { DuckDBConnection } from '@duckdb/node-api';
import {
  DISTRICT,
  EVENT_TYPE,
  FORMAT_LABELS,
  labelFor,
  ORGANISATION_TYPE,
  SIZE_KEY_LABELS,
  TOPIC,
} from '@verbund/domain';
import { queryRows, toNumberOrNull } from '../db.js';
import { InvalidQueryError } from '../errors.js';
import { DIMENSIONS, type Dimension, getIndicator } from './index.js';

export interface BreakdownRow {
  key: string | null;
  label: string;
  value: number | null;
}

const LABELS: Record<Dimension, Readonly<Record<string, string>>> = {
  district: DISTRICT.labels,
  organisation_type: ORGANISATION_TYPE.labels,
  size_class: SIZE_KEY_LABELS,
  topic: TOPIC.labels,
  event_type: EVENT_TYPE.labels,
  format: FORMAT_LABELS,
};

export function parseDimension(value: string | null | undefined): Dimension {
  const dimension = DIMENSIONS.find((d) => d === value);
  if (!dimension) {
    throw new InvalidQueryError(
      value
        ? `Unbekannte Aufschlüsselung „${value}“ (erlaubt: ${DIMENSIONS.join(', ')}).`
        : `Bitte eine Aufschlüsselung angeben (Parameter by: ${DIMENSIONS.join(', ')}).`,
    );
  }
  return dimension;
}

/** The indicator split by one dimension; largest groups first. Shares are computed within each group. */
export async function computeBreakdown(
  conn: DuckDBConnection,
  id: string,
  by: string,
  from: string,
  to: string,
): Promise<BreakdownRow[]> {
  const indicator = getIndicator(id);
  const dimension = parseDimension(by);
  const sql = indicator.breakdownSql[dimension];
  if (!sql) {
    throw new InvalidQueryError(
      indicator.dimensions.length > 0
        ? `Die Kennzahl „${indicator.name}“ lässt sich nicht nach „${dimension}“ aufschlüsseln (möglich: ${indicator.dimensions.join(', ')}).`
        : `Die Kennzahl „${indicator.name}“ lässt sich nicht aufschlüsseln.`,
    );
  }
  const rows = await queryRows<{ key: string | null; value: number | null }>(
    conn,
    `SELECT key, value FROM (${sql}) ORDER BY value DESC NULLS LAST, key NULLS LAST`,
    { from, to },
  );
  return rows.map((row) => ({ key: row.key, label: labelFor(LABELS[dimension], row.key), value: toNumberOrNull(row.value) }));
}
