import { z } from 'zod';

/** The two kinds of heavy work that run in the worker process; one of each may run at a time. */
export const WorkKindSchema = z.enum(['import', 'export']);

/** How far a long import or export has got, for the window's progress bar. */
export const WorkProgressSchema = z.object({
  kind: WorkKindSchema,
  /** What is being done, in plain words ("Reading page 12 of 100"). */
  message: z.string().max(300),
  done: z.number().int().nonnegative(),
  /** How many steps there are, or null when that is not known yet. */
  total: z.number().int().positive().nullable(),
});

export type WorkKind = z.infer<typeof WorkKindSchema>;
export type WorkProgress = z.infer<typeof WorkProgressSchema>;
/** Progress as the work itself reports it; the kind is added by whoever started the work. */
export type StepProgress = Omit<WorkProgress, 'kind'>;
