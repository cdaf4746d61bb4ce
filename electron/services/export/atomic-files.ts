import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, lstat, rename, stat, unlink } from 'node:fs/promises';
import { writeNewFileFlushed } from '../atomic-file';
import { join } from 'node:path';
import { AppError } from '../../../shared/app-error';

export interface PendingFile {
  fileName: string;
  bytes: Uint8Array;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function removeQuietly(path: string): Promise<void> {
  await unlink(path).catch(() => undefined);
}

/** Fails unless the folder exists, is a folder, and may be written to. */
export async function checkFolder(folder: string): Promise<void> {
  try {
    const info = await stat(folder);
    if (!info.isDirectory()) throw new Error('not a folder');
    await access(folder, constants.W_OK);
  } catch {
    throw new AppError(
      'export-failed',
      `The export folder “${folder}” does not exist or cannot be written to. Choose another folder and export again.`,
    );
  }
}

/** Stops before anything is written when a file of the same name is already there. */
export async function refuseExisting(folder: string, fileNames: readonly string[]): Promise<void> {
  const existing: string[] = [];
  for (const fileName of fileNames) {
    const found = await lstat(join(folder, fileName)).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENAMETOOLONG') {
          throw new AppError('export-failed', `The file name “${fileName}” is too long for ${folder}. Nothing was written. Give the draft a shorter name, or choose a folder nearer the top of the drive.`);
        }
        return error.code !== 'ENOENT';
      },
    );
    if (found) existing.push(fileName);
  }
  if (existing.length > 0) {
    throw new AppError(
      'file-exists',
      `${existing.length === 1 ? 'This file already exists' : 'These files already exist'} in ${folder}: ${existing.join(', ')}. Nothing was written. Choose to replace ${existing.length === 1 ? 'it' : 'them'}, or export to another folder.`,
    );
  }
}

/**
 * Writes all files or none. Every file goes to a temporary name in the same
 * folder first (so a rename cannot cross file systems), and only when all
 * are on disk are they renamed into place; a failure removes what this call
 * wrote and puts back any file it was replacing. Another program creating a file of the same name between the check
 * and the rename is not guarded against.
 */
export async function writeAllAtomically(folder: string, files: readonly PendingFile[]): Promise<void> {
  const temps = files.map((file) => ({
    ...file,
    temp: join(folder, `.${file.fileName}.${randomBytes(6).toString('hex')}.tmp`),
    target: join(folder, file.fileName),
  }));
  const written: string[] = [];
  try {
    for (const file of temps) {
      written.push(file.temp);
      await writeNewFileFlushed(file.temp, file.bytes);
    }
  } catch (error) {
    await Promise.all(written.map(removeQuietly));
    throw new AppError('export-failed', `The export could not be written to ${folder} (${describe(error)}). Nothing was saved; check the folder and try again.`);
  }
  // Files being replaced are moved aside, not deleted, so a failure can put them back.
  const placed: string[] = [];
  const setAside: { original: string; aside: string }[] = [];
  try {
    for (const file of temps) {
      const existing = await lstat(file.target).catch(() => null);
      if (existing && !existing.isFile()) throw new Error(`${file.fileName} exists and is not a file`);
    }
    for (const file of temps) {
      const aside = `${file.temp}.previous`;
      const replacing = await rename(file.target, aside).then(
        () => true,
        (error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') return false;
          throw error;
        },
      );
      if (replacing) setAside.push({ original: file.target, aside });
      await rename(file.temp, file.target);
      placed.push(file.target);
    }
  } catch (error) {
    await Promise.all([...placed, ...temps.map((t) => t.temp)].map(removeQuietly));
    for (const { original, aside } of setAside) await rename(aside, original).catch(() => undefined);
    throw new AppError('export-failed', `The export could not be finished in ${folder} (${describe(error)}). Nothing was changed there; try again.`);
  }
  await Promise.all(setAside.map(({ aside }) => removeQuietly(aside)));
}
