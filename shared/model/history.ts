import { z } from 'zod';

export const ExportKindSchema = z.enum(['letter-full', 'letter-publication', 'email']);

const at = z.iso.datetime({ offset: true });
const summary = z.string().max(2000);

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

/** One line of a draft's timeline. Each kind carries what that event needs. */
export const HistoryEntrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: PlainEventKindSchema, at, summary }),
  z.object({
    kind: z.literal('exported'),
    at,
    summary,
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
    fileName: z.string().max(500),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
  z.object({
    kind: z.literal('reused'),
    at,
    summary,
    questionId: z.string(),
    fromDraftId: z.string(),
    fromDraftName: z.string().max(300),
    fromQuestionLabel: z.string().max(100),
  }),
]);

export type ExportKind = z.infer<typeof ExportKindSchema>;
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
export type PlainEventKind = z.infer<typeof PlainEventKindSchema>;
