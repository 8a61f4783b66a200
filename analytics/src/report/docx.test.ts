import { inflateSync } from 'node:zlib';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import {
  type CatalogueResponse,
  type IndicatorsResponse,
  indicatorsResponse,
  reportVersion,
  type ReportVersion,
  type SeriesResponse,
} from '@verbund/domain/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePeriod } from '../periods.js';
import type { ReportStore } from '../reports/store.js';
import { readFundingProject } from '../project.js';
import { type ExportRecord, type LoadedFixture, loadFixture, organisation, project } from '../test-support/fixture.js';
import { listenOnSnapshot } from '../test-support/http-server.js';
import { BAR_COLOR, drawBarChart, TARGET_COLOR } from './bar-chart.js';
import { formatIndicatorValue, writeDocx } from './docx.js';
import { collectSachberichtData, HEADLINE_INDICATORS } from './sachbericht-data.js';

const TOKEN = 'docx-report-admin';

/**
 * Project year 1 (01.11.2021–31.10.2022): partners a (micro, from November 2021) and b (large,
 * from March 2022) → 2 of a target of 4; KMU share 1/2 of 80 %; 1 234 consultations of a in
 * February 2022; u without size class is a quality finding.
 */
const records: ExportRecord[] = [
  project(),
  organisation('a', { name: 'Acme GmbH', type: 'company', sizeClass: 'micro', partnerSince: '2021-11-15' }),
  organisation('b', { name: 'Big AG', type: 'company', sizeClass: 'large', partnerSince: '2022-03-01' }),
  organisation('u', { name: 'Unbekannt KG', type: 'company', sizeClass: 'unknown' }),
  { type: 'indicator-target', documentId: 't1', fields: { indicator: 'partners', period: 'project_year_1', target: 4 } },
  { type: 'indicator-target', documentId: 't2', fields: { indicator: 'sme_partner_share', period: 'project_year_1', target: 0.8 } },
  ...Array.from({ length: 1234 }, (_, i) => ({
    type: 'consultation',
    documentId: `k${i}`,
    fields: { date: '2022-02-01', topics: ['digitalisation'] },
    relations: { organisation: 'a' },
  })),
];

let fixture: LoadedFixture;
let server: Awaited<ReturnType<typeof listenOnSnapshot>>;

beforeAll(async () => {
  fixture = await loadFixture(records);
  server = await listenOnSnapshot(fixture.store, { adminToken: TOKEN });
});
afterAll(async () => {
  await server.close();
  await fixture.cleanup();
});

const get = (path: string, token: string | null = TOKEN) =>
  fetch(`${server.base}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
const getJson = async <T>(path: string): Promise<T> => (await (await get(path)).json()) as T;

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => XML_ENTITIES[e]!)).join('');
/** Paragraph texts outside and inside tables, in document order. */
const paragraphs = (xml: string) => [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => textOf(m[0]));
/** Every table as rows of cell texts (the report nests no tables). */
const tables = (xml: string) =>
  [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((t) =>
    [...t[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) => [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => textOf(c[0]))),
  );

interface OpenedDocx {
  xml: string;
  paragraphs: string[];
  tables: string[][][];
  /** pictures placed in the text (identical pictures share one media file) */
  drawings: number;
}

async function open(buffer: Buffer | ArrayBuffer): Promise<OpenedDocx> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file('word/document.xml')!.async('string');
  return { xml, paragraphs: paragraphs(xml), tables: tables(xml), drawings: xml.split('<w:drawing>').length - 1 };
}

const tableWithHeader = (doc: OpenedDocx, first: string) => doc.tables.find((t) => t[0]?.[0] === first);

describe('GET /api/report.docx', () => {
  let doc: OpenedDocx;
  let overview: IndicatorsResponse;
  let response: Response;

  beforeAll(async () => {
    response = await get('/api/report.docx?period=py1');
    doc = await open(await response.arrayBuffer());
    overview = indicatorsResponse.parse(await getJson('/api/indicators?period=py1'));
  });

  it('is a Word file named after the period', () => {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers.get('content-disposition')).toContain('filename="Sachbericht_Projektjahr-1.docx"');
  });

  it('has a cover with project, grant reference, period and the snapshot time in Berlin time', () => {
    const cover = doc.tables[0]!;
    expect(cover).toContainEqual(['Projekt', 'Kooperative Weiterbildung Südostniedersachsen']);
    expect(cover).toContainEqual(['Förderkennzeichen', 'WBV-0815']);
    expect(cover).toContainEqual(['Berichtszeitraum', 'Projektjahr 1 (01.11.2021–31.10.2022)']);
    // exported 08:15 UTC in November: 09:15 in Berlin
    expect(cover).toContainEqual(['Stand der Daten', '25.11.2026, 09:15 Uhr']);
    expect(doc.paragraphs[0]).toBe('Sachbericht');
  });

  it('lists every indicator with the value, target and progress of /api/indicators for the same period', () => {
    const table = tableWithHeader(doc, 'Kennzahl')!;
    expect(table[0]).toEqual(['Kennzahl', 'Art', 'Wert', 'Zielwert', 'Zielerreichung']);
    expect(table.slice(1).map((row) => row[0])).toEqual(overview.indicators.map((i) => i.name));
    for (const indicator of overview.indicators) {
      const row = table.find((r) => r[0] === indicator.name)!;
      expect(row.slice(2), indicator.id).toEqual([
        formatIndicatorValue(indicator.kind, indicator.value),
        formatIndicatorValue(indicator.kind, indicator.target),
        indicator.progress === null ? '–' : formatIndicatorValue('share', indicator.progress),
      ]);
    }
    // the same figures as German text, worked out by hand
    const row = (name: string) => table.find((r) => r[0] === name)!.slice(1);
    expect(row('Netzwerkpartner')).toEqual(['Bestand am Stichtag', '2', '4', '50,0\u00a0%']);
    expect(row('KMU-Anteil der Partnerunternehmen')).toEqual(['Anteil', '50,0\u00a0%', '80,0\u00a0%', '62,5\u00a0%']);
    expect(row('Beratungen')).toEqual(['Summe im Zeitraum', '1.234', '–', '–']);
    expect(row('Bedarfe mit passendem Angebot')[1]).toBe('–');
  });

  it('draws one chart per headline indicator with the monthly values of /api/series under it', async () => {
    expect(doc.drawings).toBe(HEADLINE_INDICATORS.length);
    const headings = doc.paragraphs.filter((p) => /^4\.\d+ /.test(p));
    const names = new Map(overview.indicators.map((i) => [i.id, i.name]));
    expect(headings).toEqual(HEADLINE_INDICATORS.map((id, n) => `4.${n + 1} ${names.get(id)}`));

    // one table per chart (a year has 12 months, one row of bars), in the order of the headings
    const charts = doc.tables.filter((t) => t[0]?.[0] === 'Monat');
    expect(charts).toHaveLength(HEADLINE_INDICATORS.length);
    for (const [n, id] of HEADLINE_INDICATORS.entries()) {
      const series = await getJson<SeriesResponse>(`/api/series?indicator=${id}&period=py1&granularity=month`);
      const chart = charts[n]!;
      expect(chart[0], id).toEqual(['Monat', 'Nov.2021', 'Dez.2021', 'Jan.2022', 'Feb.2022', 'März2022', 'Apr.2022', 'Mai2022', 'Juni2022', 'Juli2022', 'Aug.2022', 'Sept.2022', 'Okt.2022']);
      expect(chart[1], id).toEqual(['Wert', ...series.points.map((p) => formatIndicatorValue(series.indicator.kind, p.value))]);
      if (series.indicator.kind === 'flow') {
        expect(chart[2], id).toEqual(['kumuliert', ...series.points.map((p) => formatIndicatorValue('flow', p.cumulative))]);
      } else {
        expect(chart, id).toHaveLength(2);
      }
    }
    // partner a from November, b from March; company a counselled in February
    expect(charts[0]![1]).toEqual(['Wert', '1', '1', '1', '1', '2', '2', '2', '2', '2', '2', '2', '2']);
    expect(charts[HEADLINE_INDICATORS.indexOf('companies_counselled')]![2]).toEqual(['kumuliert', '0', '0', '0', '1', '1', '1', '1', '1', '1', '1', '1', '1']);
  });

  it('has headed places for the narrative, the definitions and the quality findings', async () => {
    for (const title of ['1 Ausgangslage', '2 Verlauf im Berichtszeitraum', '5 Abweichungen vom Plan', '6 Ausblick']) {
      const at = doc.paragraphs.indexOf(title);
      expect(at, title).toBeGreaterThan(0);
      expect(doc.paragraphs[at + 1], title).toMatch(/^\[Text des Verbunds\] /);
    }
    expect(doc.paragraphs).toContain('Unter dem Zielwert liegen: Netzwerkpartner (50,0\u00a0%), KMU-Anteil der Partnerunternehmen (62,5\u00a0%).');

    const catalogue = await getJson<CatalogueResponse>('/api/catalogue');
    for (const indicator of catalogue.indicators) expect(doc.paragraphs, indicator.id).toContain(indicator.definition);

    expect(doc.paragraphs).toContain('Unternehmen ohne bekannte Größe');
    expect(tableWithHeader(doc, 'Datensatz')!.map((row) => row[0])).toContain('Unbekannt KG');
  });

  it('answers a bad period with a German 400 and an anonymous request with 401', async () => {
    const bad = await get('/api/report.docx?period=2022-13');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toContain('Den Monat „2022-13“ gibt es nicht');
    expect((await get('/api/report.docx?period=py1', null)).status).toBe(401);
  });
});

describe('a frozen version as input', () => {
  /** Stands in for the CMS's storage of versions (cms/tests/report-versions.test.ts covers the real one). */
  function memoryStore(): ReportStore {
    const versions: ReportVersion[] = [];
    return {
      async create(version) {
        const summary = { id: versions.length + 1, title: version.title, period: version.period, createdAt: '2023-01-12T14:30:00.000Z', createdBy: 'Jana Koordination', snapshotAt: version.snapshotAt };
        versions.push(reportVersion.parse({ ...summary, ...version.body }));
        return summary;
      },
      list: async () => versions,
      get: async (id) => versions.find((v) => v.id === id) ?? null,
      auditEntries: async () => [],
    };
  }

  it('GET /api/reports/<id>.docx renders the version’s own figures and names it on the cover', async () => {
    const store = memoryStore();
    const reportsServer = await listenOnSnapshot(fixture.store, { adminToken: TOKEN, reports: store });
    try {
      const created = await fetch(`${reportsServer.base}/api/reports`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ period: 'py1', title: 'Zwischennachweis 2022' }),
      });
      expect(created.status).toBe(201);
      const version = reportVersion.parse(await created.json());
      // the stored figures differ from today's: the Word file must show the stored ones
      (await store.get(version.id))!.indicators.find((i) => i.id === 'partners')!.value = 3;

      const response = await fetch(`${reportsServer.base}/api/reports/${version.id}.docx`, { headers: { Authorization: `Bearer ${TOKEN}` } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toContain('filename="Sachbericht_Projektjahr-1_Version-1.docx"');
      const doc = await open(await response.arrayBuffer());
      expect(doc.tables[0]).toContainEqual(['Fassung', '„Zwischennachweis 2022“, eingefroren am 12.01.2023, 15:30 Uhr von Jana Koordination']);
      expect(doc.tables[0]).toContainEqual(['Förderkennzeichen', 'WBV-0815']);
      expect(doc.tables[0]).toContainEqual(['Stand der Daten', '25.11.2026, 09:15 Uhr']);
      const table = tableWithHeader(doc, 'Kennzahl')!;
      for (const indicator of version.indicators) {
        const row = table.find((r) => r[0] === indicator.name)!;
        expect(row[2], indicator.id).toBe(formatIndicatorValue(indicator.kind, indicator.id === 'partners' ? 3 : indicator.value));
      }
      expect(doc.drawings).toBe(0);
      expect(doc.paragraphs).toContain('Diese eingefrorene Fassung enthält keine Werte je Monat; die Entwicklung zeigt der Bericht zum aktuellen Stand.');
      expect((await fetch(`${reportsServer.base}/api/reports/99.docx`, { headers: { Authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
    } finally {
      await reportsServer.close();
    }
  });

  it('is written to its file through a temp file and a rename', async () => {
    const data = await fixture.query(async (conn) => {
      const project = await readFundingProject(conn);
      return collectSachberichtData(conn, { project, period: parsePeriod('2022-Q1', project), snapshotAt: '2023-01-10T09:00:00.000Z' });
    });
    const path = join(fixture.dataDir, 'Sachbericht.docx');
    await writeDocx(data, path);
    expect(tableWithHeader(await open(await readFile(path)), 'Monat')![0]).toEqual(['Monat', 'Jan.2022', 'Feb.2022', 'März2022']);
    expect((await readdir(fixture.dataDir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('bar chart picture', () => {
  it('is a PNG whose bars stand in proportion and whose target line sits at its height', () => {
    const raster = drawBarChart({ values: [50, 100, null, 0], target: 75, top: 100, width: 400, height: 102 });
    const png = raster.toPng();
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    // the scanlines inflate to the canvas: one filter byte and 3 bytes per pixel per row
    const idatLength = png.readUInt32BE(33);
    expect(png.subarray(37, 41).toString('ascii')).toBe('IDAT');
    expect(inflateSync(png.subarray(41, 41 + idatLength))).toHaveLength(102 * (1 + 400 * 3));

    // plot height 100 above a 2-pixel baseline; slots of 100 pixels, bars in their middle 60
    const column = (slot: number) => slot * 100 + 50;
    expect(raster.pixel(column(0), 51)).toBe(BAR_COLOR);
    expect(raster.pixel(column(0), 49)).toBe(0xffffff);
    expect(raster.pixel(column(1), 1)).toBe(BAR_COLOR);
    expect(raster.pixel(column(2), 90)).toBe(0xffffff);
    expect(raster.pixel(column(3), 99)).toBe(0xffffff);
    // dashes of the target line at 75 of 100: 25 pixels below the top
    expect(raster.pixel(2, 25)).toBe(TARGET_COLOR);
    expect(raster.pixel(12, 25)).toBe(0xffffff);
  });
});
