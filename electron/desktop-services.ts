import type { OpenDialogOptions, PrintToPDFOptions, SaveDialogOptions } from 'electron';
import { join } from 'node:path';
import { AppError } from '../shared/app-error';
import { draftFileDialog, exportFolderDialog, importFileDialog, savePathDialog, withExtension } from './dialog-options';
import { createAnswerSearch } from './services/answer-search';
import type { DesktopShell, Dialogs, Services, WindowPrinter } from './services/contracts';
import { createChangesWatcher } from './services/sync/changes-watcher';
import { writerNameFromProfile } from './services/sync/writer';
import { createDraftLibrary } from './services/draft-library';
import { createDraftExporter } from './services/export/draft-exporter';
import { createSettingsStore } from './services/settings-store';
import { createWorkControl } from './services/work-control';
import type { IsolatedWorker } from './services/worker/isolated-worker';
import { createWorkerImporter, workerRenderExport } from './services/worker/worker-services';
import { workerDraftCheck } from './services/worker/worker-draft-check';
import type { WorkProgress } from '../shared/work-progress';

/** The part of WebContents that prints; Electron's WebContents satisfies it. */
export interface PdfPrinter {
  printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
}

/** What main.ts hands over from Electron, so this module never loads Electron itself and can be tested. */
export interface DesktopServicesOptions {
  userData: string;
  documents: string;
  /** CRD_LIBRARY_FOLDER, when set; otherwise the library sits in the user-data folder. */
  libraryOverride: string | null;
  appVersion: string;
  /** dialog.showOpenDialog / showSaveDialog, parented to the app window by main.ts. */
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  /** shell.openPath: resolves to an error message, or '' when the file opened. */
  openPath(path: string): Promise<string>;
  /** The window whose print view becomes the PDF, or null when there is none. */
  printTarget(): PdfPrinter | null;
  /** The worker process imports and exports run in (a utilityProcess in the app). */
  worker: IsolatedWorker;
  /** Sends import and export progress to the window. */
  reportProgress(progress: WorkProgress): void;
  /** Tells the window that a colleague saved the open shared draft. */
  reportDraftChanged(draftId: string): void;
}

const MM_PER_INCH = 25.4;

/** The same page as the letter's print stylesheet (@page in renderer/src/styles.css), so PDF and paper agree. */
export const LETTER_PDF_OPTIONS: PrintToPDFOptions = {
  pageSize: 'A4',
  printBackground: true,
  margins: { top: 20 / MM_PER_INCH, bottom: 20 / MM_PER_INCH, left: 22 / MM_PER_INCH, right: 22 / MM_PER_INCH },
};

export function libraryFolderFor(userData: string, override: string | null): string {
  return override ?? join(userData, 'library');
}

function desktopDialogs(options: DesktopServicesOptions): Dialogs {
  const open = async (dialogOptions: OpenDialogOptions): Promise<string | null> => {
    const result = await options.showOpenDialog(dialogOptions);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
  return {
    chooseImportFile: () => open(importFileDialog()),
    chooseExportFolder: (defaultPath) => open(exportFolderDialog(defaultPath, options.documents)),
    chooseDraftFile: () => open(draftFileDialog()),
    async chooseSavePath(kind, suggestedName) {
      const result = await options.showSaveDialog(savePathDialog(kind, suggestedName, options.documents));
      return result.canceled || !result.filePath ? null : withExtension(result.filePath, kind);
    },
  };
}

function desktopShell(options: DesktopServicesOptions): DesktopShell {
  return {
    async openPath(path) {
      const problem = await options.openPath(path);
      if (problem !== '') {
        throw new AppError('io', `The file could not be opened (${problem}). Open it from its folder instead: ${path}`);
      }
    },
  };
}

function windowPrinter(options: DesktopServicesOptions): WindowPrinter {
  return {
    async printToPdf() {
      const target = options.printTarget();
      if (target === null) throw new AppError('export-failed', 'There is no open window to print. Open the draft and try again.');
      const pdf = await target.printToPDF(LETTER_PDF_OPTIONS);
      // A Node Buffer is a Uint8Array view that may share a larger pool; copy just the PDF's bytes.
      return new Uint8Array(pdf);
    },
  };
}

/** Every service the IPC handlers use, built on the real disk, dialogs, shell and window. */
export function buildDesktopServices(options: DesktopServicesOptions): Services {
  const folder = libraryFolderFor(options.userData, options.libraryOverride);
  const settings = createSettingsStore({ path: join(options.userData, 'settings.json') });
  // Colleagues see this person by their name from the profile, with the machine, once it is filled in.
  // Large draft files (a hostile one on a shared drive) are parsed in the worker, not in this process.
  const readDraft = workerDraftCheck(options.worker);
  const library = createDraftLibrary({ folder, writerName: async () => writerNameFromProfile((await settings.get()).profile), readDraft });
  const watcher = createChangesWatcher();
  return {
    library,
    importer: createWorkerImporter(options.worker),
    exporter: createDraftExporter(workerRenderExport(options.worker)),
    work: createWorkControl((progress) => options.reportProgress(progress)),
    changes: { follow: (draftId, changesFolder) => watcher.follow(changesFolder, () => options.reportDraftChanged(draftId)) },
    settings,
    search: createAnswerSearch({ draftFiles: () => library.draftFiles(), readDraft }),
    printer: windowPrinter(options),
    dialogs: desktopDialogs(options),
    shell: desktopShell(options),
    clock: () => new Date(),
    appVersion: options.appVersion,
  };
}
