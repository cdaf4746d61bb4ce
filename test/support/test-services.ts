import { createDraftLibrary } from '../../electron/services/draft-library';
import { createConsultationImporter } from '../../electron/services/import/importer';
import { createDraftExporter } from '../../electron/services/export/draft-exporter';
import type { Services } from '../../electron/services/contracts';

export interface TestServiceOptions {
  libraryFolder: string;
  /** What the export folder picker answers; null is the user cancelling. */
  exportFolder?: string | null;
  /** What the import file picker answers; null is the user cancelling. */
  importFile?: string | null;
  clock?: () => Date;
}

export interface TestServices extends Services {
  /** Paths the app asked the system to open, in order. */
  openedPaths: string[];
  dialogAnswers: { exportFolder: string | null; importFile: string | null };
}

/**
 * The real services over a temporary library folder, with the system dialogs
 * and shell answered by the test. Used by component tests, the e2e server and
 * the benchmark, so all three exercise the code the app runs.
 */
export function createTestServices(options: TestServiceOptions): TestServices {
  const openedPaths: string[] = [];
  const dialogAnswers = { exportFolder: options.exportFolder ?? null, importFile: options.importFile ?? null };
  const clock = options.clock ?? (() => new Date());
  return {
    library: createDraftLibrary({ folder: options.libraryFolder, clock }),
    importer: createConsultationImporter(),
    exporter: createDraftExporter(),
    dialogs: {
      chooseImportFile: async () => dialogAnswers.importFile,
      chooseExportFolder: async () => dialogAnswers.exportFolder,
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
