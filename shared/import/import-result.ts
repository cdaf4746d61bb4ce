import { z } from 'zod';
import { ConsultationSchema } from '../model';

/** How sure the parser is of one finding; "low" is highlighted for the user to check. */
export const ConfidenceSchema = z.enum(['high', 'medium', 'low']);

/** Where in the source text a finding came from (character offsets, end exclusive). */
export const SourceSpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const FindingSchema = z.object({
  confidence: ConfidenceSchema,
  span: SourceSpanSchema.nullable(),
  /** Other places worded as strongly as the one chosen (two "respond by" dates), shown so the user can pick. */
  alternatives: z.array(SourceSpanSchema).max(5).optional(),
});

export const ImportFindingsSchema = z.object({
  title: FindingSchema,
  reference: FindingSchema,
  issuer: FindingSchema,
  issuedOn: FindingSchema,
  respondBy: FindingSchema,
  responseEmail: FindingSchema,
  classification: FindingSchema,
  /** One finding per question, in the same order as consultation.questions. */
  questions: z.array(FindingSchema),
});

/** What parseConsultation returns: a consultation to review, and how each field was found. */
export const ParsedConsultationSchema = z.object({
  consultation: ConsultationSchema,
  findings: ImportFindingsSchema,
});

/** What an import hands the review screen. */
export const ImportResultSchema = ParsedConsultationSchema.extend({
  fileName: z.string().max(500),
  sourceText: z.string(),
});

export const ImportErrorCodeSchema = z.enum([
  'empty',
  'unsupported-type',
  'mismatched-type',
  'encrypted',
  'no-text',
  'too-large',
  'corrupt',
]);

export type Confidence = z.infer<typeof ConfidenceSchema>;
export type SourceSpan = z.infer<typeof SourceSpanSchema>;
export type Finding = z.infer<typeof FindingSchema>;
export type ImportFindings = z.infer<typeof ImportFindingsSchema>;
export type ParsedConsultation = z.infer<typeof ParsedConsultationSchema>;
export type ImportResult = z.infer<typeof ImportResultSchema>;
export type ImportErrorCode = z.infer<typeof ImportErrorCodeSchema>;

/** The one error an import may raise; its message is shown to the user as it is. */
export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}
