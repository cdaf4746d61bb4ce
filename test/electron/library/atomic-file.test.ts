import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { linkAtomically, writeFileAtomic } from '../../../electron/services/atomic-file';

/**
 * The writer every draft, backup and setting is saved through. What it promises — after a
 * power cut the file holds the old content or the new, never a mixture, and the new name
 * survives too — shows only in the order of the steps that reach the disk, so each call to
 * node:fs/promises is recorded (and one can be made to fail) while the real file system does
 * the work.
 */
const disk = vi.hoisted(() => ({
  steps: [] as string[],
  /** The error code opening a path fails with, if any. */
  refuseOpen: (_path: string): string | null => null,
}));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  type Handle = Awaited<ReturnType<typeof real.open>>;
  const name = (path: unknown) => String(path).split(/[\\/]/).pop() ?? '';
  const watched = (handle: Handle, path: string): Handle =>
    new Proxy(handle, {
      get(target, property) {
        if (property === 'sync' || property === 'close' || property === 'writeFile' || property === 'writev') {
          return async (...args: unknown[]) => {
            disk.steps.push(`${String(property)} ${name(path)}`);
            return (target[property] as (...a: unknown[]) => Promise<unknown>).apply(target, args);
          };
        }
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  const open = async (path: Parameters<typeof real.open>[0], flags?: string) => {
    disk.steps.push(`open ${name(path)} ${flags ?? ''}`);
    const code = disk.refuseOpen(String(path));
    if (code !== null) throw Object.assign(new Error(`${code}: refused, open '${String(path)}'`), { code });
    return watched(await real.open(path, flags), String(path));
  };
  const rename = async (from: Parameters<typeof real.rename>[0], to: Parameters<typeof real.rename>[1]) => {
    disk.steps.push(`rename ${name(from)} -> ${name(to)}`);
    return real.rename(from, to);
  };
  return { ...real, open, rename };
});

let folder: string;
let target: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-atomic-'));
  target = join(folder, 'Our answer.crdraft');
  await writeFile(target, 'the version saved before');
  disk.steps = [];
  disk.refuseOpen = () => null;
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** The temporary name in the recorded steps, written as TEMP. */
const withTemporaryNamed = (steps: string[]) => steps.map((step) => step.replace(/Our answer\.crdraft\.tmp-\d+-[0-9a-f]{8}/g, 'TEMP'));

describe('writing a file so that a power cut cannot leave half of it', () => {
  it('writes the new content under a temporary name, flushes and closes it, renames it over the old file, then flushes the folder', async () => {
    await writeFileAtomic(target, 'the new version');
    expect(await readFile(target, 'utf8')).toBe('the new version');
    expect(withTemporaryNamed(disk.steps)).toEqual([
      'open TEMP wx',
      'writev TEMP',
      'sync TEMP',
      'close TEMP',
      'rename TEMP -> Our answer.crdraft',
      `open ${basename(folder)} r`,
      `sync ${basename(folder)}`,
      `close ${basename(folder)}`,
    ]);
    expect(await readdir(folder)).toEqual(['Our answer.crdraft']);
  });

  it('writes a file given in parts as those parts in order, in one request', async () => {
    const parts = ['Part one; ', 'part two — with a dash; ', 'part three.'].map((part) => Buffer.from(part));
    await writeFileAtomic(target, parts);
    expect(await readFile(target, 'utf8')).toBe('Part one; part two — with a dash; part three.');
    expect(withTemporaryNamed(disk.steps).filter((step) => step.startsWith('write'))).toEqual(['writev TEMP']);
  });

  it('renames the new file over the old one only once the step run alongside it has finished', async () => {
    let finishAlongside = () => {};
    const alongside = () =>
      new Promise<void>((done) => {
        finishAlongside = () => {
          disk.steps.push('alongside finished');
          done();
        };
      });
    const writing = writeFileAtomic(target, 'the new version', { alongside });
    // The temporary file is written and flushed meanwhile, and the old content stays in place.
    await vi.waitFor(() => expect(withTemporaryNamed(disk.steps)).toContain('close TEMP'));
    expect(await readFile(target, 'utf8')).toBe('the version saved before');
    finishAlongside();
    await writing;
    const steps = withTemporaryNamed(disk.steps);
    expect(steps.indexOf('rename TEMP -> Our answer.crdraft')).toBeGreaterThan(steps.indexOf('alongside finished'));
    expect(await readFile(target, 'utf8')).toBe('the new version');
  });

  it('keeps the old content, leaves no temporary file and gives the step\'s own error when the step run alongside fails', async () => {
    const refused = Object.assign(new Error('EACCES: the backup may not be made'), { code: 'EACCES' });
    await expect(writeFileAtomic(target, 'the new version', { alongside: () => Promise.reject(refused) })).rejects.toBe(refused);
    expect(await readFile(target, 'utf8')).toBe('the version saved before');
    expect(await readdir(folder)).toEqual(['Our answer.crdraft']);
  });

  it('gives the step\'s error, not the write\'s, when both fail', async () => {
    disk.refuseOpen = (path) => (path.startsWith(`${target}.tmp-`) ? 'ENOSPC' : null);
    const refused = Object.assign(new Error('EACCES: the backup may not be made'), { code: 'EACCES' });
    await expect(writeFileAtomic(target, 'the new version', { alongside: () => Promise.reject(refused) })).rejects.toBe(refused);
    expect(await readFile(target, 'utf8')).toBe('the version saved before');
    expect(await readdir(folder)).toEqual(['Our answer.crdraft']);
  });

  it('still saves where a folder cannot be opened to flush it (Windows): the rename itself is atomic there', async () => {
    disk.refuseOpen = (path) => (path === folder ? 'EISDIR' : null);
    await writeFileAtomic(target, 'the new version');
    expect(await readFile(target, 'utf8')).toBe('the new version');
  });

  it('on a full disk keeps the old content, leaves no temporary file, and says the disk is full', async () => {
    disk.refuseOpen = (path) => (path.startsWith(`${target}.tmp-`) ? 'ENOSPC' : null);
    await expect(writeFileAtomic(target, 'the new version')).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readFile(target, 'utf8')).toBe('the version saved before');
    expect(await readdir(folder)).toEqual(['Our answer.crdraft']);
  });
});

describe('giving a file a second name (a backup that costs no room)', () => {
  it('replaces whatever had that name with the very same file, leaving no temporary name', async () => {
    const backup = `${target}.bak`;
    await writeFile(backup, 'an older backup');
    await linkAtomically(target, backup);
    expect(await readFile(backup, 'utf8')).toBe('the version saved before');
    expect((await stat(backup)).ino).toBe((await stat(target)).ino);
    expect((await readdir(folder)).sort()).toEqual(['Our answer.crdraft', 'Our answer.crdraft.bak']);
  });

  it('where hard links are refused, fails with that refusal (so the caller copies instead) and leaves the old backup', async () => {
    const backup = `${target}.bak`;
    await writeFile(backup, 'an older backup');
    // A folder cannot be hard-linked: the link is refused before any temporary name exists.
    await expect(linkAtomically(folder, backup)).rejects.toMatchObject({ code: 'EPERM' });
    expect(await readFile(backup, 'utf8')).toBe('an older backup');
    expect((await readdir(folder)).sort()).toEqual(['Our answer.crdraft', 'Our answer.crdraft.bak']);
  });
});
