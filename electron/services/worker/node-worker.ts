/**
 * The isolated worker for plain Node: the command line, the benchmark and the
 * tests use it as the app does, with the same limits.
 *
 *   import { runImport, runExport, closeWorker } from './electron/services/worker/node-worker';
 *   const found = await runImport('consultation.pdf', { onProgress: (p) => console.error(p.message) });
 *   const files = await runExport(draft, { folder, kinds: ['letter-full', 'letter-publication', 'email'], overwrite: false, now: new Date() });
 *   await closeWorker(); // or let the process end: an idle worker does not keep it alive
 *
 * runImport throws ImportError (bad file, with a plain message) or AppError('cancelled');
 * runExport throws AppError ('file-exists', 'export-failed', 'cancelled'). Pass an
 * AbortSignal to cancel. From built JavaScript, call useWorkerScript(path) first with the
 * built worker-entry.js (worker-entry.ts is run through tsx otherwise).
 */
import type { ImportResult } from '../../../shared/import/import-result';
import type { ExportedFile } from '../../../shared/ipc';
import type { ResponseDraft } from '../../../shared/model';
import type { ExportOptions, WorkOptions } from '../contracts';
import { createDraftExporter } from '../export/draft-exporter';
import { createIsolatedWorker, type IsolatedWorker } from './isolated-worker';
import { DEFAULT_WORKER_LIMITS, createWorkerImporter, workerRenderExport, type WorkerLimits } from './worker-services';
import { forkWorkerLauncher } from './worker-process';

let script: string | undefined;
let shared: IsolatedWorker | null = null;

/** Which worker entry to start (a built worker-entry.js); call before the first job. */
export function useWorkerScript(path: string): void {
  script = path;
}

/**
 * A worker of its own, for callers that want other limits or several at once.
 * `workerScript` is the built worker entry to start (the command line's own build); the one set by useWorkerScript, or
 * the one beside this module, when not given.
 */
export function createNodeWorker(limits: WorkerLimits = DEFAULT_WORKER_LIMITS, workerScript: string | undefined = script): IsolatedWorker {
  return createIsolatedWorker({ launch: forkWorkerLauncher(workerScript === undefined ? {} : { script: workerScript }), memoryCapBytes: limits.memoryCapBytes });
}

function sharedWorker(): IsolatedWorker {
  shared ??= createNodeWorker();
  return shared;
}

/** Reads a consultation document in the worker. */
export function runImport(file: string, options: WorkOptions = {}): Promise<ImportResult> {
  return createWorkerImporter(sharedWorker()).readPath(file, options);
}

/** Renders a draft's files in the worker and writes them to `options.folder`. */
export function runExport(draft: ResponseDraft, options: ExportOptions): Promise<ExportedFile[]> {
  return createDraftExporter(workerRenderExport(sharedWorker())).exportDraft(draft, options);
}

/** Stops the shared worker. */
export async function closeWorker(): Promise<void> {
  const worker = shared;
  shared = null;
  await worker?.close();
}
