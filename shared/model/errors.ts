import { z } from 'zod';

/** What went wrong, as a code the UI can act on; the message beside it is in plain words. */
export const ErrorCodeSchema = z.enum([
  'invalid-argument',
  'untrusted-sender',
  'not-found',
  'damaged',
  'future-version',
  'io',
  'import-failed',
  'export-failed',
  'file-exists',
  'locked',
  'conflict',
  /** The user stopped an import or export; nothing to report. */
  'cancelled',
  'internal',
]);

export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export interface UserError {
  code: ErrorCode;
  /** Plain words for the user: what happened and what to do. */
  message: string;
}
