import { z } from 'zod';

/** The one shape of a draft id, used by the file format, the IPC contract and the library's file names. */
export const DraftIdSchema = z.string().regex(/^[a-z0-9-]{1,64}$/, 'Not a valid draft id');

export type DraftId = z.infer<typeof DraftIdSchema>;
