import { stat } from 'node:fs/promises';
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { connect, openReadOnly } from './db.js';
import { NoSnapshotError } from './errors.js';
import { snapshotPath } from './snapshot-path.js';

interface OpenSnapshot {
  instance: DuckDBInstance;
  /** identity of the file this instance opened: a refresh renames a new file over the path */
  fileId: string;
  leases: number;
  retired: boolean;
  closed: boolean;
}

export { snapshotPath };

async function fileId(path: string): Promise<string | null> {
  const info = await stat(path).catch(() => null);
  return info ? `${info.dev}:${info.ino}:${info.mtimeMs}` : null;
}

/**
 * The current snapshot, opened read-only. Each use checks whether the file was swapped (by this
 * process or by a CLI refresh) and then opens the new file; the old instance closes once its
 * running queries are done.
 */
export class SnapshotStore {
  readonly path: string;
  private current: OpenSnapshot | null = null;
  private opening: Promise<OpenSnapshot> | null = null;

  constructor(dataDir: string) {
    this.path = snapshotPath(dataDir);
  }

  async exists(): Promise<boolean> {
    return (await fileId(this.path)) !== null;
  }

  /** Identity of the snapshot file now on disk (null without one): changes with every refresh. */
  version(): Promise<string | null> {
    return fileId(this.path);
  }

  async withConnection<T>(work: (conn: DuckDBConnection) => Promise<T>): Promise<T> {
    const snapshot = await this.acquire();
    snapshot.leases += 1;
    let conn: DuckDBConnection | undefined;
    try {
      conn = await connect(snapshot.instance);
      return await work(conn);
    } finally {
      conn?.closeSync();
      snapshot.leases -= 1;
      this.closeIfUnused(snapshot);
    }
  }

  /** Drops the open instance so that the next use opens the file anew. */
  reopen(): void {
    if (this.current) this.retire(this.current);
    this.current = null;
  }

  close(): void {
    this.reopen();
  }

  private async acquire(): Promise<OpenSnapshot> {
    const id = await fileId(this.path);
    if (id === null) throw new NoSnapshotError(this.path);
    if (this.current && this.current.fileId === id) return this.current;
    if (!this.opening) {
      this.opening = (async () => {
        try {
          const instance = await openReadOnly(this.path);
          const opened: OpenSnapshot = { instance, fileId: id, leases: 0, retired: false, closed: false };
          if (this.current) this.retire(this.current);
          this.current = opened;
          return opened;
        } finally {
          this.opening = null;
        }
      })();
    }
    return this.opening;
  }

  private retire(snapshot: OpenSnapshot): void {
    snapshot.retired = true;
    this.closeIfUnused(snapshot);
  }

  private closeIfUnused(snapshot: OpenSnapshot): void {
    if (snapshot.retired && snapshot.leases === 0 && !snapshot.closed) {
      snapshot.closed = true;
      snapshot.instance.closeSync();
    }
  }
}
