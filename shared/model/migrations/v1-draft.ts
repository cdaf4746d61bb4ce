import { z } from 'zod';
import { ConsultationSchema } from '../consultation';
import { HistoryEntrySchema } from '../history';
import { ConfidentialitySchema, DraftStatusSchema, PositionSchema, RespondentSchema, SignatorySchema } from '../draft';
import { SentRecordSchema, SignOffSchema } from '../review';
import { LetterWordingSchema } from '../letter-wording';

/**
 * The draft file as version 1 of the app wrote it, frozen here so old files
 * can always be read: answers as an array in question order, comment targets
 * as strings, and the export folder inside the file.
 */
export const DraftV1Schema = z.object({
  schemaVersion: z.literal(1),
  id: z.string().regex(/^[a-z0-9-]{1,64}$/),
  name: z.string().min(1).max(300),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  consultation: ConsultationSchema,
  respondent: RespondentSchema,
  introduction: z.string().max(20_000).nullable(),
  answers: z.array(z.object({ questionId: z.string().min(1), position: PositionSchema.nullable(), rationale: z.string().max(200_000), confidential: z.boolean() })),
  confidentiality: ConfidentialitySchema,
  signatory: SignatorySchema,
  status: DraftStatusSchema,
  comments: z.array(
    z.object({
      id: z.string().regex(/^[a-z0-9-]{1,64}$/),
      target: z.string().min(1).max(200),
      author: z.string().min(1).max(200),
      at: z.iso.datetime({ offset: true }),
      text: z.string().min(1).max(20_000),
      resolved: z.boolean(),
      resolvedBy: z.string().max(200).nullable(),
      resolvedAt: z.iso.datetime({ offset: true }).nullable(),
    }),
  ),
  signOff: SignOffSchema.nullable(),
  sent: SentRecordSchema.nullable(),
  exportFolder: z.string().max(4096).nullable(),
  history: z.array(HistoryEntrySchema),
  /** Written by v1 files from the release that added the letter's wording fields. */
  letterWording: LetterWordingSchema.optional(),
});

export type DraftV1 = z.infer<typeof DraftV1Schema>;
