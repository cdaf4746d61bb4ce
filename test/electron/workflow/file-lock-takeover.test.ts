import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { withFileLock } from '../../../electron/services/sync/file-lock';

/**
 * Two saves that find the same crashed process's lock at the same moment: both judge it
 * abandoned, and the slower one must not then remove the lock the faster one has just made,
 * or both would write the draft at once. The moment is made deterministic by holding back
 * what the file system answers when each save looks at the lock (`readFile` and `stat`).
 */
const looks = vi.hoisted(() => ({
  /** Given each look at a file and the real answer, returns the answer to hand over (possibly later). */
  hold: null as null | ((path: string, answer: Promise<unknown>) => Promise<unknown>),
}));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const heldBack =
    <A extends unknown[], R>(look: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> => {
      const answer = look(...args);
      return looks.hold === null ? answer : (looks.hold(String(args[0]), answer) as Promise<R>);
    };
  return { ...real, readFile: heldBack(real.readFile), stat: heldBack(real.stat) };
});

let folder: string;
let draft: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-lock-race-'));
  draft = join(folder, 'Our answer.crdraft');
  await writeFile(draft, '{}');
});

afterEach(async () => {
  looks.hold = null;
  await rm(folder, { recursive: true, force: true });
});

async function deadProcess(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

function signal(): { promise: Promise<void>; fire: () => void } {
  let fire = () => {};
  const promise = new Promise<void>((resolve) => (fire = resolve));
  return { promise, fire };
}

it('lets only one of two saves that find the same crashed lock at once go ahead; the other waits its turn', async () => {
  const lockPath = `${draft}.lock`;
  await writeFile(lockPath, `${await deadProcess()}\n${hostname()}\n`);

  // Each save looks at the lock with a readFile and a stat made together: looks 0–1 are the
  // first save's, 2–3 the second's. Both see the crashed lock before either acts on it; the
  // second then acts only once the first is saving under its own new lock.
  const bothHaveLooked = signal();
  const firstIsSaving = signal();
  const secondLooksAgain = signal();
  const secondIsSaving = signal();
  let looked = 0;
  let answered = 0;
  looks.hold = async (path, answer) => {
    if (path !== lockPath) return answer;
    const index = looked++;
    if (index >= 4) {
      secondLooksAgain.fire();
      return answer;
    }
    await answer.catch(() => undefined);
    if (++answered === 4) bothHaveLooked.fire();
    await bothHaveLooked.promise;
    if (index >= 2) await firstIsSaving.promise;
    return answer;
  };

  let saving = 0;
  let mostAtOnce = 0;
  const saves: string[] = [];
  const save = (who: string) =>
    withFileLock(draft, async () => {
      saving += 1;
      mostAtOnce = Math.max(mostAtOnce, saving);
      saves.push(who);
      if (saves.length === 1) {
        firstIsSaving.fire();
        // Until the second save has either started too (the defect) or looked at the lock again, waiting.
        await Promise.race([secondIsSaving.promise, secondLooksAgain.promise]);
      } else {
        secondIsSaving.fire();
      }
      saving -= 1;
    });

  await Promise.all([save('Priya'), save('Sam')]);
  expect(saves.sort()).toEqual(['Priya', 'Sam']);
  expect(mostAtOnce).toBe(1);
  // Neither the crashed lock nor anything set aside while taking it over is left behind.
  expect(await readdir(folder)).toEqual(['Our answer.crdraft']);
});
