import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/** A file larger than its reader allows; no more of it than the limit was read. */
export class FileTooLarge extends Error {
  constructor(
    readonly path: string,
    readonly bytes: number,
    readonly limit: number,
  ) {
    super(`${path} is ${bytes} bytes, over the ${limit} bytes allowed`);
  }
}

/** A pipe, a device or a folder where a file was expected: reading it could wait for ever or never end. */
export class NotAFile extends Error {
  readonly code: string;
  constructor(readonly path: string, folder: boolean) {
    super(`${path} is ${folder ? 'a folder' : 'not a file'}`);
    // Callers that tell errors apart by code see a folder as they always did.
    this.code = folder ? 'EISDIR' : 'ENOTFILE';
  }
}

// A pipe opened for reading would wait for a writer; without blocking the open returns at once (not on Windows,
// which has no named pipes among files).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The file's bytes, or null when there is no file. A file larger than `limit` bytes is refused (FileTooLarge)
 * before any of it is read, and one that grows past the limit while it is read is refused when it does, so a
 * huge or hostile file cannot hold up or exhaust the process. Only regular files are read (NotAFile).
 */
export async function readBytesUpTo(path: string, limit: number): Promise<Buffer | null> {
  let handle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new NotAFile(path, info.isDirectory());
    if (info.size > limit) throw new FileTooLarge(path, info.size, limit);
    // One byte more than the size seen, to notice a file that grew since.
    let buffer = Buffer.allocUnsafe(info.size + 1);
    let filled = 0;
    for (;;) {
      if (filled === buffer.length) {
        if (filled > limit) throw new FileTooLarge(path, filled, limit);
        const larger = Buffer.allocUnsafe(Math.min(buffer.length * 2, limit + 1));
        buffer.copy(larger, 0, 0, filled);
        buffer = larger;
      }
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    if (filled > limit) throw new FileTooLarge(path, filled, limit);
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

/** As readBytesUpTo, as UTF-8 text. */
export async function readTextUpTo(path: string, limit: number): Promise<string | null> {
  return (await readBytesUpTo(path, limit))?.toString('utf8') ?? null;
}
