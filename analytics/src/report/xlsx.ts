import { formatIsoDate, formatBerlinDateTime } from '@verbund/domain';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { type Dimension, KIND_LABELS } from '../indicators/index.js';
import { formatRangeDe } from '../format.js';
import type { Comparison } from '../indicators/overview.js';
import { periodNote, type ReportData } from './report-data.js';
import { writeFileAtomic } from '@verbund/domain/atomic-write';

/** Excel number formats are stored locale-neutral; Excel shows them with German separators. */
const COUNT_FORMAT = '#,##0';
const DECIMAL_FORMAT = '#,##0.##';
const PERCENT_FORMAT = '0.0%';
const NO_VALUE = '–';

/** Sheet names may not contain `/` and have at most 31 characters. */
const SHEET_NAMES: Record<Dimension, string> = {
  district: 'Nach Region',
  organisation_type: 'Nach Organisationstyp',
  size_class: 'Nach Unternehmensgröße',
  topic: 'Nach Thema',
  event_type: 'Nach Veranstaltungsart',
  format: 'Nach Format',
};

function valueFormat(kind: string, value: number | null): string {
  if (kind === 'share') return PERCENT_FORMAT;
  return value !== null && !Number.isInteger(value) ? DECIMAL_FORMAT : COUNT_FORMAT;
}

function styleHeader(sheet: ExcelJS.Worksheet): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

function coverSheet(workbook: ExcelJS.Workbook, data: ReportData): void {
  const sheet = workbook.addWorksheet('Deckblatt');
  sheet.columns = [{ width: 24 }, { width: 70 }];
  sheet.addRow(['Kennzahlenbericht']).font = { bold: true, size: 16 };
  sheet.addRow([]);
  const rows: Array<[string, string | null]> = [
    ['Projekt', data.project.name],
    ['Förderprogramm', data.project.fundingProgramme],
    ['Zuwendungsgeber', data.project.funder],
    ['Förderkennzeichen', data.project.grantReference],
    ['Laufzeit', formatRangeDe(data.project.startsOn, data.project.endsOn)],
    ['Berichtszeitraum', data.period.label],
    ['Von', formatIsoDate(data.period.from)],
    ['Bis', formatIsoDate(data.period.to)],
  ];
  if (data.frozen) {
    rows.push(
      ['Berichtsversion', data.frozen.title],
      ['Eingefroren am', formatBerlinDateTime(data.frozen.createdAt)],
      ['Eingefroren von', data.frozen.createdBy],
    );
  }
  for (const [label, value] of rows) {
    if (value) sheet.addRow([label, value]).getCell(1).font = { bold: true };
  }
  sheet.addRow([]);
  sheet.addRow([`Stand: ${formatBerlinDateTime(data.snapshotAt)}`]);
}

/** The term and the first project year have no comparison period; the header says so. */
function comparisonHeader(comparison: Comparison | null): string {
  return comparison
    ? `Vergleich: ${comparison.label} (${formatRangeDe(comparison.from, comparison.to)})`
    : 'Vergleich: keiner (gemessen am Zielwert)';
}

function indicatorSheet(workbook: ExcelJS.Workbook, data: ReportData): void {
  const sheet = workbook.addWorksheet('Kennzahlen');
  sheet.columns = [
    { header: 'Kennzahl', width: 42 },
    { header: 'Art', width: 22 },
    { header: 'Einheit', width: 22 },
    { header: 'Wert', width: 14 },
    { header: 'Zielwert', width: 14 },
    { header: 'Zielerreichung', width: 16 },
    { header: comparisonHeader(data.overview.comparison), width: 34 },
  ];
  for (const row of data.overview.indicators) {
    const added = sheet.addRow([
      row.name,
      KIND_LABELS[row.kind],
      row.unit,
      row.value ?? NO_VALUE,
      row.target,
      row.progress,
      row.previousValue ?? NO_VALUE,
    ]);
    added.getCell(4).numFmt = valueFormat(row.kind, row.value);
    added.getCell(5).numFmt = valueFormat(row.kind, row.target);
    added.getCell(6).numFmt = PERCENT_FORMAT;
    added.getCell(7).numFmt = valueFormat(row.kind, row.previousValue);
    for (const column of [4, 5, 6, 7]) added.getCell(column).alignment = { horizontal: 'right' };
  }
  styleHeader(sheet);
}

function definitionSheet(workbook: ExcelJS.Workbook, data: ReportData): void {
  const sheet = workbook.addWorksheet('Definitionen');
  sheet.columns = [
    { header: 'Kennzahl', width: 42 },
    { header: 'Kennung', width: 26 },
    { header: 'Art', width: 22 },
    { header: 'Definition', width: 100 },
  ];
  for (const indicator of data.overview.indicators) {
    sheet.addRow([indicator.name, indicator.id, KIND_LABELS[indicator.kind], data.definitions[indicator.id] ?? '']).getCell(4).alignment = {
      wrapText: true,
      vertical: 'top',
    };
  }
  sheet.addRow([]);
  sheet.addRow([
    'Hinweis',
    '',
    '',
    periodNote(data.period),
  ]).getCell(4).alignment = { wrapText: true, vertical: 'top' };
  styleHeader(sheet);
}

function breakdownSheets(workbook: ExcelJS.Workbook, data: ReportData): void {
  for (const breakdown of data.breakdowns) {
    const sheet = workbook.addWorksheet(SHEET_NAMES[breakdown.dimension]);
    sheet.columns = [
      { header: 'Kennzahl', width: 42 },
      { header: breakdown.dimensionLabel, width: 36 },
      { header: 'Wert', width: 14 },
    ];
    for (const indicator of breakdown.indicators) {
      for (const row of indicator.rows) {
        const added = sheet.addRow([indicator.name, row.label, row.value ?? NO_VALUE]);
        added.getCell(3).numFmt = valueFormat(indicator.kind, row.value);
        added.getCell(3).alignment = { horizontal: 'right' };
      }
    }
    styleHeader(sheet);
  }
}

function qualitySheet(workbook: ExcelJS.Workbook, data: ReportData): void {
  const sheet = workbook.addWorksheet('Datenqualität');
  sheet.columns = [
    { header: 'Prüfung', width: 48 },
    { header: 'Datensatz', width: 48 },
    { header: 'Hinweis', width: 90 },
    { header: 'Kennung', width: 28 },
  ];
  for (const check of data.quality) {
    if (check.findings.length === 0) {
      sheet.addRow([check.title, '', 'Keine Auffälligkeiten.', '']);
      continue;
    }
    for (const finding of check.findings) sheet.addRow([check.title, finding.name, finding.message, finding.id]);
  }
  styleHeader(sheet);
}

/**
 * ExcelJS stamps every zip entry with the moment it wrote it; re-zipped with the figures' own
 * moment, the same data gives the same bytes (a frozen version's download never changes).
 */
async function withEntryDates(xlsx: Buffer, date: Date): Promise<Buffer> {
  const source = await JSZip.loadAsync(xlsx);
  const target = new JSZip();
  for (const file of Object.values(source.files)) {
    if (!file.dir) target.file(file.name, await file.async('uint8array'), { date, createFolders: false });
  }
  return target.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

export async function renderXlsx(data: ReportData): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const stand = new Date(data.snapshotAt);
  workbook.creator = data.project.name;
  // Both from the data, not from now: the file's properties say when the figures are from.
  workbook.created = stand;
  workbook.modified = stand;
  coverSheet(workbook, data);
  indicatorSheet(workbook, data);
  definitionSheet(workbook, data);
  breakdownSheets(workbook, data);
  qualitySheet(workbook, data);
  return withEntryDates(Buffer.from(await workbook.xlsx.writeBuffer()), stand);
}

export async function writeXlsx(data: ReportData, path: string): Promise<void> {
  await writeFileAtomic(path, await renderXlsx(data));
}
