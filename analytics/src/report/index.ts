import type { DuckDBConnection } from '@duckdb/node-api';
import type { Period } from '../periods.js';
import type { FundingProject } from '../project.js';
import { renderCsv, writeCsv } from './csv.js';
import { collectReportData, frozenReportFileName, reportFileName } from './report-data.js';
import { renderXlsx, writeXlsx } from './xlsx.js';

export { collectReportData, frozenReportFileName, renderCsv, renderXlsx, reportFileName, writeCsv, writeXlsx };
export type { ReportData } from './report-data.js';

export type ReportFormat = 'xlsx' | 'csv';

export function reportFormatFor(path: string): ReportFormat | null {
  if (/\.xlsx$/i.test(path)) return 'xlsx';
  if (/\.csv$/i.test(path)) return 'csv';
  return null;
}

/** Renders the report in memory (HTTP download). */
export async function renderReport(
  conn: DuckDBConnection,
  format: ReportFormat,
  options: { project: FundingProject; period: Period; snapshotAt: string },
): Promise<Buffer> {
  const data = await collectReportData(conn, options);
  return format === 'xlsx' ? renderXlsx(data) : Buffer.from(renderCsv(data), 'utf8');
}

/** Writes the report to a file, atomically (CLI). */
export async function writeReport(
  conn: DuckDBConnection,
  format: ReportFormat,
  path: string,
  options: { project: FundingProject; period: Period; snapshotAt: string },
): Promise<void> {
  const data = await collectReportData(conn, options);
  await (format === 'xlsx' ? writeXlsx(data, path) : writeCsv(data, path));
}
