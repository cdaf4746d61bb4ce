import { processTreeResidentBytes, residentBytesOf } from '../../../electron/services/worker/process-memory';

export interface MemoryPeaks {
  /** This process and every process it started (the import and export workers). */
  tree: number;
  /** This process alone: the app's own process in these tests. */
  own: number;
}

/** Samples /proc every `everyMs` until stopped, keeping the peaks. */
export function sampleMemory(everyMs = 25): { stop: () => Promise<MemoryPeaks> } {
  const peaks: MemoryPeaks = { tree: 0, own: 0 };
  let sampling: Promise<void> = Promise.resolve();
  let busy = false;
  const sample = async (): Promise<void> => {
    const [tree, own] = await Promise.all([processTreeResidentBytes(process.pid), residentBytesOf(process.pid)]);
    peaks.tree = Math.max(peaks.tree, tree);
    peaks.own = Math.max(peaks.own, own ?? 0);
  };
  // One sample at a time: reading /proc for every process is slow on a busy machine, and a backlog would outlast the work.
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
      await sample();
      return peaks;
    },
  };
}
