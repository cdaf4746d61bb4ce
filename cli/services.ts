import type { ConsultationImporter, DraftExporter } from '../electron/services/contracts';
import type { IsolatedWorker } from '../electron/services/worker/isolated-worker';

/**
 * The app's own import and export services, as the command line uses them:
 * both run in the same isolated worker process as in the app, with its memory
 * cap, time limits and plain messages, so a hostile document cannot take the
 * command (or a script running it) down. The worker is started on first use,
 * so commands that need neither (show, set, check) start no process and load
 * neither mammoth, pdf.js nor docx.
 */
export interface CliServices {
  importer(): Promise<ConsultationImporter>;
  exporter(): Promise<DraftExporter>;
  clock: () => Date;
  /** Stops the worker, when a command started one; the command ends after it. */
  close(): Promise<void>;
}

export interface CliServicesOptions {
  /** The built worker entry (.crd-build/worker-entry.mjs); worker-entry.ts run through tsx when not given. */
  workerScript?: string;
}

export function createCliServices(options: CliServicesOptions = {}): CliServices {
  let starting: Promise<IsolatedWorker> | null = null;
  const worker = (): Promise<IsolatedWorker> =>
    (starting ??= import('../electron/services/worker/node-worker').then(({ createNodeWorker }) => createNodeWorker(undefined, options.workerScript)));
  const workerServices = () => import('../electron/services/worker/worker-services');
  return {
    importer: async () => (await workerServices()).createWorkerImporter(await worker()),
    exporter: async () => {
      const [{ createDraftExporter }, { workerRenderExport }] = await Promise.all([import('../electron/services/export/draft-exporter'), workerServices()]);
      return createDraftExporter(workerRenderExport(await worker()));
    },
    clock: () => new Date(),
    async close() {
      const started = starting;
      starting = null;
      await (await started)?.close();
    },
  };
}
