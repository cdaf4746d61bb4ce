import { open } from 'node:fs/promises';

/** A file larger than its reader allows; nothing of it was read. */
export class FileTooLarge extends Error {
  constructor(
    readonly path: string,
    readonly bytes: number,
    readonly limit: number,
  ) {
    super(`${path} is ${bytes} bytes, over the ${limit} bytes allowed`);
  }
}

/**
 * The file's bytes, or null when there is no file; a file larger than `limit` bytes is refused before any of it
 * is read (FileTooLarge), so a huge or hostile file cannot hold up or exhaust the process. Size and content come
 * from one open handle, so the file cannot be swapped for a larger one between the two.
 */
export async function readBytesUpTo(path: string, limit: number): Promise<Buffer | null> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const { size } = await handle.stat();
    if (size > limit) throw new FileTooLarge(path, size, limit);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** As readBytesUpTo, as UTF-8 text. */
export async function readTextUpTo(path: string, limit: number): Promise<string | null> {
  return (await readBytesUpTo(path, limit))?.toString('utf8') ?? null;
}
