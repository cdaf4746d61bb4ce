import { parseInline } from './markdown-inline';
import type { RichBlock, RichListItem, Run } from './rich-text';

/**
 * Block structure of the Markdown subset, line by line: paragraphs, "- " and
 * "1. " lists (nested by indentation), "> " quotes (kept as their content),
 * headings, code and rules (kept as plain text). Lists and quotes nest at most
 * MAX_DEPTH deep; deeper markers are read as text, so no answer can exhaust
 * the stack, and each level re-reads only its own lines, so the work stays
 * linear in the text times that small bound.
 */
export const MAX_DEPTH = 12;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const QUOTE = /^ {0,3}> ?/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const LIST_MARKER = /^( {0,3})(?:([-+*])|(\d{1,9})([.)]))(?:( {1,4})(?=\S)|[ \t]*$| {5,})/;

interface ListMarker {
  ordered: boolean;
  /** The bullet character, or the delimiter after the number. */
  symbol: string;
  start: number;
  /** Where the item's content begins; its continuation lines are indented this far. */
  contentIndent: number;
  empty: boolean;
}

function isBlank(line: string): boolean {
  return line.trim() === '';
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

function listMarker(line: string): ListMarker | null {
  const match = LIST_MARKER.exec(line);
  if (!match) return null;
  const [whole, indent = '', bullet, number, delimiter, spaces] = match;
  const markerEnd = indent.length + (bullet ?? `${number ?? ''}${delimiter ?? ''}`).length;
  const empty = line.slice(whole.length).trim() === '' && spaces === undefined;
  return {
    ordered: bullet === undefined,
    symbol: bullet ?? delimiter ?? '.',
    start: number === undefined ? 1 : Number(number),
    contentIndent: markerEnd + (spaces === undefined ? 1 : spaces.length),
    empty,
  };
}

function plain(text: string): RichBlock[] {
  return text.trim() === '' ? [] : [{ type: 'paragraph', runs: [{ text, bold: false, italic: false }] }];
}

function paragraphOf(runs: Run[]): RichBlock[] {
  return runs.some((run) => run.text !== '') ? [{ type: 'paragraph', runs }] : [];
}

/** Whether a line ends the paragraph above it, as CommonMark has it. */
function interruptsParagraph(line: string, depth: number): boolean {
  if (FENCE.test(line) || HEADING.test(line) || THEMATIC_BREAK.test(line)) return true;
  if (depth >= MAX_DEPTH) return false;
  if (QUOTE.test(line)) return true;
  const marker = listMarker(line);
  return marker !== null && !marker.empty && (!marker.ordered || marker.start === 1);
}

function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

interface Parsed {
  blocks: RichBlock[];
  next: number;
}

function fencedCode(lines: readonly string[], at: number): Parsed {
  const fence = FENCE.exec(lines[at] as string)?.[1] ?? '```';
  const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
  const body: string[] = [];
  let index = at + 1;
  while (index < lines.length && !closing.test(lines[index] as string)) body.push(lines[index++] as string);
  return { blocks: plain(body.join('\n')), next: Math.min(index + 1, lines.length) };
}

function indentedCode(lines: readonly string[], at: number): Parsed {
  const body: string[] = [];
  let index = at;
  while (index < lines.length && (isBlank(lines[index] as string) || indentOf(lines[index] as string) >= 4)) body.push((lines[index++] as string).slice(4));
  return { blocks: plain(body.join('\n').replace(/\n+$/, '')), next: index };
}

function quote(lines: readonly string[], at: number, depth: number): Parsed {
  const inner: string[] = [];
  let index = at;
  while (index < lines.length) {
    const line = lines[index] as string;
    const marker = QUOTE.exec(line);
    if (marker) inner.push(line.slice(marker[0].length));
    // A plain line straight after quoted text carries on its paragraph ("lazy continuation").
    else if (!isBlank(line) && inner.length > 0 && !isBlank(inner[inner.length - 1] as string) && !interruptsParagraph(line, depth)) inner.push(line);
    else break;
    index += 1;
  }
  return { blocks: blocksOf(inner, depth + 1), next: index };
}

function list(lines: readonly string[], at: number, depth: number): Parsed {
  const first = listMarker(lines[at] as string) as ListMarker;
  const items: RichListItem[] = [];
  let index = at;
  while (index < lines.length) {
    const line = lines[index] as string;
    const marker = listMarker(line);
    if (!marker || marker.ordered !== first.ordered || marker.symbol !== first.symbol || THEMATIC_BREAK.test(line)) break;
    const body = [line.slice(Math.min(marker.contentIndent, line.length))];
    index += 1;
    let afterBlank = false;
    while (index < lines.length) {
      const next = lines[index] as string;
      if (isBlank(next)) {
        body.push('');
        afterBlank = true;
      } else if (indentOf(next) >= marker.contentIndent) {
        body.push(next.slice(marker.contentIndent));
        afterBlank = false;
      } else if (afterBlank || listMarker(next) !== null || interruptsParagraph(next, depth)) {
        break;
      } else {
        body.push(next.trimStart());
      }
      index += 1;
    }
    items.push({ blocks: blocksOf(body, depth + 1) });
  }
  const block: RichBlock = first.ordered ? { type: 'numbered-list', start: first.start, items } : { type: 'bullet-list', items };
  return { blocks: [block], next: index };
}

function paragraph(lines: readonly string[], at: number, depth: number): Parsed {
  const body: string[] = [(lines[at] as string).trim()];
  let index = at + 1;
  while (index < lines.length) {
    const line = lines[index] as string;
    // "Title\n---" makes the line above a heading; here, a paragraph of its own.
    if (SETEXT_UNDERLINE.test(line)) {
      index += 1;
      break;
    }
    if (isBlank(line) || interruptsParagraph(line, depth)) break;
    body.push(line.trim());
    index += 1;
  }
  return { blocks: paragraphOf(parseInline(body.join('\n'))), next: index };
}

function blockAt(lines: readonly string[], at: number, depth: number): Parsed {
  const line = lines[at] as string;
  if (FENCE.test(line)) return fencedCode(lines, at);
  if (indentOf(line) >= 4) return indentedCode(lines, at);
  const heading = HEADING.exec(line);
  if (heading) return { blocks: paragraphOf(parseInline(heading[2] ?? '')), next: at + 1 };
  if (THEMATIC_BREAK.test(line)) return { blocks: plain(line.trim()), next: at + 1 };
  if (depth < MAX_DEPTH && QUOTE.test(line)) return quote(lines, at, depth);
  if (depth < MAX_DEPTH && listMarker(line)) return list(lines, at, depth);
  return paragraph(lines, at, depth);
}

function blocksOf(lines: readonly string[], depth: number): RichBlock[] {
  const blocks: RichBlock[] = [];
  let index = 0;
  while (index < lines.length) {
    if (isBlank(lines[index] as string)) {
      index += 1;
      continue;
    }
    const parsed = blockAt(lines, index, depth);
    appendAll(blocks, parsed.blocks);
    index = parsed.next;
  }
  return blocks;
}

/** Leading tabs count as four spaces, as CommonMark's tab stops do for indentation. */
function expandLeadingTabs(line: string): string {
  const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
  return indent.includes('\t') ? indent.replace(/\t/g, '    ') + line.slice(indent.length) : line;
}

/** The blocks of a text whose line ends are already '\n'. */
export function parseBlocks(text: string): RichBlock[] {
  return blocksOf(text.split('\n').map(expandLeadingTabs), 0);
}
