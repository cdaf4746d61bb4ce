import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createDraftLibrary } from '../electron/services/draft-library';
import { fileContent, type ReadDraft } from '../electron/services/draft-file';
import { createNodeWorker } from '../electron/services/worker/node-worker';
import { workerDraftCheck } from '../electron/services/worker/worker-draft-check';
import { bundledConsultations } from '../shared/consultations';
import { newDraft, type Consultation } from '../shared/model';
import { median } from './measure';

/** Comments in the hostile file: about 45 MB of them, under the 50 MB a draft file may be. */
export const HOSTILE_COMMENTS = 150_000;

export interface HostileDraftFigures {
  bytes: number;
  /** Opening it until refused, and the longest this process stopped answering meanwhile: parsed here. */
  inPlace: { totalMs: number; longestStallMs: number };
  /** The same as the app does it: the text parsed in the worker process. */
  inWorker: { totalMs: number; longestStallMs: number };
}

async function opening(path: string, libraryFolder: string, readDraft: ReadDraft | undefined, runs: number): Promise<{ totalMs: number; longestStallMs: number }> {
  const library = createDraftLibrary({ folder: libraryFolder, readDraft });
  const totals: number[] = [];
  const stalls: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const stall = monitorEventLoopDelay({ resolution: 5 });
    stall.enable();
    const start = performance.now();
    const refused = await library.openFile(path).then(() => false, () => true);
    totals.push(performance.now() - start);
    // A stall just before the end shows only once the loop runs its timers again.
    await new Promise((done) => setTimeout(done, 50));
    stall.disable();
    stalls.push(stall.max / 1e6);
    if (!refused) throw new Error('The hostile draft file was opened: the limit on comments does not hold.');
  }
  return { totalMs: median(totals), longestStallMs: median(stalls) };
}

/**
 * A draft file as a hostile or damaged copy on a shared drive might be: every comment valid, far too many of them.
 * Opened once with its text parsed in this process (as the command line does), once as the app does (parsed in
 * the worker process); for each, the time until it is refused and the longest this process stopped answering.
 */
export async function measureHostileDraft(folder: string, runs: number): Promise<HostileDraftFigures> {
  await mkdir(folder, { recursive: true });
  const draft = newDraft(bundledConsultations[0] as Consultation, { id: 'hostile-draft', now: new Date('2025-01-06T09:00:00.000Z') });
  const comment = { target: { kind: 'section', section: 'general' }, author: 'A colleague', at: draft.createdAt, text: 'x'.repeat(120), resolved: false, resolvedBy: null, resolvedAt: null };
  const text = JSON.stringify({ ...fileContent(draft), comments: Array.from({ length: HOSTILE_COMMENTS }, (_, i) => ({ id: `c-${i}`, ...comment })) });
  const path = join(folder, 'From a shared drive.crdraft');
  await writeFile(path, text);
  const inPlace = await opening(path, join(folder, 'library-here'), undefined, runs);
  const worker = createNodeWorker();
  try {
    const inWorker = await opening(path, join(folder, 'library-worker'), workerDraftCheck(worker), runs);
    return { bytes: text.length, inPlace, inWorker };
  } finally {
    await worker.close();
  }
}
