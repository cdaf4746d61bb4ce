import type { WorkKind, WorkProgress } from '../../../shared/work-progress';
import type { AnswerMatch, AnswerSearchQuery, AnswerSearchResult, DrafterApi, ExportedFile, IpcError, LibraryListing } from '../../../shared/ipc';
import type { CommentTarget, Consultation, ExportKind, Presence, Profile, ResponseDraft, Settings } from '../../../shared/model';
import type { Finding, ImportFindings } from '../../../shared/import/import-result';
import type { WorkflowAction } from '../../../shared/workflow';
import type { UndoHistory } from './undo-history';

/** Where the user is; a null section means the draft's first section. Mirrored in the URL hash so a reload returns to the same screen. */
export type View =
  | { screen: 'library' }
  | { screen: 'draft'; draftId: string; section: SectionId | null }
  | { screen: 'settings' }
  | { screen: 'import' }
  | { screen: 'edit-consultation'; consultationId: string };

/** A section of a draft: a question (by id), or one of the fixed sections. */
export type SectionId = `question:${string}` | 'confidentiality' | 'respondent' | 'signatory' | 'review' | 'export' | 'history';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'error'; message: string };

export interface StoreDeps {
  api: DrafterApi;
  clock: () => Date;
  /** How long typing must pause before the draft is saved. */
  autosaveDelayMs: number;
  /** How often an open draft looks for colleagues' changes; 0 (tests) only when asked. */
  sharedPollMs?: number;
}

export interface NavigationSlice {
  view: View;
  navigate: (view: View) => void;
}

export interface LibrarySlice {
  listing: LibraryListing | null;
  libraryError: IpcError | null;
  loadLibrary: () => Promise<void>;
  startResponse: (consultationId: string) => Promise<void>;
  renameDraft: (id: string, name: string) => Promise<boolean>;
  duplicateDraft: (id: string) => Promise<void>;
  deleteDraft: (id: string) => Promise<void>;
  restoreBackup: (id: string) => Promise<void>;
}

export interface DraftSlice {
  draft: ResponseDraft | null;
  draftError: IpcError | null;
  /** Counts edits; a save records the revision it wrote, so edits made during a save stay unsaved. */
  revision: number;
  savedRevision: number;
  saveState: SaveState;
  /** Colleagues who have this shared draft open now. */
  othersPresent: Presence[];
  /** Takes in colleagues' saved changes when nothing is being typed, and learns who else has the draft open. */
  refreshShared: () => Promise<void>;
  openDraft: (id: string) => Promise<void>;
  closeDraft: () => Promise<void>;
  /**
   * Applies one edit to the open draft and schedules an autosave. Ignored when no
   * draft is open or it is locked. Edits with the same `groupKey` in quick
   * succession (typing in one field) are undone as one step.
   */
  editDraft: (edit: (draft: ResponseDraft) => ResponseDraft, groupKey?: string | null) => void;
  undoHistory: UndoHistory;
  undo: () => void;
  redo: () => void;
  /** Saves now if there are unsaved edits; resolves when the draft on disk is current or the save failed. */
  flushSave: () => Promise<void>;
  hasUnsavedChanges: () => boolean;
  /** Replaces the open draft with one the main process returned (e.g. after an export), keeping unsaved edits out. */
  adoptSavedDraft: (draft: ResponseDraft) => void;
}

export type ExportState =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'done'; files: ExportedFile[] }
  | { kind: 'confirm-overwrite'; kinds: ExportKind[]; message: string }
  | { kind: 'error'; message: string };

export interface ExportSlice {
  exportState: ExportState;
  chooseExportFolder: () => Promise<void>;
  runExport: (kinds: ExportKind[], overwrite: boolean) => Promise<void>;
  openExportedFile: (fileName: string) => Promise<void>;
  resetExport: () => void;
}

export interface WorkflowSlice {
  workflowError: string | null;
  /** Saves, then takes a review/sign-off/send step; resolves false when it was refused. */
  runWorkflow: (action: WorkflowAction) => Promise<boolean>;
  searchAnswers: (query: AnswerSearchQuery) => Promise<AnswerSearchResult | null>;
  /** Puts an earlier answer into a question as a starting point and notes where it came from. */
  insertEarlierAnswer: (questionId: string, match: AnswerMatch) => Promise<void>;
  addComment: (target: CommentTarget, author: string, text: string) => void;
  resolveComment: (id: string, by: string) => void;
  clearWorkflowError: () => void;
}

export interface SettingsSlice {
  settings: Settings | null;
  settingsError: string | null;
  loadSettings: () => Promise<void>;
  saveProfile: (profile: Profile) => Promise<boolean>;
}

/** A consultation being checked before it enters the library; questions keep their findings beside them. */
export interface ImportReview {
  /** Null when typed in. */
  fileName: string | null;
  sourceText: string;
  findings: ImportFindings;
  consultation: Consultation;
  questionFindings: Finding[];
}

export interface ImportSlice {
  importReview: ImportReview | null;
  importError: string | null;
  importing: boolean;
  chooseImportFile: () => Promise<void>;
  importFile: (file: File) => Promise<void>;
  startTypedConsultation: () => void;
  editImport: (edit: (review: ImportReview) => ImportReview) => void;
  /** Validates and adds the consultation; resolves to the problems that stopped it (none when saved). */
  saveImport: (thenStartResponse: boolean) => Promise<string[]>;
  cancelImport: () => void;
}

/** A saved consultation being corrected; `original` is what the library holds. */
export interface ConsultationEdit {
  original: Consultation;
  consultation: Consultation;
}

export interface ConsultationEditSlice {
  consultationEdit: ConsultationEdit | null;
  /** Why the last correction, removal or update was refused, in plain words. */
  consultationError: string | null;
  startConsultationEdit: (id: string) => Promise<void>;
  editConsultation: (edit: (consultation: Consultation) => Consultation) => void;
  /** Validates and saves the correction; resolves to the problems that stopped it (none when saved). */
  saveConsultationEdit: () => Promise<string[]>;
  cancelConsultationEdit: () => void;
  removeConsultation: (id: string) => Promise<boolean>;
  /** Saves the open draft, then has it take up the library's correction made at `correctedAt`. */
  takeUpCorrection: (correctedAt: string) => Promise<boolean>;
  clearConsultationError: () => void;
}

export type PrintState =
  | { kind: 'idle' }
  | { kind: 'printing'; version: 'full' | 'publication' }
  | { kind: 'done'; path: string }
  | { kind: 'error'; message: string };

export interface PrintSlice {
  printState: PrintState;
  printLetter: (version: 'full' | 'publication') => Promise<void>;
  dismissPrint: () => void;
}

export type Panel = 'find' | 'print' | null;

export interface DesktopSlice {
  /** A panel over the draft: find in draft, or print / save as PDF. */
  panel: Panel;
  /** Where "toggle preview" returns to. */
  lastEditingSection: SectionId | null;
  fileMessage: { kind: 'info' | 'error'; text: string } | null;
  setPanel: (panel: Panel) => void;
  openDraftFile: (path: string | null) => Promise<void>;
  saveCopyAs: () => Promise<void>;
  dismissFileMessage: () => void;
  /** Starts listening to the menu and to files opened from outside; returns the function that stops. */
  listenToMainProcess: () => () => void;
}

export interface WorkSlice {
  /** How far the running import and export have got; null when none runs or none has reported yet. */
  workProgress: Record<WorkKind, WorkProgress | null>;
  noteWorkProgress: (progress: WorkProgress) => void;
  clearWorkProgress: (kind: WorkKind) => void;
  /** Asks the main process to stop the running import or export; it then fails as "cancelled". */
  cancelWork: (kind: WorkKind) => Promise<void>;
}

export type AppState = WorkSlice & ConsultationEditSlice & DesktopSlice & PrintSlice & ImportSlice & NavigationSlice & LibrarySlice & DraftSlice & ExportSlice & WorkflowSlice & SettingsSlice;
