import { AppError } from '../shared/app-error';
import { ImportError } from '../shared/import/import-result';
import { CliError, EXIT, type CliIo } from './cli-error';
import { createCliServices, type CliServices } from './services';

export { createCliServices } from './services';

export const USAGE = `crd: the Consultation Response Drafter's command line

  crd import <file> [--json]
      The consultation found in a .docx, .pdf, .txt or .md document.
  crd new (<consultation-file> | --bundled) --to <draft.crdraft>
          [--organisation <name>] [--signatory <name>] [--job-title <title>]
      Starts a draft, from a document, a consultation .json (as "crd import --json" prints) or the bundled consultation.
  crd set <draft> --question <label> [--position agree|partly-agree|disagree|no-comment]
          [--text <text> | --text-file <file>] [--confidential | --not-confidential]
      Sets one answer.
  crd show <draft> [--json]
      Prints the draft.
  crd check <draft>
      Prints the readiness list; exit code 3 when something blocks the export.
  crd export <draft> --to <folder> [--overwrite]
      Writes the letter, the publication version (when there is one) and the .eml, and prints their paths.

Exit codes: 0 done, 1 bad input (message on stderr), 2 internal failure, 3 not ready to export.
`;

type Command = (args: readonly string[], io: CliIo, services: CliServices) => Promise<number>;

// Each command is loaded only when run, so a quick command does not wait for the export's libraries.
const COMMANDS: Record<string, () => Promise<Command>> = {
  import: async () => (await import('./commands/import')).importCommand,
  new: async () => (await import('./commands/new')).newCommand,
  set: async () => (await import('./commands/set')).setCommand,
  show: async () => (await import('./commands/show')).showCommand,
  check: async () => (await import('./commands/check')).checkCommand,
  export: async () => (await import('./commands/export')).exportCommand,
};

/** Runs one command; returns the process's exit code. Never throws. */
export async function run(argv: readonly string[], io: CliIo, services: CliServices = createCliServices()): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(USAGE);
    return name === undefined ? EXIT.badInput : EXIT.ok;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr.write(`crd: there is no command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')}. See "crd help".\n`);
    return EXIT.badInput;
  }
  try {
    return await (await load())(args, io, services);
  } catch (error) {
    return reportFailure(error, io);
  } finally {
    // The worker, if the command started one, is stopped before the command ends, so no process outlives it.
    await services.close().catch(() => undefined);
  }
}

/** The exit code for a failed command, with its message on stderr: plain words for bad input, the stack for our own faults. */
function reportFailure(error: unknown, io: CliIo): number {
  if (error instanceof CliError) {
    io.stderr.write(`${error.message}\n`);
    return error.exitCode;
  }
  if (error instanceof ImportError || (error instanceof AppError && error.code !== 'internal')) {
    io.stderr.write(`${error.message}\n`);
    return EXIT.badInput;
  }
  io.stderr.write(`crd: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return EXIT.internal;
}
