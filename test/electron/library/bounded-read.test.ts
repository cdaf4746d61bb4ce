import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FileTooLarge, readBytesUpTo } from '../../../electron/services/bounded-read';

/**
 * A file that grows while it is read (a colleague's app still writing it, or a hostile file on a share): the size
 * seen on opening is small, the bytes keep coming. The growth is shown by reporting the size the file had before
 * it grew; the bytes are the real file's.
 */
const sizeSeen = vi.hoisted(() => ({ path: '', size: -1 }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const open = async (...args: Parameters<typeof real.open>): ReturnType<typeof real.open> => {
    const handle = await real.open(...args);
    if (String(args[0]) !== sizeSeen.path) return handle;
    return new Proxy(handle, {
      get: (target, key) => {
        if (key === 'stat') return async () => Object.assign(await target.stat(), { size: sizeSeen.size });
        const value: unknown = Reflect.get(target, key, target);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  };
  return { ...real, open };
});

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-bounded-'));
});
afterEach(async () => {
  sizeSeen.path = '';
  await rm(folder, { recursive: true, force: true });
});

describe('reading a file with a size limit', () => {
  it('refuses a file that grows past the limit after its size was seen', async () => {
    const path = join(folder, 'growing.crdraft');
    await writeFile(path, 'x'.repeat(5000));
    Object.assign(sizeSeen, { path, size: 100 });
    const refused = await readBytesUpTo(path, 1000).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(FileTooLarge);
    expect((refused as FileTooLarge).bytes).toBeGreaterThan(1000);
  });

  it('reads all of a file that grew but stays within the limit', async () => {
    const path = join(folder, 'grown.crdraft');
    await writeFile(path, 'y'.repeat(900));
    Object.assign(sizeSeen, { path, size: 10 });
    expect((await readBytesUpTo(path, 1000))?.toString()).toBe('y'.repeat(900));
  });

  it('reads a file of exactly the limit, and refuses one byte more before reading', async () => {
    const path = join(folder, 'exact.crdraft');
    await writeFile(path, 'z'.repeat(1000));
    expect((await readBytesUpTo(path, 1000))?.length).toBe(1000);
    await writeFile(path, 'z'.repeat(1001));
    await expect(readBytesUpTo(path, 1000)).rejects.toBeInstanceOf(FileTooLarge);
  });

  it('gives null for a file that is not there', async () => {
    expect(await readBytesUpTo(join(folder, 'missing.crdraft'), 1000)).toBeNull();
  });
});
