/** Timing helpers: a warm-up, then several runs, reported as their median. */
export interface Timing {
  /** Milliseconds of each measured run, in the order they ran. */
  runs: number[];
  median: number;
  min: number;
  max: number;
}

export const DEFAULT_RUNS = 7;

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest-rank: the smallest value with at least p% of the values at or below it.
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function summarise(runs: readonly number[]): Timing {
  return { runs: [...runs], median: median(runs), min: Math.min(...runs), max: Math.max(...runs) };
}

/**
 * Runs `task` once to warm up (JIT, module caches, file system caches), then
 * `runs` more times, timing each. `setup` runs before each call, untimed.
 */
export async function time<S>(
  task: (state: S) => unknown,
  options: { runs?: number; warmups?: number; setup?: (i: number) => S | Promise<S> } = {},
): Promise<Timing> {
  const runs = options.runs ?? DEFAULT_RUNS;
  const warmups = options.warmups ?? 1;
  const setup = options.setup ?? (() => undefined as S);
  const measured: number[] = [];
  for (let i = 0; i < warmups + runs; i += 1) {
    const state = await setup(i);
    const start = performance.now();
    await task(state);
    const elapsed = performance.now() - start;
    if (i >= warmups) measured.push(elapsed);
  }
  return summarise(measured);
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return '—';
  return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`;
}
