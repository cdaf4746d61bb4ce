import { stat } from 'node:fs/promises';
import type { DraftFileContent } from '../../shared/model';
import type { SnapshotMark } from './draft-file';

/** A draft file as this process last read or wrote it: its text and what that text was checked to hold. */
export interface KnownDraftFile {
  text: string;
  content: DraftFileContent;
  mark: SnapshotMark | null;
}

/** How many files are kept: the drafts open in the window and a few more; a listing passes through without keeping the library in memory. */
const KEPT_FILES = 8;

/**
 * The draft files this process has just read or written, each known by the
 * file's identity (inode, size, modified and changed times), so a save need
 * not read, parse and check a large draft it wrote itself a moment ago. Any
 * change to the file, in place or by replacing it, changes its identity
 * (the changed time cannot be set back), and the file is read again.
 */
export function createKnownDraftFiles() {
  const known = new Map<string, { identity: string; file: KnownDraftFile }>();

  return {
    /** The file's identity now, or null when there is no file. */
    async identity(path: string): Promise<string | null> {
      try {
        const info = await stat(path, { bigint: true });
        return `${info.dev}:${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },

    /** What the file held when it last had this identity, if this process knows. */
    get(path: string, identity: string): KnownDraftFile | null {
      const entry = known.get(path);
      if (entry?.identity !== identity) return null;
      known.delete(path);
      known.set(path, entry);
      return entry.file;
    },

    remember(path: string, identity: string, file: KnownDraftFile): void {
      known.delete(path);
      known.set(path, { identity, file });
      while (known.size > KEPT_FILES) known.delete(known.keys().next().value as string);
    },

    forget(path: string): void {
      known.delete(path);
    },
  };
}
