import { z } from 'zod';
import { ExportKindSchema, ResponseDraftSchema } from '../../../shared/model';

/**
 * The messages between the app (or the command line) and the worker process.
 * Both sides validate what they receive: the worker reads untrusted files, so
 * its answers are checked like any other input.
 */

const BytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'Expected bytes');

export const WorkerJobSchema = z.discriminatedUnion('kind', [
  /** Import a file the worker reads from disk itself (no copy of its bytes crosses the boundary). */
  z.object({ kind: z.literal('import-path'), path: z.string().min(1).max(4096) }),
  /** Import bytes the window sent (a dropped file). */
  z.object({ kind: z.literal('import-bytes'), fileName: z.string().min(1).max(500), bytes: BytesSchema }),
  /** Render the files of an export; the app writes them. */
  z.object({ kind: z.literal('render-export'), draft: ResponseDraftSchema, kinds: z.array(ExportKindSchema).min(1), now: z.iso.datetime() }),
  /**
   * Read, parse and check a large draft file (from a shared drive, say), so the app's own process never parses
   * it; the worker reads the file itself, so no copy of its text crosses the boundary.
   */
  z.object({ kind: z.literal('check-draft'), path: z.string().min(1).max(4096) }),
]);

export const RenderedFileSchema = z.object({ kind: ExportKindSchema, fileName: z.string(), bytes: BytesSchema });

/** An error the worker reports in words: ImportError and AppError keep their code, anything else is "internal". */
export const WorkerFailureSchema = z.object({
  name: z.enum(['ImportError', 'AppError', 'Error']),
  code: z.string().max(50),
  message: z.string().max(2000),
});

export const ToWorkerSchema = z.object({ type: z.literal('run'), jobId: z.number().int(), job: WorkerJobSchema });

export const FromWorkerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({
    type: z.literal('progress'),
    jobId: z.number().int(),
    progress: z.object({ message: z.string().max(300), done: z.number().int().nonnegative(), total: z.number().int().positive().nullable() }),
  }),
  z.object({ type: z.literal('done'), jobId: z.number().int(), value: z.unknown() }),
  z.object({ type: z.literal('failed'), jobId: z.number().int(), error: WorkerFailureSchema }),
]);

export type WorkerJob = z.infer<typeof WorkerJobSchema>;
export type ToWorker = z.infer<typeof ToWorkerSchema>;
export type FromWorker = z.infer<typeof FromWorkerSchema>;
export type WorkerFailure = z.infer<typeof WorkerFailureSchema>;

/**
 * The argument that has a worker run its practice export before saying it is ready. Built workers (the app's,
 * the command line's) get it; a worker run from its TypeScript source through tsx, as unit tests do, does not:
 * there the practice measures nothing and only slows every test that starts a worker.
 */
export const PRACTISE_ARGUMENT = '--practise';
