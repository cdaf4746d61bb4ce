import { z } from 'zod';

/**
 * Who the letter is addressed to and how it opens and closes. Kept apart from
 * the rest of the draft so the letter's wording can change without touching
 * the draft's other fields. Null salutation or closing means "the usual one
 * for this addressee" (see shared/letter/salutation.ts).
 */
export const LetterWordingSchema = z.object({
  /** A named person at the issuer, e.g. "Jane Smith"; empty for none. */
  addresseeName: z.string().max(200),
  salutation: z.string().max(200).nullable(),
  closing: z.string().max(200).nullable(),
});

export type LetterWording = z.infer<typeof LetterWordingSchema>;

export const DEFAULT_LETTER_WORDING: LetterWording = { addresseeName: '', salutation: null, closing: null };
