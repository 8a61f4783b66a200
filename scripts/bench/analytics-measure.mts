// The analytics side of `npm run bench:analytics`, run with tsx in a process of its own so that
// its peak memory is its own: refreshes the snapshot from the CMS export (watching the CMS
// process's memory while it streams), then times all indicators for the given periods.
//
//   tsx scripts/bench/analytics-measure.mts --data-dir DIR --out FILE.json
//       (--url URL --token-file FILE --cms-pid PID | --export-file FILE.ndjson)
//       [--periods term,2023-Q2 | --periods all] [--refreshes 1] [--warmup 3] [--runs 20]
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  computeIndicators,
  computeOverview,
  type ExportSource,
  namedPeriods,
  type Period,
  readFundingProject,
  refreshSnapshot,
  type RefreshSummary,
  resolvePeriod,
  SnapshotStore,
} from '@verbund/analytics';
import { pressureMs, statusMb, watchMemory } from './proc-status.mjs';
import { timeRepeated } from './stats.mjs';

const { values: args } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    out: { type: 'string' },
    url: { type: 'string' },
    'token-file': { type: 'string' },
    'cms-pid': { type: 'string' },
    'export-file': { type: 'string' },
    periods: { type: 'string', default: 'term' },
    refreshes: { type: 'string', default: '1' },
    warmup: { type: 'string', default: '3' },
    runs: { type: 'string', default: '20' },
  },
});
const dataDir = args['data-dir'];
const out = args.out;
if (!dataDir || !out) throw new Error('--data-dir and --out are required');
const exportFile = args['export-file'];
const cmsPid = args['cms-pid'] ? Number(args['cms-pid']) : null;
const source: ExportSource = exportFile
  ? { kind: 'file', path: exportFile }
  : { kind: 'url', url: args.url ?? '', token: readFileSync(args['token-file'] ?? '', 'utf8').trim() };
const progress = (message: string) => process.stderr.write(`[analytics] ${message}\n`);

const refreshes = [];
for (let n = 1; n <= Number(args.refreshes); n += 1) {
  // The download is the only step in which the CMS works; its memory is watched from the first
  // progress report to the start of the load.
  let watch: ReturnType<typeof watchMemory> | null = null;
  let cmsMemory = null;
  const pressureBefore = pressureMs();
  const summary: RefreshSummary = await refreshSnapshot({
    source,
    dataDir,
    onProgress: ({ step, message }) => {
      progress(`refresh ${n}: ${message}`);
      if (cmsPid && step === 'download' && !watch) watch = watchMemory(cmsPid);
      if (watch && step !== 'download') {
        cmsMemory = watch.stop();
        watch = null;
      }
    },
  });
  const pressureAfter = pressureMs();
  const stalledMs = (resource: 'cpu' | 'io') => {
    const [before, after] = [pressureBefore[resource], pressureAfter[resource]];
    return before === null || after === null ? null : Math.round(after - before);
  };
  refreshes.push({
    durationsMs: summary.durationsMs,
    totalRecords: summary.totalRecords,
    records: summary.records,
    bytes: summary.bytes,
    cmsMemory,
    stalledMs: { cpu: stalledMs('cpu'), io: stalledMs('io') },
  });
}

const store = new SnapshotStore(dataDir);
const warmup = Number(args.warmup);
const runs = Number(args.runs);
const project = await store.withConnection((conn) => readFundingProject(conn));
const periods: Period[] = args.periods === 'all' ? namedPeriods(project) : args.periods.split(',').map((spec) => resolvePeriod({ period: spec }, project));

const results = [];
for (const period of periods) {
  progress(`${period.label}: ${runs > 0 ? `${warmup} + ${runs} runs` : 'values'} …`);
  const indicators = await timeRepeated(() => store.withConnection((conn) => computeIndicators(conn, period.from, period.to)), {
    warmup: Math.max(warmup, 1),
    runs,
  });
  // What the dashboard's overview asks for: the values, the previous period's and the targets.
  const overview = runs > 0 ? await timeRepeated(() => store.withConnection((conn) => computeOverview(conn, period, project)), { warmup, runs }) : null;
  results.push({
    key: period.key,
    label: period.label,
    from: period.from,
    to: period.to,
    values: Object.fromEntries(indicators.result.map(({ id, value }) => [id, value])),
    indicatorsMs: indicators.timing,
    overviewMs: overview?.timing ?? null,
  });
}
store.close();

const result = {
  term: { startsOn: project.startsOn, endsOn: project.endsOn },
  refreshes,
  periods: results,
  // Peak over the whole process: the refreshes and every query above.
  analyticsPeakRssMb: statusMb(process.pid, 'VmHWM'),
};
writeFileSync(`${out}.tmp`, JSON.stringify(result, null, 2));
renameSync(`${out}.tmp`, out);
