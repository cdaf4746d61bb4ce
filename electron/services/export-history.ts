import type { ExportedFile } from '../../shared/ipc';
import type { ExportKind, HistoryEntry } from '../../shared/model';

const KIND_WORDS: Record<ExportKind, string> = {
  'letter-full': 'the response letter',
  'letter-publication': 'the publication version',
  email: 'the email draft',
};

/** One history line per exported file: what, where, and the SHA-256 of the bytes written. */
export function historyForExports(files: readonly ExportedFile[], now: Date, signedOff: boolean): HistoryEntry[] {
  const at = now.toISOString();
  return files.map((file) => ({
    kind: 'exported',
    at,
    summary: `Exported ${KIND_WORDS[file.kind]} as "${file.fileName}"`,
    exportKind: file.kind,
    fileName: file.fileName,
    sha256: file.sha256,
    signedOff,
  }));
}
