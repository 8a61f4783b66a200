import type { DuckDBConnection } from '@duckdb/node-api';

/** A record a check found, with a German sentence saying what is wrong with it. */
export interface QualityFinding {
  id: string;
  name: string;
  message: string;
  /** for a value that could not be typed: the content type, attribute and raw value */
  type?: string;
  field?: string;
  value?: string;
}

export interface QualityCheck {
  id: string;
  title: string;
  /** German: why it matters for the figures */
  description: string;
  run(conn: DuckDBConnection): Promise<QualityFinding[]>;
}
