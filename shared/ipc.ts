import { z } from 'zod';
import { ConsultationSchema, ResponseDraftSchema, DraftStatusSchema, ExportKindSchema, MainOwnedFieldsSchema } from './model';
import { ImportResultSchema } from './import/import-result';

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

const DraftIdSchema = z.string().regex(/^[a-z0-9-]{1,64}$/, 'Not a valid draft id');
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
  'import:choose': { args: NoArgs, result: ImportResultSchema.nullable() },
  'import:read': {
    args: z.object({ fileName: z.string().min(1).max(500), dataBase64: z.string().max(MAX_IMPORT_BASE64) }),
    result: ImportResultSchema,
  },
  'export:chooseFolder': { args: z.object({ draftId: DraftIdSchema }), result: ResponseDraftSchema.nullable() },
  'export:run': {
    args: z.object({ draftId: DraftIdSchema, kinds: z.array(ExportKindSchema).min(1), overwrite: z.boolean() }),
    result: ExportOutcomeSchema,
  },
  'export:openFile': { args: z.object({ draftId: DraftIdSchema, fileName: z.string().min(1).max(500) }), result: z.null() },
} as const satisfies Record<string, { args: z.ZodType; result: z.ZodType }>;

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

/** The object the preload puts on `window`: one named function per channel. */
export type DrafterApi = {
  [C in Channel]: ChannelArgs<C> extends undefined
    ? () => Promise<IpcResult<ChannelResult<C>>>
    : (args: ChannelArgs<C>) => Promise<IpcResult<ChannelResult<C>>>;
};

export const channels = Object.keys(ipcContract) as Channel[];

/** The name under which the preload exposes the API on `window`. */
export const API_GLOBAL = 'drafter';

export type DraftSummary = z.infer<typeof DraftSummarySchema>;
export type DamagedDraft = z.infer<typeof DamagedDraftSchema>;
export type LibraryListing = z.infer<typeof LibraryListingSchema>;
export type ExportedFile = z.infer<typeof ExportedFileSchema>;
export type ExportOutcome = z.infer<typeof ExportOutcomeSchema>;
