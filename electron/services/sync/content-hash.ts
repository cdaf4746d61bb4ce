import { createHash } from 'node:crypto';
import type { DraftFileContent } from '../../../shared/model';
import { jsonPieces } from '../json-pieces';

/**
 * A hash of a draft's content as `JSON.stringify(content)` writes it, so a draft file changed outside the app can be
 * told apart: the mark written in the file carries it, and every version of the app takes it the same way, so
 * apps of different versions sharing a draft read each other's marks.
 */
// Drafts are never changed in place (every change makes a new object), so a draft's hash is worked out once:
// opening or looking at a large draft compares the same file content with the merged state again and again.
const hashes = new WeakMap<DraftFileContent, string>();

export function contentHash(content: DraftFileContent): string {
  let hash = hashes.get(content);
  if (hash === undefined) {
    const hasher = contentHasher();
    // Fed in pieces (a field, an answer): one string of a large draft costs more to make than to hash.
    jsonPieces(content, 3, hasher.sink);
    hash = hasher.finish(content);
  }
  return hash;
}

/**
 * A content hash fed by whoever walks the content's JSON (`JSON.stringify(content)`'s text, in pieces): a save walks
 * the draft once for both its hash and its file. `finish` gives the hash and keeps it as `content`'s.
 */
export function contentHasher(): { sink: (piece: string) => void; finish: (content: DraftFileContent) => string } {
  const sha = createHash('sha256');
  return {
    sink: (piece) => sha.update(piece),
    finish(content) {
      const hash = sha.digest('hex');
      hashes.set(content, hash);
      return hash;
    },
  };
}
