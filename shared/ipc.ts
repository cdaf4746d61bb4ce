import { z } from 'zod';
import { ConsultationSchema, ResponseDraftSchema, DraftStatusSchema, ExportKindSchema, MainOwnedFieldsSchema, PositionSchema, ProfileSchema, SettingsSchema } from './model';
import { WorkflowActionSchema } from './workflow';
import { ImportResultSchema } from './import/import-result';
import { WorkKindSchema, WorkProgressSchema } from './work-progress';
import { API_GLOBAL, CHANNEL_NAMES, EVENT_NAMES } from './ipc-names';

/** A draft as listed in the library, without its full content. */
export const DraftSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  consultationId: z.string(),
  consultationTitle: z.string(),
  issuer: z.string(),
  respondBy: ConsultationSchema.shape.respondBy,
  status: DraftStatusSchema,
  updatedAt: z.string(),
  answered: z.number().int(),
  questionCount: z.number().int(),
});

/** A file in the library that could not be read; it is never overwritten. */
export const DamagedDraftSchema = z.object({
  id: z.string(),
  path: z.string(),
  problem: z.string(),
  hasBackup: z.boolean(),
});

export const LibraryListingSchema = z.object({
  folder: z.string(),
  drafts: z.array(DraftSummarySchema),
  damaged: z.array(DamagedDraftSchema),
  consultations: z.array(ConsultationSchema),
});

export const ExportedFileSchema = z.object({
  kind: ExportKindSchema,
  fileName: z.string(),
  path: z.string(),
  sha256: z.string(),
});

export const ExportOutcomeSchema = z.object({
  files: z.array(ExportedFileSchema),
  /** The draft as saved after the export, with the export in its history. */
  draft: ResponseDraftSchema,
});

/** A search of the answers in every draft of the library, to reuse one as a starting point. */
export const AnswerSearchQuerySchema = z.object({
  text: z.string().max(500),
  issuer: z.string().max(200).nullable(),
  excludeDraftId: z.string().regex(/^[a-z0-9-]{1,64}$/, 'Not a valid draft id').nullable(),
  limit: z.number().int().min(1).max(100),
});

export const AnswerMatchSchema = z.object({
  draftId: z.string(),
  draftName: z.string(),
  consultationTitle: z.string(),
  issuer: z.string(),
  questionId: z.string(),
  questionLabel: z.string(),
  questionText: z.string(),
  position: PositionSchema.nullable(),
  rationale: z.string(),
  confidential: z.boolean(),
  updatedAt: z.string(),
});

export const AnswerSearchResultSchema = z.object({
  matches: z.array(AnswerMatchSchema),
  draftsSearched: z.number().int(),
});

export const RecentFileSchema = z.object({ path: z.string(), name: z.string(), exists: z.boolean() });

const DraftIdSchema = z.string().regex(/^[a-z0-9-]{1,64}$/, 'Not a valid draft id');
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
  'draft:save': { args: z.object({ draft: ResponseDraftSchema }), result: z.object({ savedAt: z.string(), owned: MainOwnedFieldsSchema }) },
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

export const IpcErrorCodeSchema = z.enum([
  'invalid-argument',
  'untrusted-sender',
  'not-found',
  'damaged',
  'future-version',
  'io',
  'import-failed',
  'export-failed',
  'file-exists',
  'locked',
  /** The user stopped an import or export; nothing to report. */
  'cancelled',
  'internal',
]);
export type IpcErrorCode = z.infer<typeof IpcErrorCodeSchema>;

export interface IpcError {
  code: IpcErrorCode;
  /** Plain words for the user: what happened and what to do. */
  message: string;
}

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

export type AnswerSearchQuery = z.infer<typeof AnswerSearchQuerySchema>;
export type AnswerMatch = z.infer<typeof AnswerMatchSchema>;
export type AnswerSearchResult = z.infer<typeof AnswerSearchResultSchema>;
export type RecentFile = z.infer<typeof RecentFileSchema>;
export type DraftSummary = z.infer<typeof DraftSummarySchema>;
export type DamagedDraft = z.infer<typeof DamagedDraftSchema>;
export type LibraryListing = z.infer<typeof LibraryListingSchema>;
export type ExportedFile = z.infer<typeof ExportedFileSchema>;
export type ExportOutcome = z.infer<typeof ExportOutcomeSchema>;
