import { fromMarkdown } from 'mdast-util-from-markdown';
import type { ListItem as MdListItem, Nodes, PhrasingContent, RootContent } from 'mdast';

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

interface Marks {
  bold: boolean;
  italic: boolean;
}

const PLAIN: Marks = { bold: false, italic: false };

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
  const root = fromMarkdown(normalised);
  return root.children.flatMap((node) => toBlocks(node, normalised));
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

/** Source text of a node, for constructs with no content of their own that must still not vanish. */
function sourceOf(node: Nodes, source: string): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : source.slice(start, end);
}

function paragraph(runs: Run[]): RichBlock[] {
  const merged = mergeRuns(runs);
  return merged.length === 0 ? [] : [{ type: 'paragraph', runs: merged }];
}

function toBlocks(node: RootContent, source: string): RichBlock[] {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return paragraph(node.children.flatMap((child) => toRuns(child, PLAIN, source)));
    case 'list': {
      const items = node.children.map((item) => toListItem(item, source));
      return node.ordered
        ? [{ type: 'numbered-list', start: node.start ?? 1, items }]
        : [{ type: 'bullet-list', items }];
    }
    case 'listItem':
      return toListItem(node, source).blocks;
    case 'blockquote':
      return node.children.flatMap((child) => toBlocks(child, source));
    case 'code':
    case 'html':
      return paragraph([{ text: node.value, ...PLAIN }]);
    case 'thematicBreak':
    case 'definition':
      return paragraph([{ text: sourceOf(node, source), ...PLAIN }]);
    default:
      // Anything else that reaches block level (e.g. from a future parser option) keeps its source text.
      return paragraph([{ text: sourceOf(node, source), ...PLAIN }]);
  }
}

function toListItem(item: MdListItem, source: string): RichListItem {
  return { blocks: item.children.flatMap((child) => toBlocks(child, source)) };
}

function toRuns(node: PhrasingContent, marks: Marks, source: string): Run[] {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'html':
      return [{ text: node.value, ...marks }];
    case 'strong':
      return node.children.flatMap((child) => toRuns(child, { ...marks, bold: true }, source));
    case 'emphasis':
      return node.children.flatMap((child) => toRuns(child, { ...marks, italic: true }, source));
    case 'break':
      return [{ text: '\n', ...marks }];
    case 'link': {
      const label = node.children.flatMap((child) => toRuns(child, marks, source));
      const labelText = label.map((run) => run.text).join('');
      // The address is part of what the user wrote; a letter printed on paper needs it spelled out.
      return labelText === node.url || node.url === '' ? label : [...label, { text: ` (${node.url})`, ...marks }];
    }
    case 'image':
      return [{ text: node.alt ?? sourceOf(node, source), ...marks }];
    case 'linkReference':
    case 'imageReference':
    default:
      return [{ text: sourceOf(node, source), ...marks }];
  }
}

function mergeRuns(runs: Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = merged.at(-1);
    if (last && last.bold === run.bold && last.italic === run.italic) {
      last.text += run.text;
    } else {
      merged.push({ ...run });
    }
  }
  return merged;
}
