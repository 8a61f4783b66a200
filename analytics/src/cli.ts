import { formatBerlinDateTime } from '@verbund/domain';
import { resolve } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { parseArgs } from 'node:util';
import { loadConfig, readExportToken, type AnalyticsConfig } from './config.js';
import { AnalyticsError, describeError } from './errors.js';
import { formatNumberDe, formatPercentDe, formatRangeDe } from './format.js';
import { KIND_LABELS } from './indicators/index.js';
import { computeOverview, type IndicatorOverview } from './indicators/overview.js';
import { refreshSnapshot } from './loader/refresh-snapshot.js';
import { readSnapshotMeta } from './loader/snapshot-meta.js';
import { consoleLogger } from './logger.js';
import { resolvePeriod } from './periods.js';
import { readFundingProject } from './project.js';
import { runQualityChecks } from './quality/index.js';
import { reportFormatFor, writeReport } from './report/index.js';
import { startServer } from './server/start.js';
import { SnapshotStore } from './snapshot.js';

const USAGE = `Verwendung: npm run analytics -- <Befehl> [Optionen]

Befehle:
  refresh                                   Export aus dem CMS laden und neuen Datenstand aktivieren
  indicators [--period P | --from D --to D] [--json]
                                            alle Kennzahlen für einen Zeitraum
  report (--period P | --from D --to D) --out DATEI.xlsx|DATEI.csv|DATEI.docx
                                            Bericht für den Zuwendungsgeber schreiben
  quality [--json]                          Hinweise zur Datenqualität
  serve                                     HTTP-Dienst und Dashboard starten

Zeiträume P: term, py1, py2, py3, 2022, 2022-Q1, 2022-03, 2022-01-01..2022-06-30
`;

class UsageError extends Error {}

const write = (text: string) => process.stdout.write(`${text}\n`);
const progress = (text: string) => process.stderr.write(`${text}\n`);

function formatValue(kind: string, value: number | null): string {
  return kind === 'share' ? formatPercentDe(value) : formatNumberDe(value);
}

function table(rows: string[][], rightAligned: Set<number>): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) =>
      row.map((cell, column) => (rightAligned.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  ').trimEnd(),
    )
    .join('\n');
}

function overviewTable(overview: IndicatorOverview, snapshotAt: string): string {
  const rows = [
    ['Kennzahl', 'Art', 'Wert', 'Ziel', 'Zielerreichung', 'Vergleich'],
    ...overview.indicators.map((row) => [
      row.name,
      KIND_LABELS[row.kind],
      formatValue(row.kind, row.value),
      formatValue(row.kind, row.target),
      formatPercentDe(row.progress),
      formatValue(row.kind, row.previousValue),
    ]),
  ];
  return [
    `${overview.label}: ${overview.from.split('-').reverse().join('.')}–${overview.to.split('-').reverse().join('.')}`,
    `Stand: ${formatBerlinDateTime(snapshotAt)}`,
    overview.comparison
      ? `Vergleich: ${overview.comparison.label} (${formatRangeDe(overview.comparison.from, overview.comparison.to)})`
      : 'Vergleich: keiner, der Zeitraum wird an seinen Zielwerten gemessen',
    '',
    table(rows, new Set([2, 3, 4, 5])),
  ].join('\n');
}

/** One-shot commands open the snapshot, work, and close it so the process can exit. */
async function withSnapshot<T>(config: AnalyticsConfig, work: (conn: DuckDBConnection) => Promise<T>): Promise<T> {
  const store = new SnapshotStore(config.dataDir);
  try {
    return await store.withConnection(work);
  } finally {
    store.close();
  }
}

async function refresh(config: AnalyticsConfig): Promise<void> {
  const token = await readExportToken(config);
  const summary = await refreshSnapshot({
    source: { kind: 'url', url: config.exportUrl, token },
    dataDir: config.dataDir,
    onProgress: (p) => progress(p.message),
  });
  const rows = [['Typ', 'Datensätze'], ...Object.entries(summary.records).map(([type, n]) => [type, formatNumberDe(n)])];
  write(table(rows, new Set([1])));
  write(
    `\nDatenstand vom ${formatBerlinDateTime(summary.snapshotAt)} geladen: ${formatNumberDe(summary.totalRecords)} Datensätze ` +
      `in ${formatNumberDe(Math.round(summary.durationsMs.total / 100) / 10)} s.`,
  );
}

async function indicators(config: AnalyticsConfig, options: { period?: string; from?: string; to?: string; json?: boolean }): Promise<void> {
  await withSnapshot(config, async (conn) => {
    const project = await readFundingProject(conn);
    const meta = await readSnapshotMeta(conn);
    const overview = await computeOverview(conn, resolvePeriod(options, project), project);
    write(options.json ? JSON.stringify({ ...overview, snapshotAt: meta.snapshotAt }, null, 2) : overviewTable(overview, meta.snapshotAt));
  });
}

async function report(config: AnalyticsConfig, options: { period?: string; from?: string; to?: string; out?: string }): Promise<void> {
  if (!options.out) throw new UsageError('Bitte mit --out die Zieldatei angeben (.xlsx, .csv oder .docx).');
  if (!options.period && !options.from) throw new UsageError('Bitte mit --period (oder --from/--to) den Zeitraum angeben.');
  const format = reportFormatFor(options.out);
  if (!format) throw new UsageError('Die Zieldatei muss auf .xlsx, .csv oder .docx enden.');
  const out = resolve(process.env.INIT_CWD ?? process.cwd(), options.out);
  await withSnapshot(config, async (conn) => {
    const project = await readFundingProject(conn);
    const meta = await readSnapshotMeta(conn);
    const period = resolvePeriod(options, project);
    await writeReport(conn, format, out, { project, period, snapshotAt: meta.snapshotAt });
    write(`Bericht „${period.label}“ geschrieben: ${out}`);
  });
}

async function quality(config: AnalyticsConfig, options: { json?: boolean }): Promise<void> {
  await withSnapshot(config, async (conn) => {
    const results = await runQualityChecks(conn);
    if (options.json) {
      write(JSON.stringify(results, null, 2));
      return;
    }
    for (const check of results) {
      write(`${check.title}: ${check.findings.length === 0 ? 'keine Auffälligkeiten' : formatNumberDe(check.findings.length)}`);
      for (const finding of check.findings) write(`  – ${finding.name} (${finding.id}): ${finding.message}`);
    }
  });
}

async function serve(config: AnalyticsConfig): Promise<void> {
  const running = await startServer(config, consoleLogger);
  const shutdown = () => {
    void running.close().then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      period: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command] = positionals;
  if (values.help || !command) {
    write(USAGE);
    return;
  }
  const config = loadConfig();
  switch (command) {
    case 'refresh':
      return refresh(config);
    case 'indicators':
      return indicators(config, values);
    case 'report':
      return report(config, values);
    case 'quality':
      return quality(config, values);
    case 'serve':
      return serve(config);
    default:
      throw new UsageError(`Unbekannter Befehl „${command}“.`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
    progress(`${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (error instanceof AnalyticsError) {
    progress(error.userMessage);
    if (error.message !== error.userMessage) progress(`(${error.message})`);
    process.exit(1);
  }
  progress(`Interner Fehler: ${describeError(error)}`);
  process.exit(1);
});
