import { type MappedText, MappedTextBuilder, trimMapped } from './mapped-text';

/** One source line with Markdown/HTML markup taken off, and what the markup said about it. */
export interface StrippedLine {
  text: MappedText;
  /** Markdown heading level (1–6), or null. */
  heading: number | null;
  bullet: boolean;
  /** The line opens / closes with bold markup, so a run of lines between the two is one bold block. */
  boldStart: boolean;
  boldEnd: boolean;
  /** The cells of a table row ("| a | b |"), or null when the line is not one. */
  cells: MappedText[] | null;
  /** A table's "|---|---|" line, which carries no text. */
  tableRule: boolean;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…', pound: '£', euro: '€', bull: '•',
};

// Characters that may start markup, or control characters to blank out; everything between them is copied in one go.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this must find
const SPECIAL = /[\\*_<[&!\u00a0\u00ad\u200b-\u200d\ufeff\u0000-\u0008\u000b-\u001f\u007f]/g;
const HTML_TAG = /<\/?([A-Za-z][A-Za-z0-9]{0,20})(?:\s[^<>]{0,300})?\/?>/y;
const AUTOLINK_EMAIL = /<(?:mailto:)?([^<>\s@]{1,200}@[^<>\s]{1,200})>/y;
const AUTOLINK_URL = /<(https?:\/\/[^<>\s]{1,2000})>/y;
const LINK = /\[([^\]\n]{0,1000})\]\(\s*<?[^)\s>]{0,2000}>?(?:\s+["'][^"'\n]{0,300}["'])?\s*\)/y;
const ENTITY = /&(#\d{1,7}|#x[0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});/y;
const ESCAPABLE = /[!-/:-@[-`{-~]/;
const BOLD_OPEN = /^(?:\*\*|__|<b>|<strong>)/i;
const BOLD_CLOSE = /(?:\*\*|__|<\/b>|<\/strong>)$/i;

function decodeEntity(name: string): string | null {
  if (name.startsWith('#')) {
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
    return String.fromCodePoint(code);
  }
  return ENTITIES[name.toLowerCase()] ?? null;
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[A-Za-z0-9]/.test(char);
}

/** Copies source[from..to) without inline markup: emphasis, links, tags, escapes and entities. */
function stripInline(source: string, from: number, to: number): MappedText {
  const line = source.slice(from, to);
  const end = line.length;
  const out = new MappedTextBuilder();
  const linkEnds: { at: number; to: number }[] = [];
  // Where the next "](" is; a "[" with none close after it cannot open a link, so the regex is not tried.
  let linkClose = -1;
  let i = 0;
  const sticky = (pattern: RegExp): RegExpExecArray | null => {
    pattern.lastIndex = i;
    return pattern.exec(line);
  };
  while (i < end) {
    const pending = linkEnds[linkEnds.length - 1];
    if (pending && i >= pending.at) {
      linkEnds.pop();
      i = pending.to;
      continue;
    }
    SPECIAL.lastIndex = i;
    const next = SPECIAL.exec(line);
    const stop = Math.min(next ? next.index : end, pending ? pending.at : end);
    if (stop > i) {
      out.append(line.slice(i, stop), from + i);
      i = stop;
      continue;
    }
    const char = line[i] as string;
    if (char === '\\') {
      const escaped = line[i + 1];
      if (escaped !== undefined && ESCAPABLE.test(escaped)) {
        out.append(escaped, from + i + 1);
        i += 2;
      } else i += 1;
      continue;
    }
    if (char === '*') {
      let run = 1;
      while (line[i + run] === '*') run += 1;
      const before = line[i - 1];
      const after = line[i + run];
      const spaced = (before === undefined || /\s/.test(before)) && (after === undefined || /\s/.test(after));
      if (spaced && run === 1) out.append('*', from + i);
      i += run;
      continue;
    }
    if (char === '_') {
      if (line[i + 1] === '_' && (!isWordChar(line[i - 1]) || !isWordChar(line[i + 2]))) i += 2;
      else {
        out.append('_', from + i);
        i += 1;
      }
      continue;
    }
    if (char === '<') {
      const autolink = sticky(AUTOLINK_EMAIL) ?? sticky(AUTOLINK_URL);
      if (autolink?.[1] !== undefined) {
        out.append(autolink[1], from + autolink.index + autolink[0].indexOf(autolink[1]));
        i = autolink.index + autolink[0].length;
        continue;
      }
      const tag = sticky(HTML_TAG);
      if (tag) {
        if (/^(br|p|div|li|tr|td|th)$/i.test(tag[1] ?? '')) out.append(' ', null);
        i += tag[0].length;
        continue;
      }
      out.append('<', from + i);
      i += 1;
      continue;
    }
    if (char === '[' || (char === '!' && line[i + 1] === '[')) {
      const image = char === '!' ? 1 : 0;
      i += image;
      if (linkClose !== Infinity && linkClose < i) {
        const next = line.indexOf('](', i);
        linkClose = next === -1 ? Infinity : next;
      }
      const link = linkClose - i <= 1001 ? sticky(LINK) : null;
      if (link) {
        linkEnds.push({ at: i + 1 + (link[1]?.length ?? 0), to: i + link[0].length });
        i += 1;
        continue;
      }
      if (image === 1) out.append('!', from + i - 1);
      out.append('[', from + i);
      i += 1;
      continue;
    }
    if (char === '&') {
      const entity = sticky(ENTITY);
      const decoded = entity ? decodeEntity(entity[1] ?? '') : null;
      if (entity && decoded !== null) {
        out.append(decoded, from + i);
        i += entity[0].length;
        continue;
      }
      out.append('&', from + i);
      i += 1;
      continue;
    }
    if (char === '!') {
      out.append('!', from + i);
      i += 1;
      continue;
    }
    // Non-breaking and control characters read as spaces; invisible ones disappear.
    if (!/[\u00ad\u200b-\u200d\ufeff]/.test(char)) out.append(' ', from + i);
    i += 1;
  }
  return out.build();
}

function splitCells(source: string, from: number, to: number): MappedText[] {
  const cells: MappedText[] = [];
  let cellStart = source[from] === '|' ? from + 1 : from;
  let end = to;
  if (end - 1 > cellStart && source[end - 1] === '|' && source[end - 2] !== '\\') end -= 1;
  for (let i = cellStart; i <= end; i += 1) {
    if (i === end || (source[i] === '|' && source[i - 1] !== '\\')) {
      cells.push(trimMapped(stripInline(source, cellStart, i)));
      cellStart = i + 1;
    }
  }
  return cells;
}

function joinCells(cells: readonly MappedText[]): MappedText {
  const builder = new MappedTextBuilder();
  cells.forEach((cell, index) => {
    if (index > 0) builder.append(' | ', null);
    builder.appendMapped(cell);
  });
  return builder.build();
}

/** Strips one line, source[start..end), of block and inline markup. */
export function stripLine(source: string, start: number, end: number): StrippedLine {
  let from = start;
  let to = end;
  while (from < to && /[ \t\u00a0]/.test(source[from] as string)) from += 1;
  while (to > from && /[ \t\u00a0\\]/.test(source[to - 1] as string)) to -= 1;
  while (source[from] === '>' && from < to) {
    from += 1;
    while (from < to && source[from] === ' ') from += 1;
  }
  let heading: number | null = null;
  const hashes = /^(#{1,6})(?:[ \t]+|$)/.exec(source.slice(from, Math.min(to, from + 8)));
  if (hashes) {
    heading = (hashes[1] ?? '#').length;
    from += hashes[0].length;
    const closing = /[ \t]+#+$/.exec(source.slice(from, to));
    if (closing) to -= closing[0].length;
  }
  const result: StrippedLine = {
    text: { text: '', segments: [] },
    heading,
    bullet: false,
    boldStart: false,
    boldEnd: false,
    cells: null,
    tableRule: false,
  };
  if (heading === null && source[from] === '|') {
    const raw = source.slice(from, to);
    if (/^\|[\s:|-]*-[\s:|-]*$/.test(raw)) {
      result.tableRule = true;
      return result;
    }
    result.cells = splitCells(source, from, to);
    result.text = joinCells(result.cells);
    return result;
  }
  const bullet = /^(?:[-*+•▪●◦‣]|\u2013)[ \t]+/.exec(source.slice(from, Math.min(to, from + 4)));
  if (heading === null && bullet) {
    result.bullet = true;
    from += bullet[0].length;
  }
  const inner = source.slice(from, to);
  result.boldStart = BOLD_OPEN.test(inner);
  result.boldEnd = BOLD_CLOSE.test(inner);
  result.text = trimMapped(stripInline(source, from, to));
  return result;
}
