import { formatIsoDate, formatBerlinDateTime } from '@verbund/domain';
import { KIND_LABELS } from '../indicators/index.js';
import { formatCsvNumber } from '../format.js';
import type { ReportData } from './report-data.js';
import { writeFileAtomic } from '@verbund/domain/atomic-write';

const BOM = '\uFEFF';
const HEADINGS = [
  'Zeitraum',
  'Von',
  'Bis',
  'Kennung',
  'Kennzahl',
  'Art',
  'Einheit',
  'Wert',
  'Zielwert',
  'Zielerreichung (%)',
  'Wert Vergleichszeitraum',
  'Stand',
];

function cell(value: string): string {
  return /[";\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Shares appear as percentages so that every number in the file reads as shown in the dashboard. */
function scaled(kind: string, value: number | null): string {
  return formatCsvNumber(kind === 'share' && value !== null ? value * 100 : value, 2);
}

/** Semicolon-separated, UTF-8 with BOM and decimal comma: what German Excel opens without a wizard. */
export function renderCsv(data: ReportData): string {
  const stand = formatBerlinDateTime(data.snapshotAt);
  const lines = [HEADINGS.join(';')];
  for (const row of data.overview.indicators) {
    lines.push(
      [
        data.period.label,
        formatIsoDate(data.period.from),
        formatIsoDate(data.period.to),
        row.id,
        row.name,
        KIND_LABELS[row.kind],
        row.kind === 'share' ? '%' : row.unit,
        scaled(row.kind, row.value),
        scaled(row.kind, row.target),
        formatCsvNumber(row.progress === null ? null : row.progress * 100, 1),
        scaled(row.kind, row.previousValue),
        stand,
      ]
        .map(cell)
        .join(';'),
    );
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

export async function writeCsv(data: ReportData, path: string): Promise<void> {
  await writeFileAtomic(path, renderCsv(data));
}
