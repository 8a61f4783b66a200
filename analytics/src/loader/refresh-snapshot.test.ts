import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { queryRows } from '../db.js';
import { LoadError } from '../errors.js';
import { computeIndicators } from '../indicators/compute.js';
import { SnapshotStore } from '../snapshot.js';
import { EXPORT_MANIFEST, EXPORTED_AT, type ExportRecord, exportNdjson, line, organisation, project } from '../test-support/fixture.js';
import { readSnapshotMeta } from './snapshot-meta.js';
import { refreshSnapshot } from './refresh-snapshot.js';
import { buildTypedTables, UNREADABLE_VALUE_TABLE } from './typed-tables.js';

/** Snapshot A has one partner; snapshot B (the attempted refresh) would have two. */
const recordsA: ExportRecord[] = [project(), organisation('a', { type: 'company', sizeClass: 'micro', partnerSince: '2021-11-01' })];
const recordsB: ExportRecord[] = [...recordsA, organisation('b', { type: 'chamber', partnerSince: '2021-11-01' })];

let dir: string;
let dataDir: string;
let store: SnapshotStore;

const partnersIn2022 = async () =>
  store.withConnection(async (conn) => (await computeIndicators(conn, '2022-01-01', '2022-12-31')).find((v) => v.id === 'partners')!.value);
const hash = async (path: string) => createHash('sha256').update(await readFile(path)).digest('hex');

async function writeExport(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

async function expectLoadError(promise: Promise<unknown>, step: string, userText: string): Promise<LoadError> {
  const error = await promise.then(
    () => {
      throw new Error('refresh should have failed');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LoadError);
  expect((error as LoadError).step).toBe(step);
  expect((error as LoadError).userMessage).toContain(userText);
  return error as LoadError;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'analytics-loader-'));
  dataDir = join(dir, 'data');
  store = new SnapshotStore(dataDir);
});
afterAll(async () => {
  store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('refreshSnapshot from a file', () => {
  it('loads typed tables, base tables and snapshot meta, and reports what it did', async () => {
    const progress: string[] = [];
    const summary = await refreshSnapshot({
      source: { kind: 'file', path: await writeExport('a.ndjson', exportNdjson(recordsA)) },
      dataDir,
      onProgress: (p) => progress.push(p.step),
    });
    expect(summary).toMatchObject({ snapshotAt: EXPORTED_AT, records: { 'funding-project': 1, organisation: 1 }, totalRecords: 2 });
    expect(summary.bytes).toBeGreaterThan(0);
    expect(Object.keys(summary.durationsMs)).toEqual(['download', 'load', 'build', 'check', 'swap', 'total']);
    expect(new Set(progress)).toEqual(new Set(['download', 'load', 'build', 'check', 'swap']));
    expect(await partnersIn2022()).toBe(1);

    await store.withConnection(async (conn) => {
      expect(await readSnapshotMeta(conn)).toMatchObject({ snapshotAt: EXPORTED_AT, counts: { 'funding-project': 1, organisation: 1 } });
      const types = await queryRows(conn, `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'organisation' AND column_name LIKE 'partner%'`);
      expect(types).toEqual([
        { column_name: 'partner_since', data_type: 'DATE' },
        { column_name: 'partner_until', data_type: 'DATE' },
      ]);
      const tables = await queryRows(conn, `SELECT count(*)::INTEGER AS n FROM information_schema.tables WHERE table_name = 'raw_record'`);
      expect(tables[0]!.n).toBe(0);
    });
    expect((await readdir(dataDir)).sort()).toEqual(['snapshot.duckdb']);
  });

  it('loads a record whose value does not cast with that field empty, and lists the value', async () => {
    const path = await writeExport('date.ndjson', exportNdjson([...recordsA, organisation('b', { type: 'chamber', partnerSince: '31.12.2022' })]));
    const summary = await refreshSnapshot({ source: { kind: 'file', path }, dataDir });
    expect(summary.records.organisation).toBe(2);
    await store.withConnection(async (conn) => {
      expect(await queryRows(conn, `SELECT document_id, partner_since FROM organisation ORDER BY document_id`)).toEqual([
        { document_id: 'a', partner_since: '2021-11-01' },
        { document_id: 'b', partner_since: null },
      ]);
      expect(await queryRows(conn, `SELECT type, document_id, field, field_label, kind, value FROM ${UNREADABLE_VALUE_TABLE}`)).toEqual([
        { type: 'organisation', document_id: 'b', field: 'partnerSince', field_label: 'Verbundpartner seit', kind: 'date', value: '31.12.2022' },
      ]);
    });
  });
});

describe('a failure inside the typed build', () => {
  it('tells the user in German which type failed and keeps the database text for the log', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const conn = await instance.connect();
    try {
      // No raw_record table: DuckDB answers with a catalog error naming SQL objects.
      const error = await buildTypedTables(conn).then(
        () => null,
        (e: unknown) => e as LoadError,
      );
      expect(error).toBeInstanceOf(LoadError);
      expect(error!.userMessage).toBe(
        'Die Datensätze vom Typ „Förderprojekt“ konnten nicht eingelesen werden (Details im Protokoll). Die bisher geladenen Kennzahlen bleiben unverändert.',
      );
      expect(error!.message).toMatch(/funding_project: Catalog Error: .*raw_record/);
    } finally {
      conn.closeSync();
      instance.closeSync();
    }
  });
});

describe('a failed refresh leaves the previous snapshot untouched', () => {
  let before: string;

  beforeEach(async () => {
    await refreshSnapshot({ source: { kind: 'file', path: await writeExport('a.ndjson', exportNdjson(recordsA)) }, dataDir });
    before = await hash(join(dataDir, 'snapshot.duckdb'));
    expect(await partnersIn2022()).toBe(1);
  });

  async function expectUnchanged(): Promise<void> {
    expect(await hash(join(dataDir, 'snapshot.duckdb'))).toBe(before);
    expect(await partnersIn2022()).toBe(1);
    expect(await readdir(dataDir)).toEqual(['snapshot.duckdb']);
  }

  it('on a broken JSON line', async () => {
    const lines = exportNdjson(recordsB).split('\n');
    lines[2] = '{"type":"organisation","documentId":"b", broken';
    const path = await writeExport('broken.ndjson', lines.join('\n'));
    await expectLoadError(refreshSnapshot({ source: { kind: 'file', path }, dataDir }), 'parse', 'Zeile 3');
    await expectUnchanged();
  });

  it('on a missing _end (cut-off export)', async () => {
    const text = exportNdjson(recordsB).split('\n').slice(0, -2).join('\n');
    const path = await writeExport('cut.ndjson', text);
    await expectLoadError(refreshSnapshot({ source: { kind: 'file', path }, dataDir }), 'framing', '_end fehlt');
    await expectUnchanged();
  });

  it('on counts that differ from _end', async () => {
    const text = exportNdjson(recordsB).replace('"organisation":2', '"organisation":3').replace('"count":3', '"count":4');
    const path = await writeExport('counts.ndjson', text);
    await expectLoadError(refreshSnapshot({ source: { kind: 'file', path }, dataDir }), 'framing', 'organisation: 2 statt 3');
    await expectUnchanged();
  });

  it('on failed sanity checks: no funding project, duplicate documentIds', async () => {
    const noProject = await writeExport('np.ndjson', exportNdjson(recordsA.slice(1)));
    await expectLoadError(refreshSnapshot({ source: { kind: 'file', path: noProject }, dataDir }), 'sanity', 'kein Förderprojekt');
    const duplicate = await writeExport('dup.ndjson', exportNdjson([...recordsA, recordsA[1]!]));
    await expectLoadError(refreshSnapshot({ source: { kind: 'file', path: duplicate }, dataDir }), 'sanity', 'doppelt (organisation a)');
    await expectUnchanged();
  });

  it('on a field the loader computes with that the CMS renamed: the refresh names it instead of loading an empty column', async () => {
    // As the CMS exports after `partnerUntil` was renamed to `partnerEnd` in the schema.
    const { partnerUntil, ...organisationAttributes } = EXPORT_MANIFEST.organisation!;
    const renamed = { ...EXPORT_MANIFEST, organisation: { ...organisationAttributes, partnerEnd: partnerUntil! } };
    const records = recordsB.map((r) => {
      if (r.type !== 'organisation') return r;
      const { partnerUntil: end, ...fields } = r.fields!;
      return { ...r, fields: { ...fields, partnerEnd: end } };
    });
    const path = await writeExport('renamed.ndjson', exportNdjson(records, EXPORTED_AT, renamed));
    const error = await expectLoadError(
      refreshSnapshot({ source: { kind: 'file', path }, dataDir }),
      'manifest',
      '„Organisation“: Das Feld „partnerUntil“ (Verbundpartner bis) fehlt.',
    );
    expect(error.message).toContain('organisation.partnerUntil: missing');
    await expectUnchanged();
  });

  it('on a field of another type and a to-one relation that became to-many', async () => {
    const retyped = {
      ...EXPORT_MANIFEST,
      'course-offer': { ...EXPORT_MANIFEST['course-offer'], dqrLevel: { type: 'string' } },
      'course-participation': { ...EXPORT_MANIFEST['course-participation'], courseRun: { type: 'relation', relation: 'manyToMany' } },
    };
    const path = await writeExport('retyped.ndjson', exportNdjson(recordsB, EXPORTED_AT, retyped));
    const error = await expectLoadError(refreshSnapshot({ source: { kind: 'file', path }, dataDir }), 'manifest', 'die Auswertung erwartet Ganzzahl');
    expect(error.userMessage).toContain('„courseRun“ hat den Typ relation (manyToMany), die Auswertung erwartet eine Verknüpfung zu einem');
    await expectUnchanged();
  });

  it('on a failure after the new database is complete but before the rename', async () => {
    const path = await writeExport('b.ndjson', exportNdjson(recordsB));
    let tempFile = '';
    const error = await refreshSnapshot({
      source: { kind: 'file', path },
      dataDir,
      beforeSwap: async (temp) => {
        tempFile = temp;
        throw Object.assign(new Error('ENOSPC: no space left on device, rename'), { code: 'ENOSPC' });
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as LoadError).userMessage).toContain('nicht genug Speicherplatz');
    expect(tempFile).toMatch(/\.snapshot-.*\.duckdb$/);
    await expectUnchanged();
  });

  it('and a successful refresh swaps in the new data for an open store', async () => {
    const path = await writeExport('b.ndjson', exportNdjson(recordsB));
    await refreshSnapshot({ source: { kind: 'file', path }, dataDir });
    expect(await partnersIn2022()).toBe(2);
  });
});

describe('refreshSnapshot from the CMS', () => {
  const url = 'http://cms.test/api/verbund/export';

  /** Streams the body in small pieces, optionally failing after the first ones. */
  function streamingFetch(text: string, options: { status?: number; failAfter?: number } = {}) {
    const calls: Array<{ url: string; authorization: string | null }> = [];
    const impl = (async (input: string | URL | Request, init?: RequestInit) => {
      calls.push({ url: String(input), authorization: new Headers(init?.headers).get('authorization') });
      const bytes = Buffer.from(text);
      let offset = 0;
      let pulls = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          pulls += 1;
          if (options.failAfter !== undefined && pulls > options.failAfter) {
            controller.error(new Error('socket hang up'));
            return;
          }
          if (offset >= bytes.length) {
            controller.close();
            return;
          }
          controller.enqueue(bytes.subarray(offset, offset + 50));
          offset += 50;
        },
      });
      return new Response(body, { status: options.status ?? 200 });
    }) as typeof fetch;
    return { impl, calls };
  }

  beforeEach(async () => {
    await refreshSnapshot({ source: { kind: 'file', path: await writeExport('a.ndjson', exportNdjson(recordsA)) }, dataDir });
  });

  it('streams the export with the API token and loads it', async () => {
    const { impl, calls } = streamingFetch(exportNdjson(recordsB));
    const summary = await refreshSnapshot({ source: { kind: 'url', url, token: 'export-token' }, dataDir, fetchImpl: impl });
    expect(calls).toEqual([{ url, authorization: 'Bearer export-token' }]);
    expect(summary.totalRecords).toBe(3);
    expect(await partnersIn2022()).toBe(2);
    expect(await readdir(dataDir)).toEqual(['snapshot.duckdb']);
  });

  it('fails with a German message on HTTP 401 and keeps the old snapshot', async () => {
    const { impl } = streamingFetch('Unauthorized', { status: 401 });
    await expectLoadError(refreshSnapshot({ source: { kind: 'url', url, token: 'wrong' }, dataDir, fetchImpl: impl }), 'download', 'API-Token');
    expect(await partnersIn2022()).toBe(1);
  });

  it('fails when the connection breaks mid-stream and removes the partial download', async () => {
    const { impl } = streamingFetch(exportNdjson(recordsB), { failAfter: 3 });
    await expectLoadError(refreshSnapshot({ source: { kind: 'url', url, token: 't' }, dataDir, fetchImpl: impl }), 'download', 'abgebrochen');
    expect(await readdir(dataDir)).toEqual(['snapshot.duckdb']);
    expect(await partnersIn2022()).toBe(1);
  });

  it('fails when the CMS is unreachable', async () => {
    const impl = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    await expectLoadError(refreshSnapshot({ source: { kind: 'url', url, token: 't' }, dataDir, fetchImpl: impl }), 'download', 'nicht erreichbar');
    expect(await partnersIn2022()).toBe(1);
  });

  it('rejects an export whose last line is a record (cut off at a line boundary)', async () => {
    const text = exportNdjson(recordsB).split('\n').slice(0, -2).join('\n') + '\n';
    const { impl } = streamingFetch(text);
    await expectLoadError(refreshSnapshot({ source: { kind: 'url', url, token: 't' }, dataDir, fetchImpl: impl }), 'framing', '_end fehlt');
    expect(await readdir(dataDir)).toEqual(['snapshot.duckdb']);
  });

  it('writes the line format the fixtures use', () => {
    expect(JSON.parse(line(recordsA[1]!))).toMatchObject({ type: 'organisation', documentId: 'a', publishedAt: null });
  });
});
