import { link, open, rename, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { dirname } from 'node:path';

/** A file's content: text, bytes, or bytes in parts (written one after another, so a large file is not copied into one buffer first). */
export type FileContent = string | Uint8Array | readonly Uint8Array[];

/**
 * Writes a file so that a crash at any moment leaves either the old or the new
 * content, never a mixture: write a temporary file beside it, flush it to the
 * disk, then rename it over the target (rename is atomic within a folder).
 */
export async function writeFileAtomic(path: string, data: FileContent): Promise<void> {
  await replaceThrough(path, (temporary) => writeNewFileFlushed(temporary, data));
  await syncFolder(dirname(path));
}

/**
 * Gives an existing file a second name, replacing whatever had that name, in
 * one atomic step: a hard link under a temporary name, renamed over the
 * target. Nothing is copied or flushed, since the file's content is already
 * on the disk. Drives without hard links refuse, and the caller copies instead.
 */
export async function linkAtomically(existing: string, target: string): Promise<void> {
  await replaceThrough(target, (temporary) => link(existing, temporary));
}

/** Puts the new file under a temporary name beside `target`, then renames it over `target`; a failure leaves no temporary file. */
async function replaceThrough(target: string, put: (temporary: string) => Promise<void>): Promise<void> {
  const temporary = `${target}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await put(temporary);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Creates a file that must not exist yet, and flushes it to the disk before returning. */
export async function writeNewFileFlushed(path: string, data: FileContent): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    // A handle's writeFile writes from where the last one ended, so parts follow one another. (isView rather than
    // instanceof: a Buffer from another realm, as under jsdom, is not an instance of this realm's Uint8Array.)
    for (const part of typeof data === 'string' || ArrayBuffer.isView(data) ? [data] : data) await handle.writeFile(part);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes the rename itself durable; not every platform lets a folder be opened, so failures are ignored. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot open a directory for syncing; the rename is still atomic there.
  }
}
