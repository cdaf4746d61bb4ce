import { z } from 'zod';
import {
  AnswerSearchQuerySchema,
  AnswerSearchResultSchema,
  ConsultationSchema,
  DraftIdSchema,
  DraftSummarySchema,
  ErrorCodeSchema,
  ExportedFileSchema,
  ExportKindSchema,
  LibraryListingSchema,
  MainOwnedFieldsSchema,
  PresenceSchema,
  ProfileSchema,
  ResponseDraftSchema,
  SettingsSchema,
  WorkflowActionSchema,
  type ErrorCode,
  type UserError,
} from './model';
import { ImportResultSchema } from './import/import-result';
import { WorkKindSchema, WorkProgressSchema } from './work-progress';
import { API_GLOBAL, CHANNEL_NAMES, EVENT_NAMES } from './ipc-names';

/**
 * A save's answer: the fields the main process owns, and for a shared draft the
 * draft merged with everyone's changes, plus the revision of the window's own
 * line (its base when it kept typing while the save ran).
 */
export const SaveOutcomeSchema = z.object({
  savedAt: z.string(),
  owned: MainOwnedFieldsSchema,
  merged: ResponseDraftSchema.optional(),
  ownRevision: z.string().max(200).optional(),
});
export type SaveOutcome = z.infer<typeof SaveOutcomeSchema>;

export const ExportOutcomeSchema = z.object({
  files: z.array(ExportedFileSchema),
  /** The draft as saved after the export, with the export in its history. */
  draft: ResponseDraftSchema,
});

export const RecentFileSchema = z.object({ path: z.string(), name: z.string(), exists: z.boolean() });

/** Saved consultations are files named by their id, so an id is letters, digits and hyphens only. */
const ConsultationIdSchema = z.string().regex(/^[a-z0-9-]{1,100}$/, 'Not a valid consultation id');
const NoArgs = z.undefined();

/** Imports arrive as base64 so the same contract works over IPC and in the e2e server. */
const MAX_IMPORT_BASE64 = Math.ceil((25 * 1024 * 1024 * 4) / 3) + 4;

/**
 * Every channel between the window and the main process: its argument and its
 * result. The preload, main-process registration, renderer API and e2e test
 * server are all derived from this one table.
 */
export const ipcContract = {
  'app:info': {
    args: NoArgs,
    result: z.object({ version: z.string(), libraryFolder: z.string() }),
  },
  'library:list': { args: NoArgs, result: LibraryListingSchema },
  'draft:create': { args: z.object({ consultationId: z.string().min(1).max(200) }), result: ResponseDraftSchema },
  'draft:open': { args: z.object({ id: DraftIdSchema }), result: ResponseDraftSchema },
  'draft:save': { args: z.object({ draft: ResponseDraftSchema }), result: SaveOutcomeSchema },
  'draft:shared': {
    args: z.object({ id: DraftIdSchema, knownRevision: z.string().max(200).nullable() }),
    result: z.object({ draft: ResponseDraftSchema.nullable(), others: z.array(PresenceSchema).max(100) }),
  },
  'draft:leave': { args: z.object({ id: DraftIdSchema }), result: z.null() },
  'draft:rename': { args: z.object({ id: DraftIdSchema, name: z.string().trim().min(1).max(300) }), result: DraftSummarySchema },
  'draft:duplicate': { args: z.object({ id: DraftIdSchema }), result: DraftSummarySchema },
  'draft:delete': { args: z.object({ id: DraftIdSchema }), result: z.null() },
  'draft:restoreBackup': { args: z.object({ id: DraftIdSchema }), result: ResponseDraftSchema },
  'consultation:add': { args: z.object({ consultation: ConsultationSchema }), result: ConsultationSchema },
  'consultation:update': { args: z.object({ consultation: ConsultationSchema.extend({ id: ConsultationIdSchema }) }), result: ConsultationSchema },
  'consultation:remove': { args: z.object({ id: ConsultationIdSchema }), result: z.null() },
  /** Takes up the library's corrected consultation; `correctedAt` is the correction the user was shown, so a later one is not applied unseen. */
  'draft:takeUpCorrection': { args: z.object({ id: DraftIdSchema, correctedAt: z.iso.datetime({ offset: true }) }), result: ResponseDraftSchema },
  'import:choose': { args: NoArgs, result: ImportResultSchema.nullable() },
  'import:read': {
    args: z.object({ fileName: z.string().min(1).max(500), dataBase64: z.string().max(MAX_IMPORT_BASE64) }),
    result: ImportResultSchema,
  },
  /** Stops the running import or export; answers whether there was one. */
  'work:cancel': { args: z.object({ kind: WorkKindSchema }), result: z.boolean() },
  'export:chooseFolder': { args: z.object({ draftId: DraftIdSchema }), result: ResponseDraftSchema.nullable() },
  'export:run': {
    args: z.object({ draftId: DraftIdSchema, kinds: z.array(ExportKindSchema).min(1), overwrite: z.boolean() }),
    result: ExportOutcomeSchema,
  },
  'export:openFile': { args: z.object({ draftId: DraftIdSchema, fileName: z.string().min(1).max(500) }), result: z.null() },
  'draft:workflow': { args: z.object({ id: DraftIdSchema, action: WorkflowActionSchema }), result: ResponseDraftSchema },
  'draft:noteReuse': {
    args: z.object({ id: DraftIdSchema, questionId: z.string().min(1).max(100), fromDraftId: DraftIdSchema, fromQuestionId: z.string().min(1).max(100) }),
    result: MainOwnedFieldsSchema,
  },
  'answers:search': { args: AnswerSearchQuerySchema, result: AnswerSearchResultSchema },
  'settings:get': { args: NoArgs, result: SettingsSchema },
  'settings:saveProfile': { args: z.object({ profile: ProfileSchema }), result: SettingsSchema },
  'draftFile:open': { args: z.object({ path: z.string().min(1).max(4096).nullable() }), result: ResponseDraftSchema.nullable() },
  'draftFile:saveCopy': { args: z.object({ id: DraftIdSchema }), result: z.object({ path: z.string() }).nullable() },
  'recent:list': { args: NoArgs, result: z.array(RecentFileSchema) },
  'print:savePdf': {
    args: z.object({ draftId: DraftIdSchema, version: z.enum(['full', 'publication']) }),
    result: z.object({ path: z.string() }).nullable(),
  },
} as const satisfies Record<string, { args: z.ZodType; result: z.ZodType }>;

/** Commands the application menu sends to the window. */
export const MenuCommandSchema = z.enum([
  'new-response',
  'import-consultation',
  'open-draft-file',
  'save-copy-as',
  'export',
  'print',
  'close-draft',
  'undo',
  'redo',
  'find',
  /** Marks the selected words of the focused answer as confidential, or unmarks them. */
  'toggle-confidential',
  'toggle-preview',
  'show-library-folder',
  'settings',
]);

/** Messages from the main process to the window; the preload hands each to its listeners. */
export const ipcEvents = {
  'menu:command': MenuCommandSchema,
  /** A draft file was opened by double-click, File > Open or a second launch. */
  'draft:opened': z.object({ draftId: DraftIdSchema }),
  /** Someone else saved the open shared draft; the window looks for their changes. */
  'draft:changed': z.object({ draftId: DraftIdSchema }),
  /** How far the running import or export has got. */
  'work:progress': WorkProgressSchema,
} as const satisfies Record<string, z.ZodType>;

export type MenuCommand = z.infer<typeof MenuCommandSchema>;
export type IpcEventName = keyof typeof ipcEvents;
export type IpcEventPayload<E extends IpcEventName> = z.infer<(typeof ipcEvents)[E]>;
export const eventNames: IpcEventName[] = [...EVENT_NAMES];

export type IpcContract = typeof ipcContract;
export type Channel = keyof IpcContract;
export type ChannelArgs<C extends Channel> = z.input<IpcContract[C]['args']>;
export type ChannelResult<C extends Channel> = z.output<IpcContract[C]['result']>;

/** The errors a channel can answer with; the model owns them so services need not import the contract. */
export const IpcErrorCodeSchema = ErrorCodeSchema;
export type IpcErrorCode = ErrorCode;
export type IpcError = UserError;

/** Handlers answer with a result rather than throwing across the process boundary. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** The object the preload puts on `window`: one named function per channel, and a typed subscription to the contract's events. */
export type DrafterApi = {
  [C in Channel]: ChannelArgs<C> extends undefined
    ? () => Promise<IpcResult<ChannelResult<C>>>
    : (args: ChannelArgs<C>) => Promise<IpcResult<ChannelResult<C>>>;
} & {
  /** Listens to one of the contract's events; returns the function that stops listening. */
  subscribe: <E extends IpcEventName>(event: E, listener: (payload: IpcEventPayload<E>) => void) => () => void;
};

export const channels: Channel[] = [...CHANNEL_NAMES];
export { API_GLOBAL };

/** Fails to compile when the zod-free name lists of ipc-names.ts and the contract's keys differ. */
type SameNames<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namesMatchContract: [SameNames<(typeof CHANNEL_NAMES)[number], Channel>, SameNames<(typeof EVENT_NAMES)[number], IpcEventName>] = [true, true];
void namesMatchContract;

export type RecentFile = z.infer<typeof RecentFileSchema>;
// The domain types live in shared/model; these re-exports keep older imports working.
export type { AnswerMatch, AnswerSearchQuery, AnswerSearchResult, DamagedDraft, DraftSummary, ExportedFile, LibraryListing } from './model';
export type ExportOutcome = z.infer<typeof ExportOutcomeSchema>;
