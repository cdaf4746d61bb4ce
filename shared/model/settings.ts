import { z } from 'zod';
import { BANK_HOLIDAY_REGIONS } from '../bank-holiday-regions';
import { RespondentSchema, SignatureImageSchema } from './draft';

/** Whose bank holidays count as non-working days for deadlines. */
export const BankHolidayRegionSchema = z.enum(BANK_HOLIDAY_REGIONS);
export { BANK_HOLIDAY_REGION_LABELS } from '../bank-holiday-regions';

/**
 * The details filled into each new draft, and this person's preferences.
 * Fields added later have defaults so older settings files still load.
 */
export const ProfileSchema = z.object({
  respondent: RespondentSchema,
  signatory: z.object({
    name: z.string().max(200),
    jobTitle: z.string().max(200),
    /** Kept here so each new draft starts with it; checked by its bytes like the draft's. */
    signature: SignatureImageSchema.nullable().default(null),
  }),
  /** This person's own name: on their review comments, and to colleagues sharing a draft (the contact name when empty). */
  reviewerName: z.string().max(200).default(''),
  bankHolidayRegion: BankHolidayRegionSchema.default('england-and-wales'),
});

export const MAX_RECENT_FILES = 10;

export const SettingsSchema = z.object({
  schemaVersion: z.literal(1),
  profile: ProfileSchema,
  /** Draft files opened from outside the library, most recent first. */
  recentDraftFiles: z.array(z.string().max(4096)).max(MAX_RECENT_FILES),
});

export type BankHolidayRegion = z.infer<typeof BankHolidayRegionSchema>;
export type Profile = z.infer<typeof ProfileSchema>;
export type Settings = z.infer<typeof SettingsSchema>;
