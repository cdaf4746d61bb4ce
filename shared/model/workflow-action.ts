import { z } from 'zod';
import { IsoDateSchema } from './consultation';

/** One step of review, sign-off and sending, as the window asks for it. */
export const WorkflowActionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('request-review') }),
  z.object({ kind: z.literal('return-to-drafting') }),
  z.object({
    kind: z.literal('sign-off'),
    name: z.string().trim().min(1).max(200),
    jobTitle: z.string().trim().min(1).max(200),
    date: IsoDateSchema,
    /** What was incomplete when the signer chose to sign off anyway, and why; kept in the history. */
    incomplete: z.object({ items: z.array(z.string().max(1000)).min(1).max(100), reason: z.string().trim().min(1).max(2000) }).optional(),
  }),
  z.object({ kind: z.literal('reopen'), reason: z.string().trim().min(1, 'Say why the draft is reopened').max(2000) }),
  z.object({ kind: z.literal('mark-sent'), sentOn: IsoDateSchema, sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  z.object({ kind: z.literal('close'), reason: z.string().trim().max(2000) }),
]);

export type WorkflowAction = z.infer<typeof WorkflowActionSchema>;
export type WorkflowActionKind = WorkflowAction['kind'];
