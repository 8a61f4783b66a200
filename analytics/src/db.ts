import { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';

/** JSON-compatible row value as returned by `getRowObjectsJson` (numbers only for INTEGER/DOUBLE). */
export type Cell = string | number | boolean | null | Cell[] | { [key: string]: Cell };
export type Row = Record<string, Cell>;
export type Params = Record<string, string | number | boolean | null>;

/**
 * Only built-in extensions exist offline; with auto-install off a missing one fails at once
 * instead of hanging on a download attempt.
 */
const BASE_OPTIONS = {
  autoinstall_known_extensions: 'false',
  autoload_known_extensions: 'false',
};

export async function openWritable(path: string, tempDirectory: string): Promise<DuckDBInstance> {
  return DuckDBInstance.create(path, { ...BASE_OPTIONS, temp_directory: tempDirectory });
}

export async function openReadOnly(path: string): Promise<DuckDBInstance> {
  return DuckDBInstance.create(path, { ...BASE_OPTIONS, access_mode: 'READ_ONLY' });
}

/**
 * Every session runs in UTC so that nothing depends on the machine's zone; conversions to the
 * Europe/Berlin calendar date are explicit in SQL.
 */
export async function connect(instance: DuckDBInstance): Promise<DuckDBConnection> {
  const conn = await instance.connect();
  await conn.run("SET TimeZone = 'UTC'");
  return conn;
}

/** A prepared statement rejects values for parameters it does not have (a stock has no `$from`). */
function usedParams(sql: string, params: Params): Params | undefined {
  const names = new Set(Array.from(sql.matchAll(/\$([A-Za-z_]\w*)/g), (m) => m[1]!));
  const used = Object.fromEntries(Object.entries(params).filter(([name]) => names.has(name)));
  return Object.keys(used).length > 0 ? used : undefined;
}

/** Runs a (prepared, when params are given) statement and returns rows as plain JSON values. */
export async function queryRows<T extends Row = Row>(
  conn: DuckDBConnection,
  sql: string,
  params?: Params,
): Promise<T[]> {
  const bound = params && usedParams(sql, params);
  const reader = bound ? await conn.runAndReadAll(sql, bound) : await conn.runAndReadAll(sql);
  return reader.getRowObjectsJson() as T[];
}

export async function queryOne<T extends Row = Row>(
  conn: DuckDBConnection,
  sql: string,
  params?: Params,
): Promise<T | undefined> {
  return (await queryRows<T>(conn, sql, params))[0];
}

export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

export function toNumberOrNull(value: Cell | undefined): number | null {
  if (value === null || value === undefined) return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}
