import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { withFileLock } from '../../../electron/services/sync/file-lock';

/**
 * Two saves that find the same crashed process's lock at the same moment: both judge it
 * abandoned, and the slower one must not then remove a lock made since, or two saves would
 * write the draft at once. The moments are made deterministic by holding back what the file
 * system answers when a save looks at a lock (`readFile` and `stat`, made together); `link`
 * can be refused, as on a drive without hard links. Everything else is the real file system.
 */
const disk = vi.hoisted(() => ({
  /** Given each look at a file and the real answer, returns the answer to hand over (possibly later). */
  look: null as null | ((path: string, answer: Promise<unknown>) => Promise<unknown>),
  refuseLinks: false,
  /** Refuses renaming the lock, as Windows does while another program (a virus scanner) has it open. */
  refuseLockRenames: false,
}));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const heldBack =
    <A extends unknown[], R>(look: (...args: A) => Promise<R>) =>
    (...args: A): Promise<R> => {
      const answer = look(...args);
      return disk.look === null ? answer : (disk.look(String(args[0]), answer) as Promise<R>);
    };
  const link: typeof real.link = (existing, made) =>
    disk.refuseLinks ? Promise.reject(Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM' })) : real.link(existing, made);
  const rename: typeof real.rename = (from, to) =>
    disk.refuseLockRenames && String(from).endsWith('.lock')
      ? Promise.reject(Object.assign(new Error('EPERM: operation not permitted, rename'), { code: 'EPERM' }))
      : real.rename(from, to);
  return { ...real, readFile: heldBack(real.readFile), stat: heldBack(real.stat), link, rename };
});

let folder: string;
let draft: string;
let lockPath: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-lock-race-'));
  draft = join(folder, 'Our answer.crdraft');
  lockPath = `${draft}.lock`;
  await writeFile(draft, '{}');
});

afterEach(async () => {
  disk.look = null;
  disk.refuseLinks = false;
  disk.refuseLockRenames = false;
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

/**
 * Holds back the first look of each of `takers` saves at the lock until all have seen it; the
 * last save's answer waits further, for `letLastGo`. `lookedAgain` fires at the next look at the
 * lock after those, `movedAside` when a save reads a lock it has moved aside (which may be held
 * back by `holdMovedAside`).
 */
function holdLooks(takers: number, holdMovedAside: () => Promise<void> = async () => {}) {
  const allSeen = signal();
  const lastMayGo = signal();
  const lookedAgain = signal();
  const movedAside = signal();
  let looked = 0;
  let answered = 0;
  disk.look = async (path, answer) => {
    if (path.endsWith('.abandoned')) {
      movedAside.fire();
      await holdMovedAside();
      return answer;
    }
    if (path !== lockPath) return answer;
    const index = looked++;
    if (index >= 2 * takers) {
      lookedAgain.fire();
      return answer;
    }
    await answer.catch(() => undefined);
    if (++answered === 2 * takers) allSeen.fire();
    await allSeen.promise;
    if (index >= 2 * (takers - 1)) await lastMayGo.promise;
    return answer;
  };
  return { allSeen: allSeen.promise, letLastGo: lastMayGo.fire, lookedAgain: lookedAgain.promise, movedAside: movedAside.promise };
}

/** Saves that record how many ran at once and in which order. */
function saves() {
  const order: string[] = [];
  let running = 0;
  let mostAtOnce = 0;
  const started = new Map<string, ReturnType<typeof signal>>();
  const startedOf = (who: string) => started.get(who) ?? started.set(who, signal()).get(who)!;
  const save = (who: string, whileSaving: () => Promise<unknown> = async () => {}) =>
    withFileLock(draft, async () => {
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      order.push(who);
      startedOf(who).fire();
      await whileSaving();
      running -= 1;
    });
  return { save, order, started: (who: string) => startedOf(who).promise, mostAtOnce: () => mostAtOnce };
}

const leftInFolder = async () => (await readdir(folder)).sort();

describe('two saves that find the same crashed lock at once', () => {
  for (const drive of ['with hard links', 'without hard links (some network drives)']) {
    it(`let only one go ahead; the other waits its turn (${drive})`, async () => {
      disk.refuseLinks = drive.startsWith('without');
      await writeFile(lockPath, `${await deadProcess()}\n${hostname()}\n`);
      const looks = holdLooks(2);
      const { save, order, started, mostAtOnce } = saves();
      // The first to take the lock over saves until the other has either started too (the defect) or looked at the lock again.
      const first = (who: string) => async () => {
        if (order[0] !== who) return;
        looks.letLastGo();
        await Promise.race([started(who === 'Priya' ? 'Sam' : 'Priya'), looks.lookedAgain]);
      };
      await Promise.all([save('Priya', first('Priya')), save('Sam', first('Sam'))]);
      expect(order.slice().sort()).toEqual(['Priya', 'Sam']);
      expect(mostAtOnce()).toBe(1);
      // Neither the crashed lock nor anything moved aside while taking it over is left behind.
      expect(await leftInFolder()).toEqual(['Our answer.crdraft']);
    });
  }

  it('the slower one finds the crashed lock already moved away and simply waits its turn', async () => {
    await writeFile(lockPath, `${await deadProcess()}\n${hostname()}\n`);
    // The faster one has moved the crashed lock aside and not yet made its own when the slower one acts.
    const slowerSaved = signal();
    const looks = holdLooks(2, () => slowerSaved.promise);
    void looks.movedAside.then(looks.letLastGo);
    const { save, order, mostAtOnce } = saves();
    await Promise.all([save('Priya', async () => slowerSaved.fire()), save('Sam', async () => slowerSaved.fire())]);
    expect(order).toHaveLength(2);
    expect(mostAtOnce()).toBe(1);
    expect(await leftInFolder()).toEqual(['Our answer.crdraft']);
  });
});

describe('a colleague’s new lock, made between a save’s look at a crashed lock and its taking over', () => {
  /** A save judges `crashed` abandoned; before it acts, a colleague replaces it with `colleagues`. */
  async function colleagueStepsIn(crashed: { text: string; mtime: Date }, colleagues: { text: string; mtime?: Date }) {
    await writeFile(lockPath, crashed.text);
    await utimes(lockPath, crashed.mtime, crashed.mtime);
    const looks = holdLooks(1);
    const steps: string[] = [];
    const saving = withFileLock(draft, async () => steps.push('our save'));
    await looks.allSeen;
    await rm(lockPath);
    await writeFile(lockPath, colleagues.text);
    if (colleagues.mtime) await utimes(lockPath, colleagues.mtime, colleagues.mtime);
    looks.letLastGo();
    // (A save that took the colleague's lock away instead would finish here, and what follows fails.)
    await Promise.race([looks.lookedAgain, saving]);
    // The save has moved the colleague's lock aside, seen it is not the one it judged, put it back, and is waiting.
    const held = await readFile(lockPath, 'utf8');
    steps.push('colleague done');
    await rm(lockPath);
    await saving;
    return { held, steps, left: await leftInFolder() };
  }

  it('is put back and waited for, when it is still empty like the crashed one was (told apart by its time)', async () => {
    const twoMinutesAgo = new Date(Date.now() - 120_000);
    const { held, steps, left } = await colleagueStepsIn({ text: '', mtime: twoMinutesAgo }, { text: '' });
    expect(held).toBe('');
    expect(steps).toEqual(['colleague done', 'our save']);
    expect(left).toEqual(['Our answer.crdraft']);
  });

  it('is put back and waited for, when its time reads the same as the crashed one’s (told apart by its text)', async () => {
    const sameSecond = new Date(Math.floor(Date.now() / 1000) * 1000);
    const colleague = `${process.pid}\n${hostname()}\ncolleague\n`;
    const { held, steps, left } = await colleagueStepsIn({ text: `${await deadProcess()}\n${hostname()}\n`, mtime: sameSecond }, { text: colleague, mtime: sameSecond });
    expect(held).toBe(colleague);
    expect(steps).toEqual(['colleague done', 'our save']);
    expect(left).toEqual(['Our answer.crdraft']);
  });

  it('when a third save makes a lock in the very instant it is moved aside, the third save’s lock stands and nothing is left behind', async () => {
    const crashedAt = new Date(Date.now() - 120_000);
    await writeFile(lockPath, '');
    await utimes(lockPath, crashedAt, crashedAt);
    const third = `${process.pid}\n${hostname()}\nthird\n`;
    const thirdMade = signal();
    const looks = holdLooks(1, () => thirdMade.promise);
    const steps: string[] = [];
    const saving = withFileLock(draft, async () => steps.push('our save'));
    await looks.allSeen;
    await rm(lockPath);
    await writeFile(lockPath, `${process.pid}\n${hostname()}\ncolleague\n`);
    looks.letLastGo();
    await looks.movedAside;
    await writeFile(lockPath, third, { flag: 'wx' });
    thirdMade.fire();
    await looks.lookedAgain;
    expect(await readFile(lockPath, 'utf8')).toBe(third);
    expect(await leftInFolder()).toEqual(['Our answer.crdraft', 'Our answer.crdraft.lock']);
    steps.push('third done');
    await rm(lockPath);
    await saving;
    expect(steps).toEqual(['third done', 'our save']);
  });
});

describe('a crashed lock that cannot be dealt with safely is left alone', () => {
  it('when it cannot be moved aside (Windows, open in another program): the save waits, then says someone else is saving', async () => {
    const crashed = `${await deadProcess()}\n${hostname()}\n`;
    await writeFile(lockPath, crashed);
    disk.refuseLockRenames = true;
    const error = await withFileLock(draft, async () => 'saved', { waitMs: 200 }).catch((failure: unknown) => failure);
    expect(error).toMatchObject({ code: 'locked' });
    expect(await readFile(lockPath, 'utf8')).toBe(crashed);
  });

  it('when it cannot be read back once moved aside: it is put back, not deleted unchecked, and the save refused after the wait', async () => {
    const crashed = `${await deadProcess()}\n${hostname()}\n`;
    await writeFile(lockPath, crashed);
    disk.look = async (path, answer) => (path.endsWith('.abandoned') ? Promise.reject(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' })) : answer);
    const error = await withFileLock(draft, async () => 'saved', { waitMs: 200 }).catch((failure: unknown) => failure);
    expect(error).toMatchObject({ code: 'locked' });
    expect(await leftInFolder()).toEqual(['Our answer.crdraft', 'Our answer.crdraft.lock']);
    expect(await readFile(lockPath, 'utf8')).toBe(crashed);
  });
});
