import { z } from 'zod';
import { QUESTION_KINDS } from './choices';

/** A real calendar date (no 31 February) as YYYY-MM-DD, e.g. 2020-10-28. */
export const IsoDateSchema = z.iso.date({ message: 'Expected a real date as YYYY-MM-DD' });

/** A wall-clock time in Europe/London, e.g. 16:00. */
export const LocalTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected a time as HH:MM');

/**
 * The respond-by deadline as the consultation states it: a local date and,
 * when the document gives one, a local time. Both are Europe/London wall-clock
 * values, so the deadline stays right across the clock change.
 */
export const RespondBySchema = z.object({
  date: IsoDateSchema,
  time: LocalTimeSchema.nullable(),
});

export const QuestionKindSchema = z.enum(QUESTION_KINDS);

export const QuestionSchema = z.object({
  id: z.string().min(1).max(100),
  /** The label exactly as printed, e.g. "Dates Q1", "Question 1.2". */
  label: z.string().min(1).max(100),
  text: z.string().min(1).max(20_000),
  /** The heading of the section the question sits in, when known. */
  section: z.string().max(500).default(''),
  kind: QuestionKindSchema,
});

export const ConsultationSourceSchema = z.enum(['bundled', 'imported', 'typed']);

export const ConsultationSchema = z.object({
  id: z.string().min(1).max(200),
  title: z.string().min(1).max(1000),
  /** The reference or filename printed on the document. */
  reference: z.string().max(300),
  issuer: z.string().max(200),
  issuedOn: IsoDateSchema.nullable(),
  respondBy: RespondBySchema.nullable(),
  responseEmail: z.union([z.email(), z.literal('')]),
  classification: z.string().max(200),
  questions: z.array(QuestionSchema).max(500),
  /** The consultation's own words on publication, confidentiality and FOIA. */
  publicationNotice: z.string().max(20_000),
  source: ConsultationSourceSchema,
  /** When the user last corrected it in the library; drafts started earlier are offered the correction. */
  correctedAt: z.iso.datetime({ offset: true }).optional(),
});

export type RespondBy = z.infer<typeof RespondBySchema>;
export type QuestionKind = z.infer<typeof QuestionKindSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type Consultation = z.infer<typeof ConsultationSchema>;
