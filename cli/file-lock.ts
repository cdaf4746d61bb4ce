import { open, readFile, rm, stat } from 'node:fs/promises';
import { CliError } from './cli-error';

export interface LockOptions {
  /** How long to wait for another process to finish, in milliseconds. */
  waitMs?: number;
  /** A lock file older than this whose owner cannot be checked is taken as abandoned. */
  staleMs?: number;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock left by a process that died (a crash, a kill) must not block the draft for ever. */
async function isAbandoned(lockPath: string, staleMs: number): Promise<boolean> {
  try {
    const [text, info] = await Promise.all([readFile(lockPath, 'utf8'), stat(lockPath)]);
    const pid = Number.parseInt(text, 10);
    if (Number.isInteger(pid) && pid > 0) return !isAlive(pid);
    // Written a moment ago and not yet filled in: its owner is still starting.
    return Date.now() - info.mtimeMs > staleMs;
  } catch {
    return false;
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `task` holding `<path>.lock`, created exclusively, so processes that
 * change the same draft file take turns: each reads the file only once it
 * holds the lock, so no one writes over another's change.
 */
export async function withFileLock<T>(path: string, task: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const lockPath = `${path}.lock`;
  const deadline = Date.now() + (options.waitMs ?? 30_000);
  const staleMs = options.staleMs ?? 10_000;
  for (;;) {
    try {
      const handle = await open(lockPath, 'wx');
      try {
        await handle.writeFile(`${process.pid}\n`);
      } finally {
        await handle.close();
      }
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (await isAbandoned(lockPath, staleMs)) {
        await rm(lockPath, { force: true });
        continue;
      }
      if (Date.now() > deadline) {
        throw new CliError(`The draft is being changed by another program (lock file ${lockPath}). Try again in a moment; if no other crd is running, delete the lock file.`);
      }
      await pause(10 + Math.random() * 40);
    }
  }
  try {
    return await task();
  } finally {
    await rm(lockPath, { force: true });
  }
}
