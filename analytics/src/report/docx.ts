import { formatBerlinDateTime } from '@verbund/domain';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { formatNumberDe, formatPercentDe, formatRangeDe } from '../format.js';
import { KIND_LABELS } from '../indicators/index.js';
import { drawBarChart } from './bar-chart.js';
import { periodNote } from './report-data.js';
import { HEADLINE_INDICATORS, type SachberichtChart, type SachberichtData, type SachberichtIndicator } from './sachbericht-data.js';
import { writeFileAtomic } from '@verbund/domain/atomic-write';

/** A4 with 2.5 cm margins; Word measures in twips (1/1440 inch, 15 per pixel at 96 dpi). */
const PAGE = { width: 11906, height: 16838, margin: 1417 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
const TWIPS_PER_PIXEL = 15;
const HEADER_FILL = 'E8EEF4';
const MUTED = '4B5563';
/** A chart row has at most this many bars; longer series continue in a second row. */
const BARS_PER_ROW = 12;
/** The chart table's first column holds the row names; the bars line up with the columns after it. */
const CHART_LABEL_COLUMN = 1260;
const CHART_HEIGHT_PX = 140;
/** Findings per check in the document; the dashboard lists all. */
const MAX_FINDINGS = 100;

const MONTH_ABBREVIATIONS = ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'];

/** Shares as percentages, everything else as a German number; a missing value is a dash. */
export function formatIndicatorValue(kind: string, value: number | null): string {
  return kind === 'share' ? formatPercentDe(value) : formatNumberDe(value);
}

/** `2022-03` → „März“ over „2022“, `2022-Q1` → „Q1“ over „2022“: narrow enough for a dozen columns. */
function bucketLines(key: string): [string, string] {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) return [`Q${quarter[2]}`, quarter[1]!];
  const [year, month] = key.split('-');
  return [MONTH_ABBREVIATIONS[Number(month) - 1] ?? key, year ?? ''];
}

const text = (value: string, options: { bold?: boolean; size?: number; color?: string; italics?: boolean } = {}) =>
  new TextRun({ text: value, ...options });

function paragraph(value: string, options: { bold?: boolean; color?: string; italics?: boolean; spacingAfter?: number } = {}) {
  const { spacingAfter, ...run } = options;
  return new Paragraph({ children: [text(value, run)], spacing: { after: spacingAfter ?? 120 } });
}

function heading(value: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1) {
  return new Paragraph({ text: value, heading: level, spacing: { before: 240, after: 120 }, keepNext: true });
}

function cell(value: string | string[], options: { bold?: boolean; align?: 'left' | 'right'; width?: number; fill?: string; size?: number } = {}) {
  const lines = Array.isArray(value) ? value : [value];
  return new TableCell({
    children: lines.map(
      (line) =>
        new Paragraph({
          alignment: options.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [text(line, { ...(options.bold ? { bold: true } : {}), ...(options.size ? { size: options.size } : {}) })],
        }),
    ),
    margins: { top: 40, bottom: 40, left: 60, right: 60 },
    ...(options.width ? { width: { size: options.width, type: WidthType.DXA } } : {}),
    ...(options.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: options.fill } } : {}),
  });
}

function table(widths: number[], header: string[], rows: string[][], align: Array<'left' | 'right'>) {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        children: header.map((h, i) => cell(h, { bold: true, width: widths[i]!, fill: HEADER_FILL, align: align[i]! })),
      }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((v, i) => cell(v, { width: widths[i]!, align: align[i]! })) })),
    ],
  });
}

/** Where the network writes its own text: a heading, what belongs there, and an empty line to write in. */
function narrative(title: string, guidance: string, hints: string[] = []) {
  return [
    heading(title),
    paragraph(`[Text des Verbunds] ${guidance}`, { italics: true, color: MUTED }),
    ...hints.map((hint) => paragraph(hint, { italics: true, color: MUTED })),
    new Paragraph({ children: [] }),
  ];
}

function cover(data: SachberichtData) {
  const { project, period, frozen } = data;
  const rows: Array<[string, string]> = [
    ['Projekt', project.name],
    ['Förderprogramm', project.fundingProgramme ?? '–'],
    ['Zuwendungsgeber', project.funder ?? '–'],
    ['Förderkennzeichen', project.grantReference ?? 'nicht im Förderprojekt hinterlegt'],
    ['Laufzeit', formatRangeDe(project.startsOn, project.endsOn)],
    ['Berichtszeitraum', `${period.label} (${formatRangeDe(period.from, period.to)})`],
    ['Stand der Daten', formatBerlinDateTime(data.snapshotAt)],
  ];
  if (frozen) {
    rows.push(['Fassung', `„${frozen.title}“, eingefroren am ${formatBerlinDateTime(frozen.createdAt)} von ${frozen.createdBy}`]);
  }
  return [
    new Paragraph({ spacing: { before: 2400, after: 240 }, children: [text('Sachbericht', { bold: true, size: 56 })] }),
    new Paragraph({ spacing: { after: 720 }, children: [text(`Kennzahlen und Bericht für ${period.label}`, { size: 32, color: MUTED })] }),
    new Table({
      width: { size: CONTENT_WIDTH, type: WidthType.DXA },
      columnWidths: [2800, CONTENT_WIDTH - 2800],
      layout: TableLayoutType.FIXED,
      borders: {
        top: { style: BorderStyle.NONE, size: 0, color: 'auto' },
        bottom: { style: BorderStyle.NONE, size: 0, color: 'auto' },
        left: { style: BorderStyle.NONE, size: 0, color: 'auto' },
        right: { style: BorderStyle.NONE, size: 0, color: 'auto' },
        insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'auto' },
        insideVertical: { style: BorderStyle.NONE, size: 0, color: 'auto' },
      },
      rows: rows.map(([label, value]) => new TableRow({ children: [cell(label, { bold: true, width: 2800 }), cell(value, { width: CONTENT_WIDTH - 2800 })] })),
    }),
    new Paragraph({
      spacing: { before: 720 },
      children: [
        text(
          'Die Kennzahlen in diesem Dokument berechnet die Verbundplattform aus den Daten des CMS zum angegebenen Stand. ' +
            'Die mit „[Text des Verbunds]“ markierten Abschnitte schreibt der Verbund selbst.',
          { color: MUTED },
        ),
      ],
    }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

function indicatorTable(indicators: SachberichtIndicator[]) {
  return table(
    [3600, 2000, 1150, 1150, 1172],
    ['Kennzahl', 'Art', 'Wert', 'Zielwert', 'Zielerreichung'],
    indicators.map((i) => [
      i.name,
      KIND_LABELS[i.kind],
      formatIndicatorValue(i.kind, i.value),
      formatIndicatorValue(i.kind, i.target),
      formatPercentDe(i.progress),
    ]),
    ['left', 'left', 'right', 'right', 'right'],
  );
}

/** What the bars show and how the chart reads, in one sentence under the heading. */
function chartCaption(indicator: SachberichtIndicator, chart: SachberichtChart): string {
  const bucket = chart.granularity === 'month' ? 'Monat' : 'Quartal';
  const shown =
    indicator.kind === 'stock'
      ? `Bestand am Ende jedes ${bucket === 'Monat' ? 'Monats' : 'Quartals'}`
      : indicator.kind === 'share'
        ? `Anteil je ${bucket}`
        : `${indicator.unit} je ${bucket}`;
  const target =
    indicator.target === null
      ? 'kein Zielwert hinterlegt'
      : indicator.kind === 'flow'
        ? `Zielwert für den Zeitraum ${formatIndicatorValue(indicator.kind, indicator.target)}`
        : `Zielwert ${formatIndicatorValue(indicator.kind, indicator.target)} (gestrichelte Linie)`;
  return `${shown}; Wert im Berichtszeitraum ${formatIndicatorValue(indicator.kind, indicator.value)}; ${target}.`;
}

/**
 * One picture per row of up to a dozen bars, and under it a table whose columns line up with the
 * bars: period, value and, for flows, the running total. The table is the chart's text alternative.
 */
function chartRows(indicator: SachberichtIndicator, chart: SachberichtChart) {
  const isFlow = indicator.kind === 'flow';
  const slots = Math.min(chart.points.length, BARS_PER_ROW);
  const slotWidth = Math.floor((CONTENT_WIDTH - CHART_LABEL_COLUMN) / Math.max(slots, 1));
  const values = chart.points.map((p) => p.value);
  // one scale for all rows of a chart; shares on 0–100 %
  const top = indicator.kind === 'share' ? 1 : Math.max(0, ...values.map((v) => v ?? 0), isFlow ? 0 : (indicator.target ?? 0)) * 1.1 || 1;
  const blocks: Array<Paragraph | Table> = [];
  for (let start = 0; start < chart.points.length; start += BARS_PER_ROW) {
    const points = chart.points.slice(start, start + BARS_PER_ROW);
    const widthPx = (points.length * slotWidth) / TWIPS_PER_PIXEL;
    const raster = drawBarChart({
      values: points.map((p) => p.value),
      target: isFlow ? null : indicator.target,
      top,
      width: Math.round(widthPx * 2),
      height: CHART_HEIGHT_PX * 2,
    });
    blocks.push(
      new Paragraph({
        indent: { left: CHART_LABEL_COLUMN },
        keepNext: true,
        children: [
          new ImageRun({
            type: 'png',
            data: raster.toPng(),
            transformation: { width: widthPx, height: CHART_HEIGHT_PX },
            altText: {
              name: `Diagramm ${indicator.name}`,
              title: indicator.name,
              description: `${chartCaption(indicator, chart)} Die Werte stehen in der Tabelle darunter.`,
            },
          }),
        ],
      }),
    );
    const widths = [CHART_LABEL_COLUMN, ...points.map(() => slotWidth)];
    const row = (name: string, cells: string[][], bold = false) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(name, { bold: true, width: CHART_LABEL_COLUMN, size: 16, fill: HEADER_FILL }),
          ...cells.map((lines) => cell(lines, { width: slotWidth, size: 16, align: 'right', bold })),
        ],
      });
    const rows = [
      row(chart.granularity === 'month' ? 'Monat' : 'Quartal', points.map((p) => bucketLines(p.key)), true),
      row('Wert', points.map((p) => [formatIndicatorValue(indicator.kind, p.value)])),
    ];
    if (isFlow) rows.push(row('kumuliert', points.map((p) => [formatIndicatorValue(indicator.kind, p.cumulative)])));
    blocks.push(
      new Table({ width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, rows }),
      new Paragraph({ children: [] }),
    );
  }
  return blocks;
}

function charts(data: SachberichtData) {
  const blocks: Array<Paragraph | Table> = [
    heading('4 Entwicklung der Leitkennzahlen'),
    paragraph(
      `Blaue Säulen: Wert je ${data.charts?.[0]?.granularity === 'quarter' ? 'Quartal' : 'Monat'}; ` +
        'gestrichelte Linie: Zielwert eines Bestands oder Anteils. Bei Summen im Zeitraum gilt der Zielwert für den ganzen Zeitraum, nicht für einzelne Säulen.',
      { color: MUTED },
    ),
  ];
  if (data.charts === null) {
    blocks.push(paragraph('Diese eingefrorene Fassung enthält keine Werte je Monat; die Entwicklung zeigt der Bericht zum aktuellen Stand.'));
    return blocks;
  }
  const byId = new Map(data.indicators.map((i) => [i.id, i]));
  let number = 0;
  for (const id of HEADLINE_INDICATORS) {
    const indicator = byId.get(id);
    const chart = data.charts.find((c) => c.indicatorId === id);
    if (!indicator || !chart) continue;
    number += 1;
    blocks.push(heading(`4.${number} ${indicator.name}`, HeadingLevel.HEADING_2));
    blocks.push(paragraph(chartCaption(indicator, chart), { color: MUTED }));
    blocks.push(...chartRows(indicator, chart));
  }
  return blocks;
}

function deviationHints(indicators: SachberichtIndicator[]): string[] {
  const withTarget = indicators.filter((i) => i.progress !== null);
  if (withTarget.length === 0) return ['Für diesen Zeitraum sind keine Zielwerte hinterlegt.'];
  const below = withTarget.filter((i) => i.progress! < 1);
  if (below.length === 0) return ['Alle Kennzahlen mit Zielwert haben ihr Ziel im Berichtszeitraum erreicht.'];
  return [`Unter dem Zielwert liegen: ${below.map((i) => `${i.name} (${formatPercentDe(i.progress)})`).join(', ')}.`];
}

function definitions(data: SachberichtData) {
  return [
    heading('Anhang A: Definitionen der Kennzahlen'),
    paragraph(periodNote(data.period), { color: MUTED }),
    ...data.indicators.flatMap((i) => [
      new Paragraph({ keepNext: true, spacing: { before: 120 }, children: [text(i.name, { bold: true }), text(` (${KIND_LABELS[i.kind]}, ${i.unit})`, { color: MUTED })] }),
      paragraph(i.definition),
    ]),
  ];
}

function quality(data: SachberichtData) {
  const blocks: Array<Paragraph | Table> = [
    heading('Anhang B: Hinweise zur Datenqualität'),
    paragraph(
      'Die Plattform prüft die Daten bei jeder Aktualisierung und zeigt Auffälligkeiten neben den Zahlen, ohne sie zu korrigieren. Stand der Prüfung: ' +
        `${formatBerlinDateTime(data.snapshotAt)}.`,
      { color: MUTED },
    ),
  ];
  for (const check of data.quality) {
    blocks.push(heading(check.title, HeadingLevel.HEADING_2), paragraph(check.description, { color: MUTED }));
    if (check.findings.length === 0) {
      blocks.push(paragraph('Keine Auffälligkeiten.'));
      continue;
    }
    const shown = check.findings.slice(0, MAX_FINDINGS);
    blocks.push(table([3000, 6072], ['Datensatz', 'Hinweis'], shown.map((f) => [f.name, f.message]), ['left', 'left']));
    if (check.findings.length > shown.length) {
      blocks.push(paragraph(`… und ${formatNumberDe(check.findings.length - shown.length)} weitere; alle stehen im Dashboard unter „Datenqualität“.`));
    }
  }
  return blocks;
}

export async function renderDocx(data: SachberichtData): Promise<Buffer> {
  const document = new Document({
    title: `Sachbericht ${data.project.name} – ${data.period.label}`,
    creator: data.project.name,
    description: `Kennzahlen ${formatRangeDe(data.period.from, data.period.to)}, Stand ${formatBerlinDateTime(data.snapshotAt)}`,
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: 'de-DE' } } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  text(`Sachbericht – ${data.period.label} · Seite `, { size: 16, color: MUTED }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 16, color: MUTED }),
                  text(' von ', { size: 16, color: MUTED }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16, color: MUTED }),
                ],
              }),
            ],
          }),
        },
        children: [
          ...cover(data),
          ...narrative('1 Ausgangslage', 'Ausgangslage in der Region und im Verbund zu Beginn des Berichtszeitraums; Ziele laut Zuwendungsbescheid.'),
          ...narrative(
            '2 Verlauf im Berichtszeitraum',
            'Was der Verbund im Berichtszeitraum getan und erreicht hat – Beratungen, Bedarfsermittlung, Verbundkurse, Veranstaltungen, Arbeitskreise, Öffentlichkeitsarbeit –, mit Bezug auf die Kennzahlen in Abschnitt 3 und 4.',
          ),
          heading('3 Kennzahlen im Überblick'),
          paragraph(
            `${data.period.label}, ${formatRangeDe(data.period.from, data.period.to)}. Zielerreichung = Wert ÷ Zielwert. Anteile in Prozent.`,
            { color: MUTED },
          ),
          indicatorTable(data.indicators),
          ...charts(data),
          ...narrative('5 Abweichungen vom Plan', 'Wo und warum die Ergebnisse vom Plan abweichen und wie der Verbund gegensteuert.', deviationHints(data.indicators)),
          ...narrative('6 Ausblick', 'Vorhaben für den nächsten Berichtszeitraum bzw. für die Zeit nach der Förderung (Verstetigung).'),
          new Paragraph({ children: [new PageBreak()] }),
          ...definitions(data),
          ...quality(data),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

export async function writeDocx(data: SachberichtData, path: string): Promise<void> {
  await writeFileAtomic(path, await renderDocx(data));
}
