import { z } from 'zod';
import { DRAFT_STATUSES, RESPONDENT_CATEGORIES } from './choices';
import { MARK_ID_PATTERN } from '../markdown/confidential-marks';
import { ConsultationSchema } from './consultation';
import { DraftIdSchema } from './ids';
import { boundedRecord, MAX_ANSWERS, MAX_COMMENTS, MAX_CONFLICTS, MAX_HISTORY_LINES, MAX_MARKED_PARTS } from './bounded';
import { HistoryEntrySchema } from './history';
import { DEFAULT_LETTER_WORDING, LetterWordingSchema } from './letter-wording';
import { PositionSchema } from './position';
import { ConflictRecordSchema, ReviewCommentSchema, SentRecordSchema, SignOffSchema } from './review';

/** Bump when the draft file format changes; older files are migrated on load (see migrations.ts). */
export const CURRENT_SCHEMA_VERSION = 2;

export { PositionSchema };

/** The answer to one question; a draft keeps them keyed by question id. */
export const AnswerSchema = z.object({
  position: PositionSchema.nullable(),
  rationale: z.string().max(200_000),
  confidential: z.boolean(),
});

export const RespondentCategorySchema = z.enum(RESPONDENT_CATEGORIES);

export const RespondentSchema = z.object({
  organisation: z.string().max(300),
  contactName: z.string().max(200),
  jobTitle: z.string().max(200),
  // Kept as typed: a half-written address must still autosave. Export readiness checks its form.
  email: z.string().max(320),
  telephone: z.string().max(50),
  postalAddress: z.string().max(1000),
  category: RespondentCategorySchema,
});

export const ConfidentialityScopeSchema = z.enum(['none', 'whole', 'parts']);

export const ConfidentialitySchema = z.object({
  scope: ConfidentialityScopeSchema,
  /** Parts other than whole answers, described in words (e.g. "the figures in Annex A"). */
  otherParts: z.string().max(5000),
  reasons: z.string().max(20_000),
  /** Why each part marked in the answers' text is confidential, by mark id. Absent in files from before marks. */
  partReasons: boundedRecord(z.string().regex(MARK_ID_PATTERN), z.string().max(20_000), MAX_MARKED_PARTS, 'marked parts').default({}),
});

export const SignatureImageSchema = z.object({
  mimeType: z.enum(['image/png', 'image/jpeg']),
  dataBase64: z.string().max(700_000),
  widthPx: z.number().int().positive(),
  heightPx: z.number().int().positive(),
});

export const SignatorySchema = z.object({
  name: z.string().max(200),
  jobTitle: z.string().max(200),
  signature: SignatureImageSchema.nullable(),
});

export const DraftStatusSchema = z.enum(DRAFT_STATUSES);

/** The draft's fields, before the cross-field check; use ResponseDraftSchema to validate. */
export const DraftObjectSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: DraftIdSchema,
  name: z.string().min(1).max(300),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  consultation: ConsultationSchema,
  respondent: RespondentSchema,
  /** The letter's opening paragraph; null means the default wording. */
  introduction: z.string().max(20_000).nullable(),
  /** One answer per question of the consultation, keyed by the question's id. */
  answers: boundedRecord(z.string().min(1).max(100), AnswerSchema, MAX_ANSWERS, 'answers'),
  confidentiality: ConfidentialitySchema,
  signatory: SignatorySchema,
  status: DraftStatusSchema,
  comments: z.array(ReviewCommentSchema).max(MAX_COMMENTS),
  signOff: SignOffSchema.nullable(),
  sent: SentRecordSchema.nullable(),
  history: z.array(HistoryEntrySchema).max(MAX_HISTORY_LINES),
  /** Addressee, salutation and closing; drafts saved before these existed get the defaults. */
  letterWording: LetterWordingSchema.default(DEFAULT_LETTER_WORDING),
  /** Decisions that lost to a colleague's made at the same time, kept so nobody's step vanishes unexplained. */
  conflicts: z.array(ConflictRecordSchema).max(MAX_CONFLICTS).default([]),
  /**
   * Where this draft's exports go on this machine. Never read from or written
   * to the draft file: the library fills it in from this machine's own state.
   */
  exportFolder: z.string().max(4096).nullable(),
  /**
   * Which merged version of a shared draft the window's copy is based on, so
   * its next save is applied to that version and merged with others' since.
   * Never written to the file.
   */
  syncRevision: z.string().max(200).optional(),
});

export const ResponseDraftSchema = DraftObjectSchema.superRefine((draft, ctx) => {
  const questionIds = new Set(draft.consultation.questions.map((q) => q.id));
  const answerIds = Object.keys(draft.answers);
  if (questionIds.size !== answerIds.length || answerIds.some((id) => !questionIds.has(id))) {
    ctx.addIssue({ code: 'custom', path: ['answers'], message: 'There must be one answer per question' });
  }
});

/** The draft as its file holds it: no field that points at this machine's disk. */
export const DraftFileSchema = DraftObjectSchema.omit({ exportFolder: true, syncRevision: true });

/**
 * Fields only the main process changes: the timeline, the workflow state and
 * where exports go. A save from the window keeps the values on disk, so a save
 * racing an export or a sign-off can never undo it.
 */
export const MainOwnedFieldsSchema = DraftObjectSchema.pick({
  history: true,
  status: true,
  signOff: true,
  sent: true,
  exportFolder: true,
  createdAt: true,
  conflicts: true,
});

export type MainOwnedFields = z.infer<typeof MainOwnedFieldsSchema>;
export type Position = z.infer<typeof PositionSchema>;
export type Answer = z.infer<typeof AnswerSchema>;
export type Respondent = z.infer<typeof RespondentSchema>;
export type RespondentCategory = z.infer<typeof RespondentCategorySchema>;
export type ConfidentialityScope = z.infer<typeof ConfidentialityScopeSchema>;
export type Confidentiality = z.infer<typeof ConfidentialitySchema>;
export type SignatureImage = z.infer<typeof SignatureImageSchema>;
export type Signatory = z.infer<typeof SignatorySchema>;
export type DraftStatus = z.infer<typeof DraftStatusSchema>;
export type ResponseDraft = z.infer<typeof ResponseDraftSchema>;
export type DraftFileContent = z.infer<typeof DraftFileSchema>;
