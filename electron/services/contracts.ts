import type { Consultation, ExportKind, MainOwnedFields, Presence, Profile, ResponseDraft, Settings } from '../../shared/model';
import type { AnswerSearchQuery, AnswerSearchResult, DamagedDraft, DraftSummary, ExportedFile } from '../../shared/model';
import type { ImportResult } from '../../shared/import/import-result';
import type { StepProgress, WorkKind } from '../../shared/work-progress';

/** The draft library on disk: one JSON file per draft, written atomically with a backup. */
export interface DraftLibrary {
  readonly folder: string;
  list(): Promise<{ drafts: DraftSummary[]; damaged: DamagedDraft[]; consultations: Consultation[] }>;
  /** Starts a draft, filled in from the respondent profile when one is given. */
  create(consultationId: string, profile?: Profile): Promise<ResponseDraft>;
  open(id: string): Promise<ResponseDraft>;
  /** Saves the window's edits, keeping the fields the main process owns as they are on disk. Refuses a locked draft. */
  save(draft: ResponseDraft): Promise<{ savedAt: string; owned: MainOwnedFields; merged?: ResponseDraft; ownRevision?: string }>;
  /** Reads, changes and writes one draft with no other save in between (exports, workflow, renames). */
  update(id: string, change: (draft: ResponseDraft) => ResponseDraft | Promise<ResponseDraft>): Promise<ResponseDraft>;
  /**
   * Others' saved changes to a shared draft and who else has it open: the merged draft when it differs
   * from `knownRevision` (null otherwise), and the people present. Keeps this writer's own presence fresh.
   */
  shared(id: string, knownRevision: string | null): Promise<{ draft: ResponseDraft | null; others: Presence[] }>;
  /** Says to others that this person no longer has the draft open (the window left it). */
  leave(id: string): Promise<void>;
  /** Leaves every draft this process has open: the app or the command line is ending. */
  leaveAll(): Promise<void>;
  /** The folder beside the draft's file where everyone's changes to it are kept. */
  changesFolder(id: string): string;
  rename(id: string, name: string): Promise<DraftSummary>;
  duplicate(id: string): Promise<DraftSummary>;
  remove(id: string): Promise<void>;
  restoreBackup(id: string): Promise<ResponseDraft>;
  addConsultation(consultation: Consultation): Promise<Consultation>;
  /** The consultation as the library holds it (bundled or saved). */
  getConsultation(id: string): Promise<Consultation>;
  /** Replaces a saved consultation with a corrected version, stamped with the time; the bundled one is refused. */
  updateConsultation(consultation: Consultation): Promise<Consultation>;
  /** Moves a saved consultation to the deleted folder; drafts keep their own copy. The bundled one is refused. */
  removeConsultation(id: string): Promise<void>;
  /**
   * Opens a draft file kept outside the library (a shared drive, say). From
   * then on the draft's id resolves to that file, so it autosaves in place.
   */
  openFile(path: string): Promise<ResponseDraft>;
  /** Writes a copy of a draft, with a new id, to a file outside the library; refuses to replace an existing file. */
  saveCopy(id: string, path: string): Promise<ResponseDraft>;
  /** The paths of every draft file the library lists, its own and those opened from elsewhere. */
  draftFiles(): Promise<string[]>;
}

/** The app's own settings: the respondent profile and the recent draft files. */
export interface SettingsStore {
  get(): Promise<Settings>;
  saveProfile(profile: Profile): Promise<Settings>;
  addRecentFile(path: string): Promise<Settings>;
  clearRecentFiles(): Promise<Settings>;
}

/** Finds earlier answers across every draft of the library. */
export interface AnswerSearch {
  search(query: AnswerSearchQuery): Promise<AnswerSearchResult>;
}

/** Prints the window's current page (the letter's print view) to PDF bytes. */
export interface WindowPrinter {
  printToPdf(): Promise<Uint8Array>;
}

/** What a long import or export is given so it can be followed and stopped. */
export interface WorkOptions {
  /** Aborting stops the work; it then fails with a plain message. */
  signal?: AbortSignal;
  onProgress?: (progress: StepProgress) => void;
}

/** Reads a consultation document and proposes a consultation for the user to review. Throws ImportError. */
export interface ConsultationImporter {
  read(fileName: string, bytes: Uint8Array, work?: WorkOptions): Promise<ImportResult>;
  readPath(path: string, work?: WorkOptions): Promise<ImportResult>;
}

/** Runs one import and one export at a time for the window, reporting their progress and cancelling on request. */
export interface WorkControl {
  run<T>(kind: WorkKind, task: (work: Required<WorkOptions>) => Promise<T>): Promise<T>;
  /** Stops the running work of that kind; false when there was none. */
  cancel(kind: WorkKind): boolean;
}

export interface ExportOptions extends WorkOptions {
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
  chooseDraftFile(): Promise<string | null>;
  /** A save dialog for a new file; `suggestedName` is a bare file name. */
  chooseSavePath(kind: 'draft' | 'pdf', suggestedName: string): Promise<string | null>;
}

export interface DesktopShell {
  openPath(path: string): Promise<void>;
}

/** Everything the IPC handlers need, built once in main.ts (or the e2e server). */
export interface Services {
  library: DraftLibrary;
  importer: ConsultationImporter;
  exporter: DraftExporter;
  settings: SettingsStore;
  search: AnswerSearch;
  work: WorkControl;
  printer: WindowPrinter;
  dialogs: Dialogs;
  shell: DesktopShell;
  /** Tells the window when colleagues save the open shared draft; absent where nothing listens (the command line). */
  changes?: { follow(draftId: string, folder: string): Promise<void> };
  clock: () => Date;
  appVersion: string;
}
