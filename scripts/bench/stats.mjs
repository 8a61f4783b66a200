/**
 * Median, 95th percentile (nearest rank), min and max of timings in ms.
 * @param {number[]} samples
 */
export const summarize = (samples) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
  const round = (ms) => Math.round(ms * 100) / 100;
  return { runs: sorted.length, medianMs: round(rank(0.5)), p95Ms: round(rank(0.95)), minMs: round(sorted[0]), maxMs: round(sorted.at(-1)) };
};

/**
 * Runs `work` `warmup` times untimed, then `runs` times timed; returns the last result and the timings.
 * @template T
 * @param {() => Promise<T>} work
 * @param {{ warmup: number, runs: number }} counts
 * @returns {Promise<{ result: T, timing: ReturnType<typeof summarize> | null }>}
 */
export const timeRepeated = async (work, { warmup, runs }) => {
  let result;
  for (let i = 0; i < warmup; i += 1) result = await work();
  const samples = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    result = await work();
    samples.push(performance.now() - started);
  }
  return { result, timing: runs > 0 ? summarize(samples) : null };
};
