import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { computeIndicators } from '../indicators/compute.js';
import { EXPORT_FORMAT_VERSION } from '../loader/framing.js';
import type { ExportManifest } from '../loader/manifest.js';
// The manifest the CMS writes today; cms/tests/analytics-robustness.test.ts keeps it equal to the real export's.
import manifestJson from './export-manifest.json' with { type: 'json' };

export const EXPORT_MANIFEST: ExportManifest = manifestJson;
import { refreshSnapshot, type RefreshSummary } from '../loader/refresh-snapshot.js';
import { SnapshotStore } from '../snapshot.js';

/** One export line as the CMS writes it (see docs/export-format.md). */
export interface ExportRecord {
  type: string;
  documentId: string;
  publishedAt?: string | null;
  updatedAt?: string;
  fields?: Record<string, unknown>;
  relations?: Record<string, unknown>;
}

const DRAFT_AND_PUBLISH = new Set(['press-release', 'event', 'course-offer', 'course-run']);
export const EXPORTED_AT = '2026-11-25T08:15:00.000Z';

export function line(record: ExportRecord): string {
  return JSON.stringify({
    type: record.type,
    documentId: record.documentId,
    createdAt: '2021-10-01T08:00:00.000Z',
    updatedAt: record.updatedAt ?? '2021-10-01T08:00:00.000Z',
    publishedAt: record.publishedAt !== undefined ? record.publishedAt : DRAFT_AND_PUBLISH.has(record.type) ? '2021-10-01T08:00:00.000Z' : null,
    fields: record.fields ?? {},
    relations: record.relations ?? {},
  });
}

/** A complete export with `_meta` and `_end` framing around the records. */
export function exportNdjson(records: ExportRecord[], exportedAt = EXPORTED_AT, manifest: ExportManifest = EXPORT_MANIFEST): string {
  const counts: Record<string, number> = {};
  for (const r of records) counts[r.type] = (counts[r.type] ?? 0) + 1;
  return [
    JSON.stringify({ type: '_meta', formatVersion: EXPORT_FORMAT_VERSION, exportedAt, manifest }),
    ...records.map(line),
    JSON.stringify({ type: '_end', count: records.length, counts }),
  ].join('\n') + '\n';
}

/** The demo network's term: project years start on 1 November. */
export const project = (fields: Record<string, unknown> = {}): ExportRecord => ({
  type: 'funding-project',
  documentId: 'project',
  fields: {
    name: 'Kooperative Weiterbildung Südostniedersachsen',
    shortName: 'KoWeiSON',
    fundingProgramme: 'Aufbau von Weiterbildungsverbünden',
    funder: 'BMAS',
    grantReference: 'WBV-0815',
    grantAmountEur: 1234567.89,
    startsOn: '2021-11-01',
    endsOn: '2024-10-31',
    region: 'Braunschweig–Wolfsburg',
    ...fields,
  },
});

export const organisation = (documentId: string, fields: Record<string, unknown>): ExportRecord => ({
  type: 'organisation',
  documentId,
  fields: { name: documentId, slug: documentId, district: 'braunschweig', sizeClass: null, partnerSince: null, partnerUntil: null, ...fields },
});

export interface LoadedFixture {
  dataDir: string;
  summary: RefreshSummary;
  store: SnapshotStore;
  query<T>(work: (conn: DuckDBConnection) => Promise<T>): Promise<T>;
  cleanup(): Promise<void>;
}

export async function writeExportFile(dir: string, records: ExportRecord[], name = 'export.ndjson'): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, exportNdjson(records));
  return path;
}

/** Writes the records as an export file and loads it through the real loader into a temp dir. */
export async function loadFixture(records: ExportRecord[]): Promise<LoadedFixture> {
  const dataDir = await mkdtemp(join(tmpdir(), 'analytics-test-'));
  const path = await writeExportFile(dataDir, records);
  const summary = await refreshSnapshot({ source: { kind: 'file', path }, dataDir });
  const store = new SnapshotStore(dataDir);
  return {
    dataDir,
    summary,
    store,
    query: (work) => store.withConnection(work),
    cleanup: async () => {
      store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** All indicator values for a period, by id. */
export async function indicatorValues(fixture: LoadedFixture, from: string, to: string): Promise<Record<string, number | null>> {
  const values = await fixture.query((conn) => computeIndicators(conn, from, to));
  return Object.fromEntries(values.map((v) => [v.id, v.value]));
}
