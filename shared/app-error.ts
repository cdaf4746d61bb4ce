import type { IpcError, IpcErrorCode } from './ipc';

/**
 * An error meant for the user: a code the UI can act on and a message in
 * plain words. Services throw it; the IPC layer turns it into a result.
 */
export class AppError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toIpcError(): IpcError {
    return { code: this.code, message: this.message };
  }
}
