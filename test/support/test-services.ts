import { createDraftLibrary } from '../../electron/services/draft-library';
import { createConsultationImporter } from '../../electron/services/import/importer';
import { createDraftExporter } from '../../electron/services/export/draft-exporter';
import { createSettingsStore } from '../../electron/services/settings-store';
import { createAnswerSearch } from '../../electron/services/answer-search';
import type { Services } from '../../electron/services/contracts';
import { createWorkControl } from '../../electron/services/work-control';
import type { IsolatedWorker } from '../../electron/services/worker/isolated-worker';
import { createWorkerImporter, workerRenderExport } from '../../electron/services/worker/worker-services';
import type { WorkProgress } from '../../shared/work-progress';
import { join } from 'node:path';

export interface TestServiceOptions {
  libraryFolder: string;
  /** What the export folder picker answers; null is the user cancelling. */
  exportFolder?: string | null;
  /** What the import file picker answers; null is the user cancelling. */
  importFile?: string | null;
  /** What the draft-file picker and save dialogs answer. */
  draftFile?: string | null;
  savePath?: string | null;
  /** Bytes the window printer returns (the e2e tests print with Chromium instead). */
  printPdf?: () => Promise<Uint8Array>;
  clock?: () => Date;
  /** Imports and exports run in this worker process, as in the app; in this process when not given. */
  worker?: IsolatedWorker;
  /** Where import and export progress goes (the window, in the app). */
  reportProgress?: (progress: WorkProgress) => void;
  /** Who this person is to colleagues sharing a draft (the OS user and machine when not given). */
  writerName?: string;
}

export interface TestServices extends Services {
  /** Paths the app asked the system to open, in order. */
  openedPaths: string[];
  dialogAnswers: { exportFolder: string | null; importFile: string | null; draftFile: string | null; savePath: string | null };
}

/**
 * The real services over a temporary library folder, with the system dialogs
 * and shell answered by the test. Used by component tests, the e2e server and
 * the benchmark, so all three exercise the code the app runs.
 */
export function createTestServices(options: TestServiceOptions): TestServices {
  const openedPaths: string[] = [];
  const dialogAnswers = {
    exportFolder: options.exportFolder ?? null,
    importFile: options.importFile ?? null,
    draftFile: options.draftFile ?? null,
    savePath: options.savePath ?? null,
  };
  const clock = options.clock ?? (() => new Date());
  const library = createDraftLibrary({ folder: options.libraryFolder, clock, writerName: options.writerName });
  return {
    library,
    importer: options.worker ? createWorkerImporter(options.worker) : createConsultationImporter(),
    exporter: options.worker ? createDraftExporter(workerRenderExport(options.worker)) : createDraftExporter(),
    work: createWorkControl(options.reportProgress),
    settings: createSettingsStore({ path: join(options.libraryFolder, 'settings.json'), clock }),
    search: createAnswerSearch({ draftFiles: () => library.draftFiles() }),
    printer: {
      printToPdf: options.printPdf ?? (async () => Promise.reject(new Error('No printer in this test'))),
    },
    dialogs: {
      chooseImportFile: async () => dialogAnswers.importFile,
      chooseExportFolder: async () => dialogAnswers.exportFolder,
      chooseDraftFile: async () => dialogAnswers.draftFile,
      chooseSavePath: async () => dialogAnswers.savePath,
    },
    shell: {
      openPath: async (path) => {
        openedPaths.push(path);
      },
    },
    clock,
    appVersion: '0.0.0-test',
    openedPaths,
    dialogAnswers,
  };
}
