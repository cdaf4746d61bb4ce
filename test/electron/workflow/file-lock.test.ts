import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, readdir, readlink, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withFileLock } from '../../../electron/services/sync/file-lock';
import { refusal } from '../../support/refusals';

/**
 * The lock that sign-off, reopening, sending and every merged save of a shared
 * draft are taken under: two people (or the app and crd) must take turns, and a
 * lock left by a crash must not keep the draft read-only for ever.
 */
let folder: string;
let draft: string;
let sleeper: ChildProcess | null = null;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-lock-'));
  draft = join(folder, 'Our answer.crdraft');
  await writeFile(draft, '{}');
});

afterEach(async () => {
  vi.restoreAllMocks();
  sleeper?.kill();
  sleeper = null;
  await chmod(folder, 0o755).catch(() => undefined);
  await rm(folder, { recursive: true, force: true });
});

const lockOf = (path: string) => `${path}.lock`;
const lockFiles = async () => (await readdir(folder)).filter((name) => name.endsWith('.lock'));

/** A process on this machine that stays alive while a test needs it. */
function livingProcess(): number {
  sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)'], { stdio: 'ignore' });
  return sleeper.pid!;
}

/** A process id that was in use a moment ago and is not any more. */
async function deadProcess(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

async function leaveLock(text: string, ageMs = 0): Promise<void> {
  await writeFile(lockOf(draft), text);
  if (ageMs > 0) {
    const then = new Date(Date.now() - ageMs);
    await utimes(lockOf(draft), then, then);
  }
}

describe('taking turns on a draft file', () => {
  it('holds the lock, naming this process and machine, while the save runs, and removes it afterwards', async () => {
    const seen = await withFileLock(draft, async () => readFile(lockOf(draft), 'utf8'));
    expect(seen).toMatch(new RegExp(`^${process.pid}\n${hostname()}\n[0-9a-f-]{36}\n$`));
    expect(await lockFiles()).toEqual([]);
  });

  it('makes each lock different from the one before, so a new lock is never mistaken for an old one', async () => {
    const first = await withFileLock(draft, async () => readFile(lockOf(draft), 'utf8'));
    const second = await withFileLock(draft, async () => readFile(lockOf(draft), 'utf8'));
    expect(second).not.toBe(first);
  });

  it('removes the lock when the save fails, so the next save is not blocked', async () => {
    await expect(withFileLock(draft, async () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    expect(await lockFiles()).toEqual([]);
    expect(await withFileLock(draft, async () => 'saved', { waitMs: 0 })).toBe('saved');
  });

  it('makes two saves at once take turns: the second starts only after the first has finished', async () => {
    const steps: string[] = [];
    const save = (who: string) =>
      withFileLock(draft, async () => {
        steps.push(`${who} starts`);
        await new Promise((resolve) => setTimeout(resolve, 60));
        steps.push(`${who} ends`);
      });
    await Promise.all([save('Priya'), save('Sam')]);
    expect(steps).toHaveLength(4);
    expect(steps[1]).toBe(steps[0]!.replace('starts', 'ends'));
    expect(steps[3]).toBe(steps[2]!.replace('starts', 'ends'));
  });

  it('waits for a colleague’s save on this machine and then goes ahead', async () => {
    await leaveLock(`${livingProcess()}\n${hostname()}\n`);
    const released = new Promise((resolve) => setTimeout(resolve, 150)).then(() => rm(lockOf(draft)));
    let startedAt = 0;
    const before = Date.now();
    await withFileLock(draft, async () => {
      startedAt = Date.now();
    });
    await released;
    expect(startedAt - before).toBeGreaterThanOrEqual(140);
  });

  it('says plainly that someone else is saving when their lock is not given up in time, and leaves their lock alone', async () => {
    await leaveLock(`${livingProcess()}\n${hostname()}\n`);
    let ran = false;
    const error = await refusal(withFileLock(draft, async () => (ran = true), { waitMs: 200 }));
    expect(error.code).toBe('locked');
    expect(error.message).toBe(`The draft is being saved by someone else (lock file ${lockOf(draft)}). Try again in a moment; if nobody else has it open, delete the lock file.`);
    expect(ran).toBe(false);
    expect(await lockFiles()).toEqual(['Our answer.crdraft.lock']);
  });
  // On Windows a file that is still open cannot be deleted, so a lock whose handle were left open would stay.
  it.runIf(process.platform === 'linux')('keeps no handle of the lock file open while the save runs', async () => {
    const openFiles = async () => Promise.all((await readdir('/proc/self/fd')).map((fd) => readlink(`/proc/self/fd/${fd}`).catch(() => '')));
    const open = await withFileLock(draft, async () => (await openFiles()).filter((path) => path.startsWith(folder)));
    expect(open).toEqual([]);
  });

  it('finishes the save when someone deletes the lock file by hand meanwhile, as the refusal tells them they may', async () => {
    expect(await withFileLock(draft, async () => {
      await rm(lockOf(draft));
      return 'saved';
    })).toBe('saved');
  });

  it('leaves a colleague’s lock made after its own was deleted by hand: only its own lock is removed at the end', async () => {
    const colleague = `${livingProcess()}\n${hostname()}\ncolleague\n`;
    await withFileLock(draft, async () => {
      await rm(lockOf(draft));
      await writeFile(lockOf(draft), colleague, { flag: 'wx' });
    });
    expect(await readFile(lockOf(draft), 'utf8')).toBe(colleague);
  });
});

describe('a lock left behind by a crash', () => {
  it('is taken over at once when its process on this machine has died', async () => {
    await leaveLock(`${await deadProcess()}\n${hostname()}\n`);
    expect(await withFileLock(draft, async () => readFile(lockOf(draft), 'utf8'), { waitMs: 0 })).toMatch(new RegExp(`^${process.pid}\n${hostname()}\n`));
    expect(await lockFiles()).toEqual([]);
  });

  it('from another machine is honoured while fresh, and taken over once older than the stale limit', async () => {
    await leaveLock(`${process.pid}\nanother-pc\n`, 5_000);
    expect((await refusal(withFileLock(draft, async () => 'saved', { waitMs: 100, staleMs: 60_000 }))).code).toBe('locked');
    expect(await withFileLock(draft, async () => 'saved', { waitMs: 0, staleMs: 4_000 })).toBe('saved');
  });

  it('from another machine counts as abandoned after 10 seconds by default, not sooner', async () => {
    await leaveLock(`${process.pid}\nanother-pc\n`, 5_000);
    expect((await refusal(withFileLock(draft, async () => 'saved', { waitMs: 100 }))).code).toBe('locked');
    await leaveLock(`${process.pid}\nanother-pc\n`, 11_000);
    expect(await withFileLock(draft, async () => 'saved', { waitMs: 0 })).toBe('saved');
  });

  it('that is empty or garbled counts as being written a moment ago: honoured while fresh, taken over when stale', async () => {
    for (const text of ['', 'not a pid\n', `0\n${hostname()}\n`, `-5\n${hostname()}\n`, `12.5x\n`]) {
      await leaveLock(text);
      expect({ text, code: (await refusal(withFileLock(draft, async () => 'saved', { waitMs: 60, staleMs: 60_000 }))).code }).toEqual({ text, code: 'locked' });
      await leaveLock(text, 120_000);
      expect({ text, result: await withFileLock(draft, async () => 'saved', { waitMs: 0, staleMs: 60_000 }) }).toEqual({ text, result: 'saved' });
    }
  });

  it('held by another user’s live process on this machine (a shared terminal server) is not taken over', async () => {
    const colleague = livingProcess();
    // Signalling another user's process is refused (EPERM) rather than reported missing; tests run as root, who may signal anyone.
    const kill = process.kill.bind(process);
    vi.spyOn(process, 'kill').mockImplementation((pid, signal) => {
      if (pid === colleague) throw Object.assign(new Error('kill EPERM'), { code: 'EPERM' });
      return kill(pid, signal);
    });
    await leaveLock(`${colleague}\n${hostname()}\n`, 3_600_000);
    expect((await refusal(withFileLock(draft, async () => 'saved', { waitMs: 100, staleMs: 1 }))).code).toBe('locked');
    expect(await lockFiles()).toEqual(['Our answer.crdraft.lock']);
  });

  it('held by a live process of this machine is not taken over however old it is', async () => {
    await leaveLock(`${livingProcess()}\n${hostname()}\n`, 3_600_000);
    expect((await refusal(withFileLock(draft, async () => 'saved', { waitMs: 100, staleMs: 1 }))).code).toBe('locked');
  });
});

describe('a folder where no lock can be made', () => {
  it('refuses with a plain message naming the cause, without waiting', async () => {
    const missing = join(folder, 'gone', 'Our answer.crdraft');
    const error = await refusal(withFileLock(missing, async () => 'saved'));
    expect(error.code).toBe('io');
    expect(error.message).toBe('Could not save the draft: its lock file cannot be made (ENOENT). Check the folder is available and not read-only, then try again.');
  });

  it('a lock path that is a folder is treated as held, not removed', async () => {
    await mkdir(lockOf(draft));
    expect((await refusal(withFileLock(draft, async () => 'saved', { waitMs: 60 }))).code).toBe('locked');
    expect(await lockFiles()).toEqual(['Our answer.crdraft.lock']);
  });
});
