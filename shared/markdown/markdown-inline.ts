import type { Run } from './rich-text';

/**
 * Inline formatting of one paragraph: **bold**, *italic* (and the _ forms),
 * `code`, [links](url), ![images](src), <autolinks> and backslash escapes,
 * following CommonMark's rules for which * and _ pair up. Every step is
 * linear in the length of the text: delimiters are matched with CommonMark's
 * "openers bottom" bound, and brackets, parentheses and backtick runs are
 * found through tables made in one pass, so no input makes it quadratic.
 */

interface Marks {
  bold: boolean;
  italic: boolean;
}

interface TextNode {
  kind: 'text';
  text: string;
  prev: InlineNode | null;
  next: InlineNode | null;
}

/** A run of * or _ that may open or close emphasis; what is left unmatched is literal text. */
interface DelimiterNode {
  kind: 'delimiter';
  char: '*' | '_';
  count: number;
  original: number;
  canOpen: boolean;
  canClose: boolean;
  prev: InlineNode | null;
  next: InlineNode | null;
  previousDelimiter: DelimiterNode | null;
  nextDelimiter: DelimiterNode | null;
}

interface SpanNode {
  kind: 'span';
  marks: Partial<Marks>;
  children: InlineNode[];
  prev: InlineNode | null;
  next: InlineNode | null;
}

/** A link's label, formatted on its own (emphasis never crosses a link's edge). */
interface RunsNode {
  kind: 'runs';
  runs: Run[];
  prev: InlineNode | null;
  next: InlineNode | null;
}

type InlineNode = TextNode | DelimiterNode | SpanNode | RunsNode;

const ASCII_PUNCTUATION = new Set('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~');
const WHITESPACE = /\s/;
const PUNCTUATION = /[\p{P}\p{S}]/u;
const AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/y;
/** A stretch of text with no character that may start markup: taken in one step rather than a character at a time. */
const PLAIN_STRETCH = /[^\\`*_![<]+/y;
const EMAIL_AUTOLINK = /<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/y;

/** Which characters are escaped by a backslash before them. */
function escapedPositions(text: string): Uint8Array {
  const escaped = new Uint8Array(text.length);
  // Most answers hold no backslash at all.
  if (!text.includes('\\')) return escaped;
  for (let index = 0; index < text.length; index += 1) {
    if (text[index] === '\\' && !escaped[index] && index + 1 < text.length) escaped[index + 1] = 1;
  }
  return escaped;
}

/** For each position, where the next unescaped `char` is (-1 for none). */
function nextUnescaped(text: string, escaped: Uint8Array, char: string): Int32Array {
  const next = new Int32Array(text.length + 1).fill(-1);
  for (let index = text.length - 1; index >= 0; index -= 1) {
    next[index] = text[index] === char && !escaped[index] ? index : (next[index + 1] ?? -1);
  }
  return next;
}

/** Backtick runs by length, each list in order, with a cursor, to find a code span's closing run in O(1) amortised. */
class BacktickRuns {
  private readonly byLength = new Map<number, { starts: number[]; cursor: number }>();

  constructor(text: string, escaped: Uint8Array) {
    for (let index = text.indexOf('`'); index !== -1; ) {
      if (escaped[index]) {
        index = text.indexOf('`', index + 1);
        continue;
      }
      let end = index;
      while (text[end] === '`') end += 1;
      const entry = this.byLength.get(end - index) ?? { starts: [], cursor: 0 };
      entry.starts.push(index);
      this.byLength.set(end - index, entry);
      index = text.indexOf('`', end);
    }
  }

  /** Where the next run of exactly `length` backticks after `from` starts, or -1. */
  closing(length: number, from: number): number {
    const entry = this.byLength.get(length);
    if (!entry) return -1;
    while (entry.cursor < entry.starts.length && (entry.starts[entry.cursor] ?? 0) < from) entry.cursor += 1;
    return entry.starts[entry.cursor] ?? -1;
  }
}

function isWhitespace(char: string | undefined): boolean {
  if (char === undefined) return true;
  const code = char.charCodeAt(0);
  return code < 0x80 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : WHITESPACE.test(char);
}

function isPunctuation(char: string | undefined): boolean {
  if (char === undefined) return false;
  return char.charCodeAt(0) < 0x80 ? ASCII_PUNCTUATION.has(char) : PUNCTUATION.test(char);
}

class NodeList {
  head: InlineNode | null = null;
  tail: InlineNode | null = null;
  firstDelimiter: DelimiterNode | null = null;
  lastDelimiter: DelimiterNode | null = null;
  private pending = '';

  addText(text: string): void {
    this.pending += text;
  }

  private append(node: InlineNode): void {
    node.prev = this.tail;
    if (this.tail) this.tail.next = node;
    else this.head = node;
    this.tail = node;
  }

  flush(): void {
    if (this.pending === '') return;
    this.append({ kind: 'text', text: this.pending, prev: null, next: null });
    this.pending = '';
  }

  addRuns(runs: Run[]): void {
    this.flush();
    this.append({ kind: 'runs', runs, prev: null, next: null });
  }

  addDelimiter(char: '*' | '_', count: number, canOpen: boolean, canClose: boolean): void {
    this.flush();
    const node: DelimiterNode = { kind: 'delimiter', char, count, original: count, canOpen, canClose, prev: null, next: null, previousDelimiter: this.lastDelimiter, nextDelimiter: null };
    this.append(node);
    if (this.lastDelimiter) this.lastDelimiter.nextDelimiter = node;
    else this.firstDelimiter = node;
    this.lastDelimiter = node;
  }

  removeDelimiter(node: DelimiterNode): void {
    if (node.previousDelimiter) node.previousDelimiter.nextDelimiter = node.nextDelimiter;
    else this.firstDelimiter = node.nextDelimiter;
    if (node.nextDelimiter) node.nextDelimiter.previousDelimiter = node.previousDelimiter;
    else this.lastDelimiter = node.previousDelimiter;
  }

  removeNode(node: InlineNode): void {
    if (node.prev) node.prev.next = node.next;
    else this.head = node.next;
    if (node.next) node.next.prev = node.prev;
    else this.tail = node.prev;
  }

  /** Moves the nodes between opener and closer into one span. */
  wrap(opener: DelimiterNode, closer: DelimiterNode, marks: Partial<Marks>): void {
    const children: InlineNode[] = [];
    for (let node = opener.next; node !== null && node !== closer; node = node.next) children.push(node);
    const span: SpanNode = { kind: 'span', marks, children, prev: opener, next: closer };
    opener.next = span;
    closer.prev = span;
  }
}

/** CommonMark's "process emphasis", with the openers-bottom bound that keeps it linear. */
function matchEmphasis(list: NodeList): void {
  const openersBottom = new Map<string, DelimiterNode | null>();
  let closer = list.firstDelimiter;
  while (closer !== null) {
    if (!closer.canClose) {
      closer = closer.nextDelimiter;
      continue;
    }
    const key = `${closer.char}${closer.canOpen ? 1 : 0}${closer.original % 3}`;
    const bottom = openersBottom.has(key) ? openersBottom.get(key) : undefined;
    let opener = closer.previousDelimiter;
    let found = false;
    while (opener !== null && opener !== bottom) {
      const oddMatch = (closer.canOpen || opener.canClose) && closer.original % 3 !== 0 && (opener.original + closer.original) % 3 === 0;
      if (opener.char === closer.char && opener.canOpen && !oddMatch) {
        found = true;
        break;
      }
      opener = opener.previousDelimiter;
    }
    if (found && opener !== null) {
      const use = closer.count >= 2 && opener.count >= 2 ? 2 : 1;
      opener.count -= use;
      closer.count -= use;
      list.wrap(opener, closer, use === 2 ? { bold: true } : { italic: true });
      // Delimiters inside the new span can no longer pair with anything outside it.
      opener.nextDelimiter = closer;
      closer.previousDelimiter = opener;
      if (opener.count === 0) {
        list.removeNode(opener);
        list.removeDelimiter(opener);
      }
      if (closer.count === 0) {
        const next = closer.nextDelimiter;
        list.removeNode(closer);
        list.removeDelimiter(closer);
        closer = next;
      }
    } else {
      openersBottom.set(key, closer.previousDelimiter);
      const next = closer.nextDelimiter;
      if (!closer.canOpen) list.removeDelimiter(closer);
      closer = next;
    }
  }
}

function listToArray(list: NodeList): InlineNode[] {
  const nodes: InlineNode[] = [];
  for (let node = list.head; node !== null; node = node.next) nodes.push(node);
  return nodes;
}

/** The runs of a node tree, walked with a stack of its own (spans may nest as deep as the text is long). */
function toRuns(nodes: InlineNode[]): Run[] {
  const runs: Run[] = [];
  const stack: Array<{ nodes: InlineNode[]; index: number; marks: Marks }> = [{ nodes, index: 0, marks: { bold: false, italic: false } }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as (typeof stack)[number];
    const node = frame.nodes[frame.index];
    if (node === undefined) {
      stack.pop();
      continue;
    }
    frame.index += 1;
    const { bold, italic } = frame.marks;
    if (node.kind === 'text') runs.push({ text: node.text, bold, italic });
    else if (node.kind === 'delimiter') runs.push({ text: node.char.repeat(node.count), bold, italic });
    else if (node.kind === 'runs') for (const run of node.runs) runs.push({ text: run.text, bold: bold || run.bold, italic: italic || run.italic });
    else stack.push({ nodes: node.children, index: 0, marks: { bold: bold || node.marks.bold === true, italic: italic || node.marks.italic === true } });
  }
  return runs;
}

interface Tables {
  escaped: Uint8Array;
  /** Made when a bracket is first met: most paragraphs have none. */
  closeBracket: () => Int32Array;
  closeParen: () => Int32Array;
  backticks: BacktickRuns;
}

/** `make()`'s value, made on the first call. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

function linkDestination(raw: string): string {
  const trimmed = raw.trim();
  if (trimmed.startsWith('<')) {
    const end = trimmed.indexOf('>');
    return end === -1 ? trimmed : trimmed.slice(1, end);
  }
  // A title may follow the address: [a](url "title").
  return trimmed.split(/\s+/)[0] ?? '';
}

function parseRange(text: string, from: number, to: number, tables: Tables, allowLinks: boolean): Run[] {
  const list = new NodeList();
  let index = from;
  while (index < to) {
    PLAIN_STRETCH.lastIndex = index;
    if (PLAIN_STRETCH.test(text)) {
      const end = Math.min(PLAIN_STRETCH.lastIndex, to);
      list.addText(text.slice(index, end));
      index = end;
      continue;
    }
    const char = text[index] as string;
    if (char === '\\' && index + 1 < to) {
      const next = text[index + 1] as string;
      if (next === '\n') {
        list.addText('\n');
        index += 2;
        continue;
      }
      if (ASCII_PUNCTUATION.has(next)) {
        list.addText(next);
        index += 2;
        continue;
      }
    }
    if (char === '`' && !tables.escaped[index]) {
      let end = index;
      while (end < to && text[end] === '`') end += 1;
      const length = end - index;
      const close = tables.backticks.closing(length, end);
      if (close !== -1 && close + length <= to) {
        let code = text.slice(end, close).replace(/\n/g, ' ');
        if (code.length > 2 && code.startsWith(' ') && code.endsWith(' ') && code.trim() !== '') code = code.slice(1, -1);
        list.addText(code);
        index = close + length;
      } else {
        list.addText(text.slice(index, end));
        index = end;
      }
      continue;
    }
    if ((char === '*' || char === '_') && !tables.escaped[index]) {
      let end = index;
      while (end < to && text[end] === char) end += 1;
      const before = index === from ? undefined : text[index - 1];
      const after = end >= to ? undefined : text[end];
      const leftFlanking = !isWhitespace(after) && (!isPunctuation(after) || isWhitespace(before) || isPunctuation(before));
      const rightFlanking = !isWhitespace(before) && (!isPunctuation(before) || isWhitespace(after) || isPunctuation(after));
      const canOpen = char === '*' ? leftFlanking : leftFlanking && (!rightFlanking || isPunctuation(before));
      const canClose = char === '*' ? rightFlanking : rightFlanking && (!leftFlanking || isPunctuation(after));
      list.addDelimiter(char, end - index, canOpen, canClose);
      index = end;
      continue;
    }
    const image = char === '!' && text[index + 1] === '[';
    if (allowLinks && (char === '[' || image) && !tables.escaped[index]) {
      const labelStart = index + (image ? 2 : 1);
      const labelEnd = tables.closeBracket()[labelStart] ?? -1;
      const destinationEnd = labelEnd !== -1 && text[labelEnd + 1] === '(' ? (tables.closeParen()[labelEnd + 2] ?? -1) : -1;
      if (labelEnd !== -1 && destinationEnd !== -1 && destinationEnd < to) {
        const label = parseRange(text, labelStart, labelEnd, tables, false);
        const url = linkDestination(text.slice(labelEnd + 2, destinationEnd));
        const labelText = label.map((run) => run.text).join('');
        if (image) list.addText(labelText);
        else {
          list.addRuns(label);
          // The address is part of what the user wrote; a letter printed on paper needs it spelled out.
          if (url !== '' && url !== labelText) list.addText(` (${url})`);
        }
        index = destinationEnd + 1;
        continue;
      }
    }
    if (char === '<') {
      AUTOLINK.lastIndex = index;
      EMAIL_AUTOLINK.lastIndex = index;
      const link = AUTOLINK.exec(text) ?? EMAIL_AUTOLINK.exec(text);
      if (link && link.index + link[0].length <= to) {
        list.addText(link[1] ?? '');
        index += link[0].length;
        continue;
      }
    }
    list.addText(char);
    index += 1;
  }
  list.flush();
  matchEmphasis(list);
  return toRuns(listToArray(list));
}

/** Joins neighbouring runs with the same formatting and drops empty ones. */
function mergeRuns(runs: readonly Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = merged.at(-1);
    if (last && last.bold === run.bold && last.italic === run.italic) last.text += run.text;
    else merged.push({ ...run });
  }
  return merged;
}

/** The formatted runs of a paragraph's text (its lines joined with '\n'). */
export function parseInline(text: string): Run[] {
  const escaped = escapedPositions(text);
  const tables: Tables = {
    escaped,
    closeBracket: once(() => nextUnescaped(text, escaped, ']')),
    closeParen: once(() => nextUnescaped(text, escaped, ')')),
    backticks: new BacktickRuns(text, escaped),
  };
  return mergeRuns(parseRange(text, 0, text.length, tables, true));
}
