import { z } from 'zod';
import { ConsultationSchema } from './consultation';
import { DraftStatusSchema, PositionSchema } from './draft';
import { ExportKindSchema } from './history';
import { DraftIdSchema } from './ids';

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

/** A file an export wrote, with the SHA-256 of its bytes. */
export const ExportedFileSchema = z.object({
  kind: ExportKindSchema,
  fileName: z.string(),
  path: z.string(),
  sha256: z.string(),
});

/** A search of the answers in every draft of the library, to reuse one as a starting point. */
export const AnswerSearchQuerySchema = z.object({
  text: z.string().max(500),
  issuer: z.string().max(200).nullable(),
  excludeDraftId: DraftIdSchema.nullable(),
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

export type DraftSummary = z.infer<typeof DraftSummarySchema>;
export type DamagedDraft = z.infer<typeof DamagedDraftSchema>;
export type LibraryListing = z.infer<typeof LibraryListingSchema>;
export type ExportedFile = z.infer<typeof ExportedFileSchema>;
export type AnswerSearchQuery = z.infer<typeof AnswerSearchQuerySchema>;
export type AnswerMatch = z.infer<typeof AnswerMatchSchema>;
export type AnswerSearchResult = z.infer<typeof AnswerSearchResultSchema>;
