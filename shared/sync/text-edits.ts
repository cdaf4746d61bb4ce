import { diff_match_patch, DIFF_DELETE, DIFF_INSERT } from 'diff-match-patch';
import type * as Y from 'yjs';

const differ = new diff_match_patch();
/**
 * The most a save spends finding the smallest edits (a long answer rewritten wholesale); past it the edits found
 * so far are coarser, never wrong.
 */
differ.Diff_Timeout = 0.05;

/**
 * Turns the shared text into `next` by the smallest edits, so a colleague's edits made at the same time survive
 * wherever they fall. A save often carries edits in several places (typing here, fixing a word further on before
 * the autosave); one splice from the first difference to the last would take out everything between and type it
 * in again, putting back words a colleague had cut meanwhile and doubling words they had typed. Each edit is slid
 * to a word boundary where that changes nothing ("cat2 cat1" less "cat2 " rather than "cat" less "2 cat"), so it
 * takes out the words that were cut, not pieces of their neighbours.
 */
export function spliceText(text: Y.Text, next: string): void {
  const current = text.toString();
  if (current === next) return;
  const edits = differ.diff_main(current, next, false);
  differ.diff_cleanupSemanticLossless(edits);
  let at = 0;
  for (const [kind, value] of edits) {
    if (kind === DIFF_DELETE) {
      text.delete(at, value.length);
    } else if (kind === DIFF_INSERT) {
      text.insert(at, value);
      at += value.length;
    } else {
      at += value.length;
    }
  }
}
