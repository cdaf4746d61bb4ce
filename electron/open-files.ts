import { posix, win32 } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DRAFT_EXTENSION } from './services/draft-file';

export interface ArgvReading {
  /** Whose path rules apply: argv from Windows has drive letters and backslashes. */
  platform: NodeJS.Platform;
  /** Injected so tests need no files; the app passes a stat that is true for regular files only. */
  isFile: (path: string) => boolean;
}

function isDraftFileName(path: string): boolean {
  // Windows and macOS file systems ignore case, so Explorer may hand over "Response.CRDRAFT".
  return path.toLowerCase().endsWith(DRAFT_EXTENSION);
}

/** Linux desktop entries pass files as %U, which some file managers fill with file:// URLs. */
function asPath(argument: string, platform: NodeJS.Platform): string | null {
  if (!/^file:/i.test(argument)) return argument;
  try {
    return fileURLToPath(argument, { windows: platform === 'win32' });
  } catch {
    return null;
  }
}

/**
 * The draft files a launch asks the app to open: every argument that names an
 * existing *.crdraft file. The executable, the app folder that `electron .`
 * passes in development and every switch (Chromium adds some of its own, and
 * macOS may add -psn_…) are skipped, relative paths are resolved against the
 * launch's working folder, and each file appears once.
 */
export function draftPathsFromArgv(argv: readonly string[], cwd: string, reading: ArgvReading): string[] {
  const paths = reading.platform === 'win32' ? win32 : posix;
  const found: string[] = [];
  for (const argument of argv.slice(1)) {
    if (argument === '' || argument.startsWith('-')) continue;
    const path = asPath(argument, reading.platform);
    if (path === null || !isDraftFileName(path)) continue;
    const absolute = paths.resolve(cwd, path);
    if (!found.includes(absolute) && reading.isFile(absolute)) found.push(absolute);
  }
  return found;
}
