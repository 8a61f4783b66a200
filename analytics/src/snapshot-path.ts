import { join } from 'node:path';

export const SNAPSHOT_FILE = 'snapshot.duckdb';

export function snapshotPath(dataDir: string): string {
  return join(dataDir, SNAPSHOT_FILE);
}
