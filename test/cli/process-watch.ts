import { readFile } from 'node:fs/promises';
import { processTree, residentBytesOf } from '../../electron/services/worker/process-memory';
import { sampleRepeatedly } from '../faults/support/memory-sampler';

export interface WatchedProcess {
  /** The most resident memory the process itself held. */
  ownPeakBytes: number;
  /** Every process it started while watched, by id, with its command line. */
  descendants: Map<number, string>;
}

async function commandLine(pid: number): Promise<string | null> {
  try {
    return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0').join(' ').trim();
  } catch {
    return null;
  }
}

/** Whether a process is still there (and not just waiting to be reaped), from /proc. */
export async function isRunning(pid: number): Promise<boolean> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** Reads /proc every `everyMs` for a process's memory and the processes it starts, one sample at a time. */
export function watchProcess(pid: number, everyMs = 20): { stop: () => Promise<WatchedProcess> } {
  const watched: WatchedProcess = { ownPeakBytes: 0, descendants: new Map() };
  const sample = async (): Promise<void> => {
    watched.ownPeakBytes = Math.max(watched.ownPeakBytes, (await residentBytesOf(pid)) ?? 0);
    for (const child of (await processTree(pid)).filter((each) => each !== pid)) {
      // Read again each time: a process just forked shows its parent's command line until it has started.
      const line = await commandLine(child);
      if (line) watched.descendants.set(child, line);
    }
  };
  const sampler = sampleRepeatedly(sample, everyMs);
  return {
    stop: async () => {
      await sampler.stop();
      return watched;
    },
  };
}
