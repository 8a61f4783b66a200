import type { DuckDBConnection } from '@duckdb/node-api';
import type { Period } from '../periods.js';
import type { FundingProject } from '../project.js';
import { renderCsv, writeCsv } from './csv.js';
import { renderDocx, writeDocx } from './docx.js';
import { collectReportData, frozenReportFileName, reportFileName } from './report-data.js';
import { collectSachberichtData, sachberichtFromVersion } from './sachbericht-data.js';
import { renderXlsx, writeXlsx } from './xlsx.js';

export {
  collectReportData,
  collectSachberichtData,
  frozenReportFileName,
  renderCsv,
  renderDocx,
  renderXlsx,
  reportFileName,
  sachberichtFromVersion,
  writeCsv,
  writeDocx,
  writeXlsx,
};
export type { ReportData } from './report-data.js';
export type { SachberichtData } from './sachbericht-data.js';

export type ReportFormat = 'xlsx' | 'csv' | 'docx';

export function reportFormatFor(path: string): ReportFormat | null {
  const match = /\.(xlsx|csv|docx)$/i.exec(path);
  return match ? (match[1]!.toLowerCase() as ReportFormat) : null;
}

type ReportOptions = { project: FundingProject; period: Period; snapshotAt: string };

/** Renders the report in memory (HTTP download). */
export async function renderReport(conn: DuckDBConnection, format: ReportFormat, options: ReportOptions): Promise<Buffer> {
  if (format === 'docx') return renderDocx(await collectSachberichtData(conn, options));
  const data = await collectReportData(conn, options);
  return format === 'xlsx' ? renderXlsx(data) : Buffer.from(renderCsv(data), 'utf8');
}

/** Writes the report to a file, atomically (CLI). */
export async function writeReport(conn: DuckDBConnection, format: ReportFormat, path: string, options: ReportOptions): Promise<void> {
  if (format === 'docx') return writeDocx(await collectSachberichtData(conn, options), path);
  const data = await collectReportData(conn, options);
  await (format === 'xlsx' ? writeXlsx(data, path) : writeCsv(data, path));
}
