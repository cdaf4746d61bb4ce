import { z } from 'zod';
import { PositionSchema } from './position';

export const ExportKindSchema = z.enum(['letter-full', 'letter-publication', 'email']);

const at = z.iso.datetime({ offset: true });
const summary = z.string().max(2000);
/** Who made the change, in a draft shared by several people (absent in lines written before drafts were shared). */
const by = z.string().max(200).optional();

/** Events that need nothing beyond their time and a sentence. */
const PlainEventKindSchema = z.enum([
  'created',
  'renamed',
  'edited',
  'review-requested',
  'returned-to-drafting',
  'commented',
  'comment-resolved',
  'signed-off',
  'reopened',
  'closed',
]);

/** An answer whose question was removed when the draft took up a corrected consultation. */
export const RemovedAnswerSchema = z.object({
  questionId: z.string().max(100),
  questionLabel: z.string().max(100),
  questionText: z.string().max(20_000),
  position: PositionSchema.nullable(),
  rationale: z.string().max(200_000),
  confidential: z.boolean(),
});

/** One line of a draft's timeline. Each kind carries what that event needs. */
export const HistoryEntrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: PlainEventKindSchema, at, summary, by }),
  z.object({
    kind: z.literal('exported'),
    at,
    summary,
    by,
    exportKind: ExportKindSchema,
    fileName: z.string().max(500),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** Whether the draft was signed off when this file was made. */
    signedOff: z.boolean().default(false),
  }),
  z.object({
    kind: z.literal('sent'),
    at,
    summary,
    by,
    fileName: z.string().max(500),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  z.object({
    kind: z.literal('reused'),
    at,
    summary,
    by,
    questionId: z.string(),
    fromDraftId: z.string(),
    fromDraftName: z.string().max(300),
    fromQuestionLabel: z.string().max(100),
  }),
  z.object({
    kind: z.literal('consultation-updated'),
    at,
    summary,
    by,
    /** Answers to questions the corrected consultation no longer asks, kept word for word so nothing is lost. */
    removedAnswers: z.array(RemovedAnswerSchema).max(500),
  }),
]);

export type ExportKind = z.infer<typeof ExportKindSchema>;
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
export type RemovedAnswer = z.infer<typeof RemovedAnswerSchema>;
export type PlainEventKind = z.infer<typeof PlainEventKindSchema>;
