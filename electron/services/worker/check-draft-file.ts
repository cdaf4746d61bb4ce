import { FileTooLarge, readBytesUpTo } from '../bounded-read';
import { MAX_DRAFT_FILE_BYTES, readDraftText, type DraftFileReading } from '../draft-file';

/** A draft file's reading made in the worker, with the number of bytes it was made from. */
export interface CheckedDraftFile {
  reading: DraftFileReading;
  /** Bytes read, so the app can tell it read the same file. */
  bytes: number;
}

/** Reads and checks a draft file in the worker process (job check-draft). */
export async function checkDraftFile(path: string): Promise<CheckedDraftFile> {
  let bytes: Buffer | null;
  try {
    bytes = await readBytesUpTo(path, MAX_DRAFT_FILE_BYTES);
  } catch (error) {
    const problem = error instanceof FileTooLarge ? 'The file is far larger than any response draft, so it was not read.' : 'The file could not be read.';
    return { reading: { ok: false, futureVersion: false, problem }, bytes: -1 };
  }
  if (bytes === null) return { reading: { ok: false, futureVersion: false, problem: 'The file is no longer there.' }, bytes: -1 };
  return { reading: readDraftText(bytes.toString('utf8')), bytes: bytes.length };
}
