/**
 * Runs one measurement in a fresh Node process, so "cold" means what it says:
 * the modules are loaded, then the first call is timed (JIT, lazy imports,
 * caches all cold), then a few more. Prints one JSON line. Started by the
 * bench (see cold.ts); not meant to be run by hand.
 *   cold-probe.ts import-worker <file> <runs>     (in the app's built worker, started and made ready first)
 *   cold-probe.ts export <folder> <runs>          (in this process, V8's default flags)
 *   cold-probe.ts export-worker <folder> <runs>   (in the app's built worker, started and made ready first, as the app does at idle)
 *   cold-probe.ts list <library-folder> <runs>
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createDraftLibrary } from '../electron/services/draft-library';
import { createDraftExporter } from '../electron/services/export/draft-exporter';
import { residentBytesOf } from '../electron/services/worker/process-memory';
import { forkWorkerLauncher } from '../electron/services/worker/worker-process';
import { createIsolatedWorker, type IsolatedWorker } from '../electron/services/worker/isolated-worker';
import { createWorkerImporter, workerRenderExport } from '../electron/services/worker/worker-services';
import { largeDraft } from './large-case';
import { LETTER_DATE } from './node-figures';

export interface ProbeResult {
  firstMs: number;
  laterMs: number[];
  /** Peak resident memory of this process, in bytes, when the first call ended. */
  peakRssAfterFirst: number;
  /** Resident memory before the first call, in bytes. */
  rssBefore: number;
  detail: string;
}

const peakRss = () => process.resourceUsage().maxRSS * 1024;

async function timed(task: () => Promise<string>, runs: number): Promise<ProbeResult> {
  const rssBefore = process.memoryUsage().rss;
  let start = performance.now();
  const detail = await task();
  const firstMs = performance.now() - start;
  const peakRssAfterFirst = peakRss();
  const laterMs: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    start = performance.now();
    await task();
    laterMs.push(performance.now() - start);
  }
  return { firstMs, laterMs, peakRssAfterFirst, rssBefore, detail };
}

/** The built worker the app starts (npm run bench builds the app first). */
const BUILT_WORKER = join(import.meta.dirname, '..', 'out', 'main', 'worker-entry.js');

/**
 * A job as the app runs it: in a built worker process (with the app's V8 flags), started and ready (its modules
 * loaded) before the clock starts, as the app prewarms one at idle. Its peak resident memory is sampled from
 * outside, as the app's memory cap reads it.
 */
async function inBuiltWorker(runs: number, job: (worker: IsolatedWorker) => Promise<string>): Promise<ProbeResult> {
  const pids: number[] = [];
  const launch = forkWorkerLauncher({ script: BUILT_WORKER });
  const worker = createIsolatedWorker({
    launch: (options) => {
      const started = launch(options);
      if (started.pid !== undefined) pids.push(started.pid);
      return started;
    },
    warmWorkers: 1,
    maxWorkers: 1,
  });
  const keepAlive = setInterval(() => undefined, 1000);
  let peak = 0;
  const sampler = setInterval(() => {
    for (const pid of pids) void residentBytesOf(pid).then((bytes) => (peak = Math.max(peak, bytes ?? 0)));
  }, 10);
  try {
    await worker.prewarm();
    const rssBefore = (await residentBytesOf(pids[0] ?? -1)) ?? 0;
    let start = performance.now();
    const detail = await job(worker);
    const firstMs = performance.now() - start;
    const peakRssAfterFirst = peak;
    const laterMs: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      start = performance.now();
      await job(worker);
      laterMs.push(performance.now() - start);
    }
    // A worker holding too much after a job is replaced; a figure that included a new worker's start says so.
    return { firstMs, laterMs, peakRssAfterFirst, rssBefore, detail: `${detail}; ${pids.length} worker process${pids.length === 1 ? '' : 'es'} used` };
  } finally {
    clearInterval(sampler);
    clearInterval(keepAlive);
    await worker.close();
  }
}

/** The export as the app makes it: rendered in the worker, the files written by this process. */
async function exportInWorker(target: string, runs: number): Promise<ProbeResult> {
  const draft = largeDraft();
  const folder = join(target, 'export');
  await mkdir(folder, { recursive: true });
  return inBuiltWorker(runs, async (worker) => {
    const exporter = createDraftExporter(workerRenderExport(worker));
    return `${(await exporter.exportDraft(draft, { folder, kinds: ['letter-full', 'letter-publication', 'email'], overwrite: true, now: LETTER_DATE })).length} files`;
  });
}

/** The import as the app makes it: the file read, extracted and parsed in the worker. */
function importInWorker(path: string, runs: number): Promise<ProbeResult> {
  return inBuiltWorker(runs, async (worker) => `${(await createWorkerImporter(worker).readPath(path)).consultation.questions.length} questions found`);
}

async function main(): Promise<void> {
  const [kind, target, runsText] = process.argv.slice(2);
  const runs = Number(runsText ?? 0);
  if (!target) throw new Error('usage: cold-probe.ts <import-worker|export|export-worker|list> <path> <runs>');
  let result: ProbeResult;
  if (kind === 'export') {
    const draft = largeDraft();
    const exporter = createDraftExporter();
    const folder = join(target, 'export');
    await mkdir(folder, { recursive: true });
    result = await timed(async () => {
      const files = await exporter.exportDraft(draft, { folder, kinds: ['letter-full', 'letter-publication', 'email'], overwrite: true, now: LETTER_DATE });
      return `${files.length} files`;
    }, runs);
  } else if (kind === 'export-worker') {
    result = await exportInWorker(target, runs);
  } else if (kind === 'import-worker') {
    result = await importInWorker(target, runs);
  } else if (kind === 'list') {
    const library = createDraftLibrary({ folder: target });
    result = await timed(async () => `${(await library.list()).drafts.length} drafts listed`, runs);
  } else {
    throw new Error(`unknown probe "${kind}"`);
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
