import { confidentialSegments } from '../../../../shared/markdown/confidential-marks';

export interface HighlightSegment {
  text: string;
  markId: string | null;
}

/**
 * What the highlight layer behind the rationale must show: the text cut into
 * public and marked stretches, up to the end of the word in which the last
 * mark ends. Lines break at spaces, first fit, so nothing after that can move
 * a highlight: typing there leaves the layer, and the browser's layout of
 * it, untouched. No marks, no text at all.
 */
export function highlightSegments(raw: string): HighlightSegment[] {
  const segments = confidentialSegments(raw);
  const lastMarked = segments.findLastIndex((segment) => segment.markId !== null);
  if (lastMarked === -1) return [];
  const kept = segments.slice(0, lastMarked + 1);
  const after = segments[lastMarked + 1];
  if (after) {
    const wordEnd = after.text.search(/\s/);
    const restOfWord = wordEnd === -1 ? after.text : after.text.slice(0, wordEnd);
    if (restOfWord !== '') kept.push({ text: restOfWord, markId: null });
  }
  return kept;
}
