import { open, readFile, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { AppError } from '../../../shared/app-error';

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

const THIS_HOST = hostname();

/**
 * A lock left by a process that died (a crash, a kill) must not block the draft for ever.
 * On this machine its process can be checked; one taken on another machine (a shared drive)
 * is held for milliseconds, so one older than `staleMs` is abandoned.
 */
async function isAbandoned(lockPath: string, staleMs: number): Promise<boolean> {
  try {
    const [text, info] = await Promise.all([readFile(lockPath, 'utf8'), stat(lockPath)]);
    const [pidText, host] = text.split('\n');
    const pid = Number.parseInt(pidText ?? '', 10);
    if (Number.isInteger(pid) && pid > 0 && host === THIS_HOST) return !isAlive(pid);
    // Another machine's, or written a moment ago and not yet filled in.
    return Date.now() - info.mtimeMs > staleMs;
  } catch {
    return false;
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `task` holding `<path>.lock`, created exclusively, so processes that
 * change the same draft file (the app on several machines, crd) take turns
 * writing it; what each writes is merged from everyone's changes first.
 */
export async function withFileLock<T>(path: string, task: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const lockPath = `${path}.lock`;
  const deadline = Date.now() + (options.waitMs ?? 30_000);
  const staleMs = options.staleMs ?? 10_000;
  for (;;) {
    try {
      const handle = await open(lockPath, 'wx');
      try {
        await handle.writeFile(`${process.pid}\n${THIS_HOST}\n`);
      } finally {
        await handle.close();
      }
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') {
        throw new AppError('io', `Could not save the draft: its lock file cannot be made (${code ?? 'error'}). Check the folder is available and not read-only, then try again.`);
      }
      if (await isAbandoned(lockPath, staleMs)) {
        await rm(lockPath, { force: true });
        continue;
      }
      if (Date.now() > deadline) {
        throw new AppError('locked', `The draft is being saved by someone else (lock file ${lockPath}). Try again in a moment; if nobody else has it open, delete the lock file.`);
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
