import { randomUUID } from 'node:crypto';
import { link, open, readFile, rename, rm, stat, unlink } from 'node:fs/promises';
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
 * A lock file as it was read. A new lock at the same path differs from it in its text (each lock
 * made here holds a unique line) or, while still empty, in its time: an empty lock counts as
 * abandoned only once older than the stale limit, and a new one was made just now.
 */
interface LockSeen {
  text: string;
  mtimeMs: number;
}

async function readLock(lockPath: string): Promise<LockSeen | null> {
  try {
    const [text, info] = await Promise.all([readFile(lockPath, 'utf8'), stat(lockPath)]);
    return { text, mtimeMs: info.mtimeMs };
  } catch {
    return null;
  }
}

const sameLock = (a: LockSeen, b: LockSeen) => a.text === b.text && a.mtimeMs === b.mtimeMs;

/**
 * A lock left by a process that died (a crash, a kill) must not block the draft for ever.
 * On this machine its process can be checked; one taken on another machine (a shared drive)
 * is held for milliseconds, so one older than `staleMs` is abandoned.
 */
function isAbandoned(lock: LockSeen, staleMs: number): boolean {
  const [pidText, host] = lock.text.split('\n');
  const pid = Number.parseInt(pidText ?? '', 10);
  if (Number.isInteger(pid) && pid > 0 && host === THIS_HOST) return !isAlive(pid);
  // Another machine's, or written a moment ago and not yet filled in.
  return Date.now() - lock.mtimeMs > staleMs;
}

/**
 * Removes the abandoned lock `judged`, and nothing else. Two processes can judge the same
 * lock abandoned at once; by the time the slower one acts, the faster one may have removed
 * it and made its own. So the lock is first renamed to a name of this process's own (a
 * rename happens whole or not at all) and checked to be the very file judged; only then is
 * it removed. A new lock moved aside by mistake is put straight back. Returns whether the
 * abandoned lock is gone, so the caller can try again at once rather than wait.
 */
async function removeAbandoned(lockPath: string, judged: LockSeen): Promise<boolean> {
  const aside = `${lockPath}.${randomUUID()}.abandoned`;
  try {
    await rename(lockPath, aside);
  } catch {
    // Already gone (someone else took it over) or cannot be moved: wait and look again.
    return false;
  }
  const moved = await readLock(aside);
  if (moved !== null && sameLock(moved, judged)) {
    // The lock path is free already; an abandoned lock that cannot be deleted is only clutter.
    await unlink(aside).catch(() => undefined);
    return true;
  }
  await putBack(aside, lockPath);
  return false;
}

/** Puts a colleague's new lock, moved aside by mistake, back where its owner expects it. */
async function putBack(aside: string, lockPath: string): Promise<void> {
  try {
    // `link` never replaces a lock made meanwhile.
    await link(aside, lockPath);
  } catch (error) {
    // A file system without hard links (some network drives): put it back by renaming.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return rename(aside, lockPath);
    // EEXIST: a third save made a lock in that instant; it stands, and the moved one is dropped.
  }
  await unlink(aside);
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
  // The third line makes each lock different from every other, even one this process made before.
  const mine = `${process.pid}\n${THIS_HOST}\n${randomUUID()}\n`;
  for (;;) {
    try {
      const handle = await open(lockPath, 'wx');
      try {
        await handle.writeFile(mine);
      } finally {
        await handle.close();
      }
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') {
        throw new AppError('io', `Could not save the draft: its lock file cannot be made (${code ?? 'error'}). Check the folder is available and not read-only, then try again.`);
      }
      const lock = await readLock(lockPath);
      if (lock !== null && isAbandoned(lock, staleMs) && (await removeAbandoned(lockPath, lock))) continue;
      if (Date.now() > deadline) {
        throw new AppError('locked', `The draft is being saved by someone else (lock file ${lockPath}). Try again in a moment; if nobody else has it open, delete the lock file.`);
      }
      await pause(10 + Math.random() * 40);
    }
  }
  try {
    return await task();
  } finally {
    // Only this save's own lock: if it was deleted by hand meanwhile, a colleague's may stand there now.
    if ((await readLock(lockPath))?.text === mine) await rm(lockPath, { force: true });
  }
}
