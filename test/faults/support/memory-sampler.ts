import { processTreeResidentBytes, residentBytesOf } from '../../../electron/services/worker/process-memory';

export interface MemoryPeaks {
  /** This process and every process it started (the import and export workers). */
  tree: number;
  /** This process alone: the app's own process in these tests. */
  own: number;
}

/**
 * Runs `sample` every `everyMs`, one at a time: reading /proc for every process is slow on a busy machine,
 * and a backlog would outlast the work. `stop` waits for the sample under way.
 */
export function sampleRepeatedly(sample: () => Promise<void>, everyMs: number): { stop: () => Promise<void> } {
  let sampling: Promise<void> = Promise.resolve();
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    sampling = sample().finally(() => {
      busy = false;
    });
  }, everyMs);
  return {
    stop: async () => {
      clearInterval(timer);
      await sampling;
    },
  };
}

/** Samples /proc every `everyMs` until stopped, keeping the peaks. */
export function sampleMemory(everyMs = 25): { stop: () => Promise<MemoryPeaks> } {
  const peaks: MemoryPeaks = { tree: 0, own: 0 };
  const sample = async (): Promise<void> => {
    const [tree, own] = await Promise.all([processTreeResidentBytes(process.pid), residentBytesOf(process.pid)]);
    peaks.tree = Math.max(peaks.tree, tree);
    peaks.own = Math.max(peaks.own, own ?? 0);
  };
  const sampler = sampleRepeatedly(sample, everyMs);
  return {
    stop: async () => {
      await sampler.stop();
      await sample();
      return peaks;
    },
  };
}
