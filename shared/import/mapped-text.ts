import type { SourceSpan } from './import-result';

/** A run of characters copied unchanged from the source: text[at..at+len) came from source[orig..orig+len). */
export interface Segment {
  at: number;
  orig: number;
  len: number;
}

/**
 * Text derived from the source (markup stripped, lines joined) that still knows
 * where each character came from, so every finding can point back at the
 * document. Stored as runs rather than one offset per character to stay small
 * on long documents.
 */
export interface MappedText {
  text: string;
  segments: readonly Segment[];
}

export const EMPTY_MAPPED: MappedText = { text: '', segments: [] };

export class MappedTextBuilder {
  private readonly parts: string[] = [];
  private readonly segments: Segment[] = [];
  private length = 0;

  get size(): number {
    return this.length;
  }

  /** Appends text; `orig` is where it starts in the source, or null for text the parser made up (a joining space). */
  append(text: string, orig: number | null): void {
    if (text === '') return;
    if (orig !== null) {
      const last = this.segments[this.segments.length - 1];
      if (last && last.at + last.len === this.length && last.orig + last.len === orig) last.len += text.length;
      else this.segments.push({ at: this.length, orig, len: text.length });
    }
    this.parts.push(text);
    this.length += text.length;
  }

  appendMapped(mapped: MappedText, from = 0, to = mapped.text.length): void {
    if (to <= from) return;
    const base = this.length;
    this.parts.push(mapped.text.slice(from, to));
    this.length += to - from;
    for (const segment of mapped.segments) {
      const start = Math.max(segment.at, from);
      const end = Math.min(segment.at + segment.len, to);
      if (end <= start) continue;
      const orig = segment.orig + (start - segment.at);
      const at = base + (start - from);
      const last = this.segments[this.segments.length - 1];
      if (last && last.at + last.len === at && last.orig + last.len === orig) last.len += end - start;
      else this.segments.push({ at, orig, len: end - start });
    }
  }

  build(): MappedText {
    return { text: this.parts.join(''), segments: this.segments };
  }
}

function segmentIndexAt(mapped: MappedText, index: number): number {
  let low = 0;
  let high = mapped.segments.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const segment = mapped.segments[middle] as Segment;
    if (segment.at <= index) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** Where character `index` came from; a made-up character maps to the end of the source run before it. */
function toOriginal(mapped: MappedText, index: number): number {
  const found = segmentIndexAt(mapped, index);
  if (found === -1) return mapped.segments[0]?.orig ?? 0;
  const segment = mapped.segments[found] as Segment;
  return index < segment.at + segment.len ? segment.orig + (index - segment.at) : segment.orig + segment.len;
}

/** The source span of text[from..to). */
export function spanOf(mapped: MappedText, from: number, to: number): SourceSpan {
  const start = toOriginal(mapped, from);
  const end = to > from ? toOriginal(mapped, to - 1) + 1 : start;
  return { start, end: Math.max(start, end) };
}

export function sliceMapped(mapped: MappedText, from: number, to: number): MappedText {
  const builder = new MappedTextBuilder();
  builder.appendMapped(mapped, from, to);
  return builder.build();
}

export function trimMapped(mapped: MappedText): MappedText {
  const start = mapped.text.length - mapped.text.trimStart().length;
  const end = mapped.text.trimEnd().length;
  if (start === 0 && end === mapped.text.length) return mapped;
  return sliceMapped(mapped, start, Math.max(start, end));
}

/** Joins lines of one paragraph: a line ending in a hyphenated word part ("re-") runs into the next. */
export function joinMappedLines(lines: readonly MappedText[]): MappedText {
  const builder = new MappedTextBuilder();
  let previous = '';
  for (const line of lines) {
    if (line.text === '') continue;
    if (builder.size > 0 && !(/[A-Za-z]-$/.test(previous) && /^[A-Za-z]/.test(line.text))) builder.append(' ', null);
    builder.appendMapped(line);
    previous = line.text;
  }
  return builder.build();
}

/** The value as the user should see it: whitespace runs become single spaces. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
