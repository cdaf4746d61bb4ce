import type { Consultation, ExportKind, MainOwnedFields, ResponseDraft } from '../../shared/model';
import type { DamagedDraft, DraftSummary, ExportedFile } from '../../shared/ipc';
import type { ImportResult } from '../../shared/import/import-result';

/** The draft library on disk: one JSON file per draft, written atomically with a backup. */
export interface DraftLibrary {
  readonly folder: string;
  list(): Promise<{ drafts: DraftSummary[]; damaged: DamagedDraft[]; consultations: Consultation[] }>;
  create(consultationId: string): Promise<ResponseDraft>;
  open(id: string): Promise<ResponseDraft>;
  /** Saves the window's edits, keeping the fields the main process owns as they are on disk. Refuses a locked draft. */
  save(draft: ResponseDraft): Promise<{ savedAt: string; owned: MainOwnedFields }>;
  /** Reads, changes and writes one draft with no other save in between (exports, workflow, renames). */
  update(id: string, change: (draft: ResponseDraft) => ResponseDraft | Promise<ResponseDraft>): Promise<ResponseDraft>;
  rename(id: string, name: string): Promise<DraftSummary>;
  duplicate(id: string): Promise<DraftSummary>;
  remove(id: string): Promise<void>;
  restoreBackup(id: string): Promise<ResponseDraft>;
  addConsultation(consultation: Consultation): Promise<Consultation>;
}

/** Reads a consultation document and proposes a consultation for the user to review. Throws ImportError. */
export interface ConsultationImporter {
  read(fileName: string, bytes: Uint8Array): Promise<ImportResult>;
  readPath(path: string): Promise<ImportResult>;
}

export interface ExportOptions {
  folder: string;
  kinds: readonly ExportKind[];
  /** When false, an existing file of the same name stops the export before anything is written. */
  overwrite: boolean;
  now: Date;
}

/** Writes a draft's letter(s) and email to a folder. Throws AppError ('file-exists' | 'export-failed'). */
export interface DraftExporter {
  exportDraft(draft: ResponseDraft, options: ExportOptions): Promise<ExportedFile[]>;
}

/** The system dialogs, injected so tests and the e2e server can answer them. */
export interface Dialogs {
  chooseImportFile(): Promise<string | null>;
  chooseExportFolder(defaultPath: string | null): Promise<string | null>;
}

export interface DesktopShell {
  openPath(path: string): Promise<void>;
}

/** Everything the IPC handlers need, built once in main.ts (or the e2e server). */
export interface Services {
  library: DraftLibrary;
  importer: ConsultationImporter;
  exporter: DraftExporter;
  dialogs: Dialogs;
  shell: DesktopShell;
  clock: () => Date;
  appVersion: string;
}
