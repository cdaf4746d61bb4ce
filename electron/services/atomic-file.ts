import { link, open, rename, rm } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { dirname } from 'node:path';

/** A file's content: text, bytes, or bytes in parts (written one after another, so a large file is not copied into one buffer first). */
export type FileContent = string | Uint8Array | readonly Uint8Array[];

/**
 * Writes a file so that a crash at any moment leaves either the old or the new
 * content, never a mixture: write a temporary file beside it, flush it to the
 * disk, then rename it over the target (rename is atomic within a folder).
 * `alongside` runs while the temporary file is written (a save keeps its backup
 * then): the rename waits for both, and if either fails the target is untouched
 * and `alongside`'s error is the one thrown, as if it had run first.
 */
export async function writeFileAtomic(path: string, data: FileContent, options: { alongside?: () => Promise<void> } = {}): Promise<void> {
  await replaceThrough(path, (temporary) => writeNewFileFlushed(temporary, data), options.alongside);
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
async function replaceThrough(target: string, put: (temporary: string) => Promise<void>, alongside?: () => Promise<void>): Promise<void> {
  const temporary = `${target}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    const [written, beside] = await Promise.allSettled([put(temporary), alongside?.()]);
    if (beside.status === 'rejected') throw beside.reason;
    if (written.status === 'rejected') throw written.reason;
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
    // All parts in one request: each request is a round trip to the file system's threads (a network one on a
    // shared drive). (isView rather than instanceof: a Buffer from another realm, as under jsdom, is not an
    // instance of this realm's Uint8Array.)
    const parts = typeof data === 'string' ? [Buffer.from(data)] : ArrayBuffer.isView(data) ? [data] : data;
    const { bytesWritten } = await handle.writev(parts);
    const total = parts.reduce((sum, part) => sum + part.byteLength, 0);
    // A write may stop short of the end; the rest then goes where it stopped, and its error is the one reported.
    if (bytesWritten < total) await handle.writeFile(Buffer.concat(parts).subarray(bytesWritten));
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
