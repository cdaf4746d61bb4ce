import { z } from 'zod';
import { IsoDateSchema } from './consultation';

const at = z.iso.datetime({ offset: true });

/** A reviewer's comment against a question or section, kept in the draft file for colleagues. */
export const ReviewCommentSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,64}$/),
  /** The section it is about: "question:<id>", "confidentiality", "respondent", "signatory" or "general". */
  target: z.string().min(1).max(200),
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

export type ReviewComment = z.infer<typeof ReviewCommentSchema>;
export type SignOff = z.infer<typeof SignOffSchema>;
export type SentRecord = z.infer<typeof SentRecordSchema>;
