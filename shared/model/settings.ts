import { z } from 'zod';
import { RespondentSchema } from './draft';

/** The respondent and signatory details filled into each new draft. */
export const ProfileSchema = z.object({
  respondent: RespondentSchema,
  signatory: z.object({ name: z.string().max(200), jobTitle: z.string().max(200) }),
});

export const MAX_RECENT_FILES = 10;

export const SettingsSchema = z.object({
  schemaVersion: z.literal(1),
  profile: ProfileSchema,
  /** Draft files opened from outside the library, most recent first. */
  recentDraftFiles: z.array(z.string().max(4096)).max(MAX_RECENT_FILES),
});

export type Profile = z.infer<typeof ProfileSchema>;
export type Settings = z.infer<typeof SettingsSchema>;
