/** Exit codes of `crd`, documented in README.md. */
export const EXIT = { ok: 0, badInput: 1, internal: 2, notReady: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure the user can act on: its message is printed on stderr as it is. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.badInput,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Where a command writes, and the folder relative paths are taken from. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  cwd: string;
}
