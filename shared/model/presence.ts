import { z } from 'zod';

/** Someone else who has a shared draft open: as Word shows "also editing". */
export const PresenceSchema = z.object({
  /** "Priya Shah on LAPTOP-7". */
  name: z.string().min(1).max(300),
  /** When they opened it. */
  since: z.iso.datetime({ offset: true }),
  /** Refreshed while the draft is open; a record not refreshed for a while is ignored. */
  seenAt: z.iso.datetime({ offset: true }),
});

export type Presence = z.infer<typeof PresenceSchema>;
