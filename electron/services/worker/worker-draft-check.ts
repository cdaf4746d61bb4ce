import { CHECK_ELSEWHERE_FROM_CHARS, DraftFileReadingSchema, readDraftText, type DraftFileReading } from '../draft-file';
import { type IsolatedWorker, WorkerStopped } from './isolated-worker';
import { DEFAULT_WORKER_LIMITS, type WorkerLimits } from './worker-services';

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
 * Reads a draft file's text as readDraftText does, a large one in the worker process: parsing a file of many
 * thousands of entries takes seconds, which the app's own process (every window's saves and clicks) must not
 * spend, and a file built to exhaust memory then takes down only the worker. Small texts, nearly every draft,
 * are read in place, where they cost a few milliseconds. The worker's answer is checked like any input.
 */
export function workerDraftCheck(worker: IsolatedWorker, limits: WorkerLimits = DEFAULT_WORKER_LIMITS): (text: string) => Promise<DraftFileReading> {
  return async (text) => {
    if (text.length < CHECK_ELSEWHERE_FROM_CHARS) return readDraftText(text);
    let value: unknown;
    try {
      value = await worker.run({ kind: 'check-draft', text }, { timeoutMs: limits.importTimeoutMs });
    } catch (error) {
      if (error instanceof WorkerStopped) return refused(stoppedProblem(error, limits));
      return refused(`The file could not be checked (${error instanceof Error ? error.message : String(error)}).`);
    }
    const reading = DraftFileReadingSchema.safeParse(value);
    return reading.success ? reading.data : refused('The file could not be checked: the answer from the check was not understood.');
  };
}
