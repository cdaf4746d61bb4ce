import { z } from 'zod';
import { IsoDateSchema } from './consultation';

const at = z.iso.datetime({ offset: true });

export const CommentSectionSchema = z.enum(['confidentiality', 'respondent', 'signatory', 'general']);

/** What a comment is about: one question, or one of the draft's other sections. */
export const CommentTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('question'), questionId: z.string().min(1).max(100) }),
  z.object({ kind: z.literal('section'), section: CommentSectionSchema }),
]);

/** A reviewer's comment against a question or section, kept in the draft file for colleagues. */
export const ReviewCommentSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,64}$/),
  target: CommentTargetSchema,
  author: z.string().min(1).max(200),
  at,
  text: z.string().min(1).max(20_000),
  resolved: z.boolean(),
  resolvedBy: z.string().max(200).nullable(),
  resolvedAt: at.nullable(),
});

/** Who signed the response off, and when; locks the draft. */
export const SignOffSchema = z.object({
  name: z.string().min(1).max(200),
  jobTitle: z.string().min(1).max(200),
  date: IsoDateSchema,
  at,
});

/** What went out: the date and the exported file, by its SHA-256. */
export const SentRecordSchema = z.object({
  sentOn: IsoDateSchema,
  recordedAt: at,
  fileName: z.string().max(500),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

/**
 * A step that lost to a colleague's taken at the same time (two sign-offs, say):
 * the draft keeps the first and records the other here, with why.
 */
export const ConflictRecordSchema = z.object({
  id: z.string().min(1).max(100),
  at,
  /** Who made the step that lost, as the owner record names them. */
  by: z.string().max(200),
  summary: z.string().max(2000),
});

export type CommentSection = z.infer<typeof CommentSectionSchema>;
export type CommentTarget = z.infer<typeof CommentTargetSchema>;
export type ConflictRecord = z.infer<typeof ConflictRecordSchema>;
export type ReviewComment = z.infer<typeof ReviewCommentSchema>;
export type SignOff = z.infer<typeof SignOffSchema>;
export type SentRecord = z.infer<typeof SentRecordSchema>;
