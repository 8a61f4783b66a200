import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { connect, openWritable } from '../db.js';
import { describeError, isDiskFull, LoadError } from '../errors.js';
import { formatNumberDe } from '../format.js';
import { snapshotPath } from '../snapshot-path.js';
import { buildBaseTables } from './base-tables.js';
import { downloadExport, type ExportFile, type FetchLike, scanExportFile } from './fetch-export.js';
import { loadRecords } from './load-records.js';
import { checkManifest } from './manifest.js';
import { runSanityChecks } from './sanity-checks.js';
import { writeSnapshotMeta } from './snapshot-meta.js';
import { buildTypedTables } from './typed-tables.js';

/** The CMS export endpoint with its API token, or a local NDJSON file (tests, benchmarks). */
export type ExportSource = { kind: 'url'; url: string; token: string } | { kind: 'file'; path: string };

export type RefreshStep = 'download' | 'load' | 'build' | 'check' | 'swap';

export interface RefreshProgress {
  step: RefreshStep;
  /** German, for the CLI's stderr */
  message: string;
}

export interface RefreshSummary {
  snapshotAt: string;
  loadedAt: string;
  path: string;
  records: Record<string, number>;
  totalRecords: number;
  bytes: number;
  durationsMs: Record<RefreshStep | 'total', number>;
}

export interface RefreshOptions {
  source: ExportSource;
  dataDir: string;
  fetchImpl?: FetchLike;
  onProgress?: (progress: RefreshProgress) => void;
  timeoutMs?: number;
  /** Runs after the new database is complete and closed, before it replaces the old one. */
  beforeSwap?: (tempDatabasePath: string) => Promise<void>;
  now?: () => Date;
}

const TEMP_PREFIXES = ['.export-', '.snapshot-', '.duckdb-tmp-'];
const STALE_AFTER_MS = 60 * 60 * 1000;

/** Leftovers of a crashed refresh (the process died before its own cleanup ran). */
async function removeStaleTempFiles(dataDir: string, now: number): Promise<void> {
  for (const name of await readdir(dataDir)) {
    if (!TEMP_PREFIXES.some((prefix) => name.startsWith(prefix))) continue;
    const path = join(dataDir, name);
    const info = await stat(path).catch(() => null);
    if (info && now - info.mtimeMs > STALE_AFTER_MS) await rm(path, { recursive: true, force: true });
  }
}

function formatMegabytes(bytes: number): string {
  return `${formatNumberDe(Math.round((bytes / 1_048_576) * 10) / 10)} MB`;
}

/**
 * Loads the export into a new DuckDB file and only then renames it over `snapshot.duckdb`;
 * whatever fails on the way leaves the previous snapshot in place and removes the temp files.
 */
export async function refreshSnapshot(options: RefreshOptions): Promise<RefreshSummary> {
  const { source, dataDir, onProgress = () => {}, now = () => new Date() } = options;
  const started = performance.now();
  const durations: Partial<Record<RefreshStep, number>> = {};
  const timed = async <T>(step: RefreshStep, message: string, work: () => Promise<T>): Promise<T> => {
    onProgress({ step, message });
    const t0 = performance.now();
    try {
      return await work();
    } finally {
      durations[step] = Math.round(performance.now() - t0);
    }
  };

  await mkdir(dataDir, { recursive: true });
  await removeStaleTempFiles(dataDir, now().getTime());
  const tag = `${process.pid}-${Date.now()}-${randomBytes(4).toString('hex')}`;
  const tempExport = join(dataDir, `.export-${tag}.ndjson`);
  const tempDatabase = join(dataDir, `.snapshot-${tag}.duckdb`);
  const tempDirectory = join(dataDir, `.duckdb-tmp-${tag}`);
  const target = snapshotPath(dataDir);

  let instance: DuckDBInstance | undefined;
  let conn: DuckDBConnection | undefined;
  const closeDatabase = () => {
    conn?.closeSync();
    instance?.closeSync();
    conn = undefined;
    instance = undefined;
  };

  try {
    const exportFile: ExportFile = await timed('download', 'Export wird aus dem CMS geladen …', () =>
      source.kind === 'url'
        ? downloadExport({
            url: source.url,
            token: source.token,
            destPath: tempExport,
            fetchImpl: options.fetchImpl ?? fetch,
            timeoutMs: options.timeoutMs ?? 10 * 60 * 1000,
          })
        : scanExportFile(source.path),
    );
    onProgress({ step: 'download', message: `Export vollständig: ${formatMegabytes(exportFile.bytes)}, ${formatNumberDe(exportFile.framing.count)} Datensätze.` });
    const ndjsonPath = source.kind === 'url' ? tempExport : source.path;

    const counts = await timed('load', 'Datensätze werden eingelesen …', async () => {
      checkManifest(exportFile.framing.manifest);
      instance = await openWritable(tempDatabase, tempDirectory);
      conn = await connect(instance);
      return loadRecords(conn, ndjsonPath, exportFile.framing);
    });
    await timed('build', 'Tabellen und Kennzahlenbasis werden aufgebaut …', async () => {
      await buildTypedTables(conn!);
      await buildBaseTables(conn!);
    });
    const loadedAt = now();
    await timed('check', 'Plausibilitätsprüfung …', async () => {
      await runSanityChecks(conn!);
      await writeSnapshotMeta(conn!, exportFile.framing, counts, loadedAt);
      await conn!.run('DROP TABLE raw_record');
      await conn!.run('CHECKPOINT');
      closeDatabase();
    });
    await timed('swap', 'Neuer Datenstand wird aktiviert …', async () => {
      await options.beforeSwap?.(tempDatabase);
      await rename(tempDatabase, target);
    });

    const totalRecords = Object.values(counts).reduce((sum, n) => sum + n, 0);
    return {
      snapshotAt: exportFile.framing.exportedAt,
      loadedAt: loadedAt.toISOString(),
      path: target,
      records: counts,
      totalRecords,
      bytes: exportFile.bytes,
      durationsMs: {
        download: durations.download ?? 0,
        load: durations.load ?? 0,
        build: durations.build ?? 0,
        check: durations.check ?? 0,
        swap: durations.swap ?? 0,
        total: Math.round(performance.now() - started),
      },
    };
  } catch (error) {
    if (error instanceof LoadError) throw error;
    if (isDiskFull(error)) {
      throw new LoadError('build', describeError(error), 'Auf dem Server ist nicht genug Speicherplatz frei, um die Daten zu laden.', {
        cause: error,
      });
    }
    const step = (Object.keys(durations).at(-1) ?? 'build') as RefreshStep;
    throw new LoadError(step === 'swap' ? 'swap' : 'build', describeError(error), 'Die Daten konnten nicht geladen werden (interner Fehler, Details im Protokoll).', {
      cause: error,
    });
  } finally {
    closeDatabase();
    await Promise.all(
      [tempExport, tempDatabase, `${tempDatabase}.wal`, tempDirectory].map((path) => rm(path, { recursive: true, force: true })),
    );
  }
}
