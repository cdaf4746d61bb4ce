import { parseBlocks } from './markdown-blocks';

/**
 * How a run of the letter stands towards confidentiality: inside a marked
 * part ('confidential'), the label around one ('label'), or the text that
 * replaced one in the publication version ('redacted'). Parts are numbered
 * in the order they appear in the letter.
 */
export type RunMark = { kind: 'confidential' | 'label'; part: number } | { kind: 'redacted' };

/** A stretch of text with one formatting. Text may hold '\n' for a line break within a paragraph. */
export interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
  /** Only in letters: set by shared/letter/marked-rationale.ts, never by the Markdown parser. */
  mark?: RunMark;
}

export interface RichListItem {
  blocks: RichBlock[];
}

/**
 * The small block model every renderer understands. Rationales are written in
 * a Markdown subset; anything outside it is kept as plain text, so what a
 * user typed is never lost and never interpreted as HTML.
 */
export type RichBlock =
  | { type: 'paragraph'; runs: Run[] }
  | { type: 'bullet-list'; items: RichListItem[] }
  | { type: 'numbered-list'; start: number; items: RichListItem[] };

const PLAIN = { bold: false, italic: false };

/** Recently parsed texts: the preview, the full and the publication letter all parse the same rationales. */
const PARSE_CACHE_SIZE = 500;
const parseCache = new Map<string, RichBlock[]>();

/** Parses the Markdown subset (paragraphs, lists, bold, italic) into rich blocks. The result must not be changed. */
export function parseRichText(source: string): RichBlock[] {
  const cached = parseCache.get(source);
  if (cached) {
    // Re-inserting keeps the most recently used texts in the cache.
    parseCache.delete(source);
    parseCache.set(source, cached);
    return cached;
  }
  const blocks = parseUncached(source);
  parseCache.set(source, blocks);
  if (parseCache.size > PARSE_CACHE_SIZE) parseCache.delete(parseCache.keys().next().value as string);
  return blocks;
}

function parseUncached(source: string): RichBlock[] {
  const normalised = source.replace(/\r\n?/g, '\n');
  if (normalised.trim() === '') return [];
  return parseBlocks(normalised);
}

/** Rich blocks for text that is plain by nature (a question, a statement), one paragraph per blank-line gap. */
export function plainParagraphs(text: string): RichBlock[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => ({ type: 'paragraph', runs: [{ text: part, ...PLAIN }] }));
}
