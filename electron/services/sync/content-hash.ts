import { createHash } from 'node:crypto';
import type { DraftFileContent } from '../../../shared/model';

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
    const sha = createHash('sha256');
    // Fed in pieces (a field, an answer): one string of a large draft costs more to make than to hash.
    jsonPieces(content, 3, (piece) => sha.update(piece));
    hash = sha.digest('hex');
    hashes.set(content, hash);
  }
  return hash;
}

const skipped = (value: unknown): boolean => value === undefined || typeof value === 'function' || typeof value === 'symbol';

/**
 * Gives `value`'s text exactly as `JSON.stringify(value)` writes it, to `sink` in pieces: objects and arrays are
 * split down to `depth` levels, and below that each value is one piece.
 */
export function jsonPieces(value: unknown, depth: number, sink: (piece: string) => void): void {
  if (depth <= 0 || typeof value !== 'object' || value === null || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    sink(JSON.stringify(value));
    return;
  }
  if (Array.isArray(value)) {
    sink('[');
    value.forEach((item: unknown, index) => {
      if (index > 0) sink(',');
      // As stringify does, a value JSON cannot hold stands as null in an array.
      if (skipped(item)) sink('null');
      else jsonPieces(item, depth - 1, sink);
    });
    sink(']');
    return;
  }
  sink('{');
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    // ...and is left out of an object.
    if (skipped(item)) continue;
    sink(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    jsonPieces(item, depth - 1, sink);
  }
  sink('}');
}
