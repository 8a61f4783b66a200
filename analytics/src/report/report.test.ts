import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePeriod } from '../periods.js';
import { readFundingProject } from '../project.js';
import { type ExportRecord, EXPORTED_AT, type LoadedFixture, loadFixture, organisation, project } from '../test-support/fixture.js';
import { collectReportData, type ReportData } from './report-data.js';
import { renderCsv, writeCsv } from './csv.js';
import { renderXlsx, writeXlsx } from './xlsx.js';
import { reportFileName } from './report-data.js';

/**
 * Project year 1 (01.11.2021–31.10.2022): partners a (micro) and b (large) → 2, target 4 → 50 %;
 * KMU share 1/2; 1 234 consultations of a (a number with a thousands separator).
 */
const records: ExportRecord[] = [
  project(),
  organisation('a', { name: 'Acme GmbH', type: 'company', sizeClass: 'micro', partnerSince: '2021-11-15', district: 'wolfenbuettel' }),
  organisation('b', { name: 'Big AG', type: 'company', sizeClass: 'large', partnerSince: '2022-03-01', district: 'wolfsburg' }),
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
let data: ReportData;
beforeAll(async () => {
  fixture = await loadFixture(records);
  data = await fixture.query(async (conn) => {
    const project = await readFundingProject(conn);
    return collectReportData(conn, { project, period: parsePeriod('py1', project), snapshotAt: EXPORTED_AT });
  });
});
afterAll(() => fixture.cleanup());

async function workbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as unknown as ArrayBuffer);
  return book;
}

const rowOf = (sheet: ExcelJS.Worksheet, name: string) => {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === name) found = row;
  });
  if (!found) throw new Error(`no row ${name}`);
  return found;
};

describe('XLSX report', () => {
  it('has the sheets of the funder’s report', async () => {
    const book = await workbook(await renderXlsx(data));
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Deckblatt',
      'Kennzahlen',
      'Definitionen',
      'Nach Region',
      'Nach Organisationstyp',
      'Nach Unternehmensgröße',
      'Nach Thema',
      'Nach Veranstaltungsart',
      'Nach Format',
      'Datenqualität',
    ]);
  });

  it('names project, period and the snapshot time in Berlin time on the cover', async () => {
    const cover = (await workbook(await renderXlsx(data))).getWorksheet('Deckblatt')!;
    const values = cover.getSheetValues().flat().filter((v) => typeof v === 'string');
    expect(values).toContain('Kooperative Weiterbildung Südostniedersachsen');
    expect(values).toContain('Projektjahr 1');
    expect(values).toContain('01.11.2021');
    expect(values).toContain('31.10.2022');
    // 08:15 UTC in November is 09:15 in Berlin
    expect(values).toContain('Stand: 25.11.2026, 09:15 Uhr');
  });

  it('lists every indicator with numbers and Excel number formats', async () => {
    const sheet = (await workbook(await renderXlsx(data))).getWorksheet('Kennzahlen')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'Kennzahl',
      'Art',
      'Einheit',
      'Wert',
      'Zielwert',
      'Zielerreichung',
      'Vergleich: keiner (gemessen am Zielwert)',
    ]);
    expect(sheet.rowCount).toBe(1 + 21);

    const partners = rowOf(sheet, 'Netzwerkpartner');
    expect([partners.getCell(2).value, partners.getCell(4).value, partners.getCell(5).value, partners.getCell(6).value]).toEqual([
      'Bestand am Stichtag',
      2,
      4,
      0.5,
    ]);
    expect(partners.getCell(4).numFmt).toBe('#,##0');
    expect(partners.getCell(6).numFmt).toBe('0.0%');

    const share = rowOf(sheet, 'KMU-Anteil der Partnerunternehmen');
    expect([share.getCell(4).value, share.getCell(4).numFmt, share.getCell(5).value, share.getCell(6).value]).toEqual([0.5, '0.0%', 0.8, 0.625]);

    const consultations = rowOf(sheet, 'Beratungen');
    expect([consultations.getCell(4).value, consultations.getCell(4).numFmt, consultations.getCell(5).value]).toEqual([1234, '#,##0', null]);

    const matched = rowOf(sheet, 'Bedarfe mit passendem Angebot');
    expect(matched.getCell(4).value).toBe('–');
  });

  it('has definitions, breakdowns with German labels and the quality findings', async () => {
    const book = await workbook(await renderXlsx(data));
    const definitions = rowOf(book.getWorksheet('Definitionen')!, 'Netzwerkpartner');
    expect(definitions.getCell(2).value).toBe('partners');
    expect(String(definitions.getCell(4).value)).toContain('Partner seit');

    const regions = book.getWorksheet('Nach Region')!;
    const partnerRows: unknown[][] = [];
    regions.eachRow((row) => {
      if (row.getCell(1).value === 'Netzwerkpartner') partnerRows.push([row.getCell(2).value, row.getCell(3).value]);
    });
    expect(partnerRows).toEqual([
      ['Wolfenbüttel', 1],
      ['Wolfsburg', 1],
    ]);

    const quality = book.getWorksheet('Datenqualität')!;
    const unknown = rowOf(quality, 'Unternehmen ohne bekannte Größe');
    expect([unknown.getCell(2).value, unknown.getCell(4).value]).toEqual(['Unbekannt KG', 'u']);
    expect(rowOf(quality, 'Kurse mit mehr Teilnehmenden als Plätzen').getCell(3).value).toBe('Keine Auffälligkeiten.');
  });
});

describe('CSV report', () => {
  it('is semicolon-separated UTF-8 with BOM, German headings and decimal commas', () => {
    const csv = renderCsv(data);
    expect(csv.startsWith('\uFEFFZeitraum;Von;Bis;Kennung;Kennzahl;Art;Einheit;Wert;Zielwert;Zielerreichung (%);Wert Vergleichszeitraum;Stand\r\n')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(22);
    const byId = new Map(lines.slice(1).map((l) => [l.split(';')[3], l.split(';')]));
    expect(byId.get('partners')).toEqual([
      'Projektjahr 1',
      '01.11.2021',
      '31.10.2022',
      'partners',
      'Netzwerkpartner',
      'Bestand am Stichtag',
      'Organisationen',
      '2',
      '4',
      '50',
      // the first project year has no comparison period: an empty cell, not a 0
      '',
      '25.11.2026, 09:15 Uhr',
    ]);
    // shares as percentages with a decimal comma: 1/2 of a target of 80 % → 62,5 %
    expect(byId.get('sme_partner_share')!.slice(6, 10)).toEqual(['%', '50', '80', '62,5']);
    expect(byId.get('consultations')![7]).toBe('1234');
    expect(byId.get('needs_matched_share')![7]).toBe('');
  });
});

describe('writers', () => {
  it('write to the target file through a temp file and a rename', async () => {
    const xlsxPath = join(fixture.dataDir, reportFileName(data.period, 'xlsx'));
    const csvPath = join(fixture.dataDir, reportFileName(data.period, 'csv'));
    await writeXlsx(data, xlsxPath);
    await writeCsv(data, csvPath);
    expect(reportFileName(data.period, 'xlsx')).toBe('Kennzahlen_Projektjahr-1.xlsx');
    expect((await workbook(await readFile(xlsxPath))).worksheets).toHaveLength(10);
    expect((await readFile(csvPath, 'utf8')).startsWith('\uFEFF')).toBe(true);
    expect((await readdir(fixture.dataDir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
