import { z } from 'zod';

export const ExportKindSchema = z.enum(['letter-full', 'letter-publication', 'email']);

const at = z.iso.datetime({ offset: true });

/** One line of a draft's timeline. Each kind carries what that event needs. */
export const HistoryEntrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('created'), at, summary: z.string().max(1000) }),
  z.object({ kind: z.literal('renamed'), at, summary: z.string().max(1000) }),
  z.object({
    kind: z.literal('exported'),
    at,
    summary: z.string().max(1000),
    exportKind: ExportKindSchema,
    fileName: z.string().max(500),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
]);

export type ExportKind = z.infer<typeof ExportKindSchema>;
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;
