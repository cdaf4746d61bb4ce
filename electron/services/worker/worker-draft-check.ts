import { z } from 'zod';
import { CHECK_ELSEWHERE_FROM_BYTES, DraftFileReadingSchema, readDraftHere, type DraftFileReading, type ReadDraft } from '../draft-file';
import { type IsolatedWorker, WorkerStopped } from './isolated-worker';
import { DEFAULT_WORKER_LIMITS, type WorkerLimits } from './worker-services';

const CheckedSchema = z.object({ reading: DraftFileReadingSchema, bytes: z.number().int() });

function refused(problem: string): DraftFileReading {
  return { ok: false, futureVersion: false, problem };
}

function stoppedProblem(stopped: WorkerStopped, limits: WorkerLimits): string {
  switch (stopped.reason) {
    case 'time-out':
      return `Checking the file took longer than ${Math.round(limits.importTimeoutMs / 1000)} seconds, far longer than any response draft takes, so it was stopped. It may be damaged or built to cause harm.`;
    case 'memory':
      return `Checking the file needed more than ${Math.round(limits.memoryCapBytes / (1024 * 1024))} MB of memory, far more than any response draft needs, so it was stopped. It may be damaged or built to cause harm.`;
    case 'crashed':
    case 'cancelled':
      return 'The file could not be checked: the check stopped unexpectedly. Try again; if it happens again, the file may be damaged.';
  }
}

/**
 * Reads a draft file's bytes as readDraftHere does, a large file in the worker process: parsing a file of many
 * thousands of entries takes seconds, which the app's own process (every window's saves and clicks) must not
 * spend, and a file built to exhaust memory then takes down only the worker. The worker reads the file from its
 * path itself: sending 45 MB of text to it stalled this process for over a second. Small texts, nearly every
 * draft, are read in place, where they cost a few milliseconds. The worker's answer is checked like any input.
 */
export function workerDraftCheck(worker: IsolatedWorker, limits: WorkerLimits = DEFAULT_WORKER_LIMITS): ReadDraft {
  return async (bytes, path) => {
    if (bytes.length < CHECK_ELSEWHERE_FROM_BYTES) return readDraftHere(bytes);
    const refusedWith = (problem: string) => ({ text: '', reading: refused(problem) });
    let value: unknown;
    try {
      value = await worker.run({ kind: 'check-draft', path }, { timeoutMs: limits.importTimeoutMs });
    } catch (error) {
      if (error instanceof WorkerStopped) return refusedWith(stoppedProblem(error, limits));
      return refusedWith(`The file could not be checked (${error instanceof Error ? error.message : String(error)}).`);
    }
    const checked = CheckedSchema.safeParse(value);
    if (!checked.success) return refusedWith('The file could not be checked: the answer from the check was not understood.');
    // The worker read the file again; a file changed in between is read afresh next time.
    if (checked.data.bytes !== bytes.length) return refusedWith('The file changed while it was being read. Try again.');
    // Its text is decoded here only when it holds a draft.
    return { text: checked.data.reading.ok ? bytes.toString('utf8') : '', reading: checked.data.reading };
  };
}
