import type { ErrorCode, UserError } from './model/errors';

/**
 * An error meant for the user: a code the UI can act on and a message in
 * plain words. Services throw it; the IPC layer turns it into a result.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toIpcError(): UserError {
    return { code: this.code, message: this.message };
  }
}
