/**
 * The CLI as a user runs it: a real child process (`tsx src/cli.ts …`) against a real snapshot
 * loaded from a fixture export. Expected figures are worked out by hand from the records below
 * and INDICATORS.md.
 *
 * Term 2021-11-01 … 2024-10-31 (fixture `project()`): py1 is 2021-11-01 … 2022-10-31.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshSnapshot } from './loader/refresh-snapshot.js';
import { EXPORTED_AT, type ExportRecord, organisation, project, writeExportFile } from './test-support/fixture.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const CLI = join(REPO_ROOT, 'analytics', 'src', 'cli.ts');

const consultation = (id: string, date: string, org: string): ExportRecord => ({
  type: 'consultation',
  documentId: id,
  fields: { date, format: 'on_site', topics: [] },
  relations: { organisation: org, resultingNeeds: [] },
});
const event = (id: string, startsAt: string, eventStatus: string, attendeesTotal: number): ExportRecord => ({
  type: 'event',
  documentId: id,
  fields: { title: id, type: 'conference', format: 'onsite', startsAt, eventStatus, attendeesTotal, isPublic: true },
  relations: { workingGroup: null },
});

const RECORDS: ExportRecord[] = [
  project(),
  // Partners on 2022-10-31: a, b, t. u is no partner (and its size is unknown: a quality finding).
  organisation('a', { name: 'Alpha Kleinbetrieb', type: 'company', sizeClass: 'micro', district: 'braunschweig', partnerSince: '2021-11-01' }),
  organisation('b', { name: 'Beta Großwerk', type: 'company', sizeClass: 'large', district: 'wolfsburg', partnerSince: '2022-01-01' }),
  organisation('t', { name: 'Gamma Bildung', type: 'training_provider', district: 'goslar', partnerSince: '2021-11-01' }),
  organisation('u', { name: 'Unbekannt GmbH', type: 'company', sizeClass: 'unknown' }),
  consultation('c1', '2022-02-01', 'a'),
  consultation('c2', '2022-03-01', 'b'),
  consultation('c3', '2023-01-10', 'a'),
  // 1,500 attendees make a thousands separator appear; the cancelled one counts nowhere.
  event('e1', '2022-06-01T10:00:00.000Z', 'scheduled', 1500),
  event('e2', '2022-07-01T10:00:00.000Z', 'cancelled', 99),
  { type: 'press-release', documentId: 'p1', fields: { title: 'Start', releaseDate: '2022-05-05' }, relations: {} },
  { type: 'indicator-target', documentId: 'goal', fields: { indicator: 'consultations', period: 'project_year_1', target: 4 } },
];

let dir: string;
let dataDir: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI with the snapshot directory (or another one) in ANALYTICS_DATA_DIR. */
function cli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [TSX, CLI, ...args],
      {
        cwd: REPO_ROOT,
        env: {
          ...process.env,
          ANALYTICS_DATA_DIR: dataDir,
          ANALYTICS_EXPORT_TOKEN: '',
          ANALYTICS_TOKEN_FILE: join(dir, 'no-such-token-file'),
          CMS_URL: 'http://127.0.0.1:9',
          ...env,
        },
        // Generous: several tsx processes side by side on a busy two-core machine take seconds
        // each, and a killed process would read as a wrong exit code (143).
        timeout: 50_000,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'analytics-cli-'));
  dataDir = join(dir, 'data');
  const exportFile = await writeExportFile(dir, RECORDS);
  await refreshSnapshot({ source: { kind: 'file', path: exportFile }, dataDir });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('analytics CLI', { timeout: 60_000 }, () => {
  it('indicators --period py1 --json: the hand-worked values, target and progress', async () => {
    const run = await cli(['indicators', '--period', 'py1', '--json']);
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({ key: 'py1', from: '2021-11-01', to: '2022-10-31', snapshotAt: EXPORTED_AT });
    const v = Object.fromEntries((out.indicators as Array<{ id: string; value: number | null }>).map((i) => [i.id, i.value]));
    expect(v).toEqual({
      partners: 3, // a, b, t
      partner_companies: 2, // a, b
      sme_partner_share: 0.5, // a (micro) of a, b
      training_providers: 1,
      consultations: 2, // c1, c2 (c3 is in py2)
      companies_counselled: 2,
      smes_counselled: 1, // a
      needs_identified: 0,
      needs_matched_share: null, // no needs: no denominator
      course_runs: 0,
      cooperative_course_runs: 0,
      course_participants: 0,
      course_participants_sme: 0,
      new_course_offers: 0,
      events: 1, // e1; e2 is cancelled
      working_group_meetings: 0,
      event_participants: 1500,
      organisations_reached: 2, // a and b, one consultation each
      repeat_engagement_share: 0, // neither has 2 interactions: 0 of 2, a real 0
      districts_reached: 2, // braunschweig, wolfsburg
      press_releases: 1,
    });
    const consultations = out.indicators.find((i: { id: string }) => i.id === 'consultations');
    // project year 1 is the first: nothing before the project to compare with
    expect(consultations).toMatchObject({ target: 4, progress: 0.5, previousValue: null });
  });

  it('indicators --period py1: a German table with de-DE numbers and the snapshot time in Berlin', async () => {
    const [run, json] = await Promise.all([cli(['indicators', '--period', 'py1']), cli(['indicators', '--period', 'py1', '--json'])]);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    // The period's label (its wording belongs to periods.ts) and its dates in German notation.
    const { label } = JSON.parse(json.stdout) as { label: string };
    expect(label).toMatch(/^Projektjahr 1\b/);
    expect(lines[0]).toBe(`${label}: 01.11.2021–31.10.2022`);
    // 08:15 UTC on 25 Nov 2026 is 09:15 in Berlin (CET, UTC+1).
    expect(lines[1]).toBe('Stand: 25.11.2026, 09:15 Uhr');
    const cells = (name: string) =>
      lines
        .find((l) => l.startsWith(`${name}  `))!
        .split(/ {2,}/)
        .map((c) => c.trim());
    expect(cells('Kennzahl')).toEqual(['Kennzahl', 'Art', 'Wert', 'Ziel', 'Zielerreichung', 'Vergleich']);
    expect(lines[2]).toBe('Vergleich: keiner, der Zeitraum wird an seinen Zielwerten gemessen');
    // value 2, target 4, 50 % reached; the first project year has no comparison period
    expect(cells('Beratungen')).toEqual(['Beratungen', 'Summe im Zeitraum', '2', '4', '50,0\u00a0%', '–']);
    expect(cells('Teilnehmende an Veranstaltungen')[2]).toBe('1.500');
    expect(cells('KMU-Anteil der Partnerunternehmen')).toEqual(['KMU-Anteil der Partnerunternehmen', 'Anteil', '50,0\u00a0%', '–', '–', '–']);
    expect(cells('Bedarfe mit passendem Angebot')[2]).toBe('–');
    expect(cells('Wiederkehrende Beteiligung')[2]).toBe('0,0\u00a0%');
    expect(cells('Netzwerkpartner')).toEqual(['Netzwerkpartner', 'Bestand am Stichtag', '3', '–', '–', '–']);
  });

  it('report --period 2022 --out x.xlsx writes the workbook for calendar year 2022', async () => {
    const out = join(dir, 'reports', 'bericht-2022.xlsx');
    await mkdir(join(dir, 'reports'));
    const run = await cli(['report', '--period', '2022', '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe(`Bericht „2022“ geschrieben: ${out}`);
    expect((await stat(out)).size).toBeGreaterThan(0);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(out)) as never);
    const coverRows = workbook.getWorksheet('Deckblatt')!.getSheetValues().filter(Boolean).map((row) => (row as unknown[]).slice(1));
    expect(coverRows).toContainEqual(['Berichtszeitraum', '2022']);
    const sheet = workbook.getWorksheet('Kennzahlen')!;
    const value = (name: string) => {
      let found: unknown;
      sheet.eachRow((row) => {
        if (row.getCell(1).value === name) found = row.getCell(4).value;
      });
      return found;
    };
    // c1, c2 in 2022 (c3 is in 2023); e1's 1,500 attendees
    expect(value('Beratungen')).toBe(2);
    expect(value('Teilnehmende an Veranstaltungen')).toBe(1500);
  });

  it('report refuses a missing --out or an unknown extension with usage (exit 2)', async () => {
    const [noOut, badExtension] = await Promise.all([
      cli(['report', '--period', '2022']),
      cli(['report', '--period', '2022', '--out', join(dir, 'bericht.pdf')]),
    ]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('Bitte mit --out die Zieldatei angeben');
    expect(noOut.stderr).toContain('Verwendung:');
    expect(badExtension.code).toBe(2);
    expect(badExtension.stderr).toContain('.xlsx, .csv oder .docx');
  });

  it('quality: one finding (company u without size), the other seven checks clean', async () => {
    const [run, json] = await Promise.all([cli(['quality']), cli(['quality', '--json'])]);
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.endsWith(': keine Auffälligkeiten'))).toHaveLength(7);
    expect(lines).toContain('Unternehmen ohne bekannte Größe: 1');
    expect(lines).toContain('  – Unbekannt GmbH (u): Die Unternehmensgröße ist nicht erfasst (unbekannt).');

    const checks = JSON.parse(json.stdout) as Array<{ id: string; findings: Array<{ id: string }> }>;
    expect(Object.fromEntries(checks.map((c) => [c.id, c.findings.map((f) => f.id)]))).toMatchObject({ company_size_unknown: ['u'] });
  });

  it('a bad period or range: exit code 1 and a German message', async () => {
    // Independent runs (each opens the snapshot read-only), so they run side by side.
    const [month, year, range] = await Promise.all([
      cli(['indicators', '--period', '2022-13']),
      cli(['indicators', '--period', 'py7']),
      cli(['indicators', '--from', '2022-05-01', '--to', '2022-04-01']),
    ]);
    expect(month.code).toBe(1);
    expect(month.stderr).toContain('Den Monat „2022-13“ gibt es nicht.');
    expect(year.code).toBe(1);
    expect(year.stderr).toContain('Projektjahr 7 gibt es nicht');
    expect(range.code).toBe(1);
    expect(range.stderr).toContain('Der Beginn (01.05.2022) liegt nach dem Ende (01.04.2022).');
    expect(month.stdout + year.stdout + range.stdout).toBe('');
  });

  it('an unknown command or option prints the usage and exits with 2; no command prints it and exits 0', async () => {
    const [unknown, option, none] = await Promise.all([cli(['frobnicate']), cli(['indicators', '--frob']), cli([])]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unbekannter Befehl „frobnicate“.');
    expect(unknown.stderr).toContain('Verwendung: npm run analytics -- <Befehl> [Optionen]');
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('Verwendung:');
    expect(none.code).toBe(0);
    expect(none.stdout).toContain('Verwendung:');
  });

  it('without a snapshot or without an export token: exit code 1 and what to do, in German', async () => {
    const empty = join(dir, 'empty');
    const [noSnapshot, noToken] = await Promise.all([cli(['indicators', '--period', 'py1'], { ANALYTICS_DATA_DIR: empty }), cli(['refresh'])]);
    expect(noSnapshot.code).toBe(1);
    expect(noSnapshot.stderr).toContain('Es liegen noch keine Kennzahlen vor');
    expect(noToken.code).toBe(1);
    expect(noToken.stderr).toContain('Kein API-Token für den CMS-Export');
  });
});
