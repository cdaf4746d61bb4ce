/**
 * Confidential parts of a rationale, marked inline in its text:
 *
 *   Our cost is {{confidential:k3x9}}£4.2m a year{{/confidential}}, as shown below.
 *
 * Marks live in the text itself so they survive undo, concurrent merges and
 * copies of the draft file like any other text. Spans with the same id are one
 * part (a selection over several lines becomes one span per line, one id).
 *
 * The editor shows the "plain" text (markers removed) and keeps marks as
 * ranges over it; every function that takes a selection takes plain offsets.
 *
 * Broken markers never lose words and fail closed: nested or interleaved marks
 * become one mark covering all of them, a mark with no end runs to the end of
 * the text, and a stray end marker is dropped.
 */

/** A part's id: what `partReasons` is keyed by. */
export const MARK_ID_PATTERN = /^[a-z0-9]{1,12}$/;

const TOKEN_PATTERN = /\{\{confidential:([a-z0-9]{1,12})\}\}|\{\{\/confidential\}\}/g;
/** Anything that looks like a marker; those that are not valid tokens are reported. */
const MARKER_LIKE_PATTERN = /\{\{\s*\/?\s*confidential\b/gi;
/** Markdown that must stay outside a mark for a line to keep its meaning: indent, bullet, number, quote, heading. */
const LINE_PREFIX_PATTERN = /^[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+|>[ \t]?|#{1,6}[ \t]+)*/;

export function openingMarker(id: string): string {
  return `{{confidential:${id}}}`;
}
export const CLOSING_MARKER = '{{/confidential}}';

/** A marked range over the plain text: [start, end). */
export interface MarkRange {
  id: string;
  start: number;
  end: number;
}

/** One marked span as found in the raw text. */
export interface MarkSpan {
  id: string;
  /** Raw offsets: from the opening marker to after the closing one (or the end of the text if unclosed). */
  start: number;
  end: number;
  /** Plain offsets of the marked words. */
  plainStart: number;
  plainEnd: number;
  /** The marked words, without any markers. */
  text: string;
  closed: boolean;
}

export type MarkIssue =
  | { kind: 'unclosed'; id: string; offset: number }
  | { kind: 'nested'; id: string; offset: number }
  | { kind: 'stray-close'; offset: number }
  | { kind: 'malformed'; offset: number };

export interface ParsedMarks {
  /** The text as the user sees it: every valid marker removed. */
  plain: string;
  spans: MarkSpan[];
  issues: MarkIssue[];
}

/** Finds every mark in a rationale, reporting (not failing on) broken markers. */
export function parseConfidentialMarks(raw: string): ParsedMarks {
  const spans: MarkSpan[] = [];
  const issues: MarkIssue[] = [];
  const validTokenStarts = new Set<number>();
  let plain = '';
  let consumed = 0;
  let depth = 0;
  let open: { id: string; start: number; plainStart: number } | null = null;

  for (const match of raw.matchAll(TOKEN_PATTERN)) {
    validTokenStarts.add(match.index);
    plain += raw.slice(consumed, match.index);
    consumed = match.index + match[0].length;
    const id = match[1];
    if (id !== undefined) {
      if (open === null) {
        open = { id, start: match.index, plainStart: plain.length };
        depth = 1;
      } else {
        depth += 1;
        issues.push({ kind: 'nested', id, offset: match.index });
      }
    } else if (open === null) {
      issues.push({ kind: 'stray-close', offset: match.index });
    } else {
      depth -= 1;
      if (depth === 0) {
        spans.push({ ...open, end: consumed, plainEnd: plain.length, text: plain.slice(open.plainStart), closed: true });
        open = null;
      }
    }
  }
  plain += raw.slice(consumed);
  if (open !== null) {
    issues.push({ kind: 'unclosed', id: open.id, offset: open.start });
    spans.push({ ...open, end: raw.length, plainEnd: plain.length, text: plain.slice(open.plainStart), closed: false });
  }
  for (const match of raw.matchAll(MARKER_LIKE_PATTERN)) {
    if (!validTokenStarts.has(match.index)) issues.push({ kind: 'malformed', offset: match.index });
  }
  issues.sort((a, b) => a.offset - b.offset);
  return { plain, spans, issues };
}

/**
 * Recent answers of toMarkedText, by raw text. The editor, the progress ticks
 * and the confidentiality checks read every answer of the draft on each key
 * press, and all but one are unchanged. Results are frozen: callers share them.
 */
const markedTextCache = new Map<string, { plain: string; ranges: MarkRange[] }>();
const MARKED_TEXT_CACHE_SIZE = 512;

/** The text with every marker removed and the marked ranges over it (sorted, non-overlapping, non-empty). */
export function toMarkedText(raw: string): { plain: string; ranges: MarkRange[] } {
  const cached = markedTextCache.get(raw);
  if (cached) return cached;
  const { plain, spans } = parseConfidentialMarks(raw);
  const ranges = spans.filter((s) => s.plainEnd > s.plainStart).map((s) => Object.freeze({ id: s.id, start: s.plainStart, end: s.plainEnd }));
  const result = Object.freeze({ plain, ranges: Object.freeze(ranges) as MarkRange[] });
  // Oldest first out: a Map iterates in insertion order.
  if (markedTextCache.size >= MARKED_TEXT_CACHE_SIZE) markedTextCache.delete(markedTextCache.keys().next().value as string);
  markedTextCache.set(raw, result);
  return result;
}

/** Sorts and merges ranges: overlapping ones, and touching ones of the same part, become one (the first one's id). */
function mergeRanges(ranges: readonly MarkRange[]): MarkRange[] {
  const sorted = ranges.filter((r) => r.end > r.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: MarkRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && (range.start < last.end || (range.start === last.end && range.id === last.id))) {
      last.end = Math.max(last.end, range.end);
    } else {
      merged.push({ ...range });
    }
  }
  return merged;
}

/**
 * Splits a range into one piece per line, leaving out each line's Markdown
 * prefix (bullet, number, quote, heading) and the whitespace at either end,
 * so a marker never crosses a line and never breaks a list.
 */
function linePieces(plain: string, range: MarkRange): MarkRange[] {
  const pieces: MarkRange[] = [];
  let lineStart = plain.lastIndexOf('\n', range.start - 1) + 1;
  while (lineStart < range.end) {
    const newline = plain.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? plain.length : newline;
    const prefixLength = LINE_PREFIX_PATTERN.exec(plain.slice(lineStart, lineEnd))?.[0].length ?? 0;
    let start = Math.max(range.start, lineStart + prefixLength);
    let end = Math.min(range.end, lineEnd);
    while (start < end && /\s/.test(plain[start] ?? '')) start += 1;
    while (end > start && /\s/.test(plain[end - 1] ?? '')) end -= 1;
    if (end > start) pieces.push({ id: range.id, start, end });
    lineStart = lineEnd + 1;
  }
  return pieces;
}

/** Writes plain text and marked ranges back as raw text with markers, in the one canonical form. */
export function fromMarkedText(plain: string, ranges: readonly MarkRange[]): string {
  const pieces = mergeRanges(ranges).flatMap((range) => linePieces(plain, range));
  let raw = '';
  let consumed = 0;
  for (const piece of pieces) {
    raw += plain.slice(consumed, piece.start) + openingMarker(piece.id) + plain.slice(piece.start, piece.end) + CLOSING_MARKER;
    consumed = piece.end;
  }
  return raw + plain.slice(consumed);
}

/** Rewrites the marks in canonical form: broken markers repaired (failing closed), one span per line. */
export function normaliseConfidentialMarks(raw: string): string {
  // Taking out a stray marker can join its neighbours into a new one; repeat until nothing changes.
  let current = raw;
  for (let pass = 0; pass < 8; pass += 1) {
    const { plain, ranges } = toMarkedText(current);
    const next = fromMarkedText(plain, ranges);
    if (next === current) break;
    current = next;
  }
  return current;
}

/** The text as a reader sees it, with no markers. */
export function stripConfidentialMarkers(raw: string): string {
  return toMarkedText(raw).plain;
}

/** The distinct part ids in a text, in order of first appearance. */
export function confidentialMarkIds(raw: string): string[] {
  return [...new Set(toMarkedText(raw).ranges.map((r) => r.id))];
}

/** A marked part: all spans with one id, in order. */
export interface ConfidentialPart {
  id: string;
  texts: string[];
}

export function confidentialParts(raw: string): ConfidentialPart[] {
  const { plain, ranges } = toMarkedText(raw);
  const parts = new Map<string, string[]>();
  for (const range of ranges) {
    const texts = parts.get(range.id) ?? [];
    texts.push(plain.slice(range.start, range.end));
    parts.set(range.id, texts);
  }
  return [...parts].map(([id, texts]) => ({ id, texts }));
}

/** The text cut into stretches that are either public (markId null) or part of one marked part. */
export function confidentialSegments(raw: string): Array<{ text: string; markId: string | null }> {
  const { plain, ranges } = toMarkedText(raw);
  const segments: Array<{ text: string; markId: string | null }> = [];
  let consumed = 0;
  for (const range of mergeRanges(ranges)) {
    if (range.start > consumed) segments.push({ text: plain.slice(consumed, range.start), markId: null });
    segments.push({ text: plain.slice(range.start, range.end), markId: range.id });
    consumed = range.end;
  }
  if (consumed < plain.length) segments.push({ text: plain.slice(consumed), markId: null });
  return segments;
}

/**
 * The text with every marked span replaced by a placeholder and no marker
 * left: the publication version. A mark with no end takes the rest of the text.
 */
export function replaceConfidentialText(raw: string, placeholder: string | ((id: string) => string)): string {
  return confidentialSegments(raw)
    .map((segment) =>
      segment.markId === null ? segment.text : typeof placeholder === 'string' ? placeholder : placeholder(segment.markId),
    )
    .join('');
}

export interface AddMarkResult {
  text: string;
  /** The part the selection now belongs to. */
  id: string;
  /** Parts that the new mark swallowed and that no longer appear in the text. */
  absorbedIds: string[];
}

/**
 * Marks the plain selection [start, end) as confidential. A selection that
 * overlaps existing marks joins them into one part (keeping the first one's
 * id); one that crosses lines becomes one span per line. Null when the
 * selection holds nothing to mark (empty, only spaces or list bullets).
 */
export function addConfidentialMark(raw: string, start: number, end: number, newId: string): AddMarkResult | null {
  if (!MARK_ID_PATTERN.test(newId)) throw new Error(`Not a valid mark id: ${newId}`);
  const { plain, ranges } = toMarkedText(raw);
  const from = clamp(Math.min(start, end), plain.length);
  const to = clamp(Math.max(start, end), plain.length);
  if (linePieces(plain, { id: newId, start: from, end: to }).length === 0) return null;

  const overlapped = ranges.filter((r) => r.start < to && r.end > from);
  const id = overlapped[0]?.id ?? newId;
  const merged = { id, start: Math.min(from, ...overlapped.map((r) => r.start)), end: Math.max(to, ...overlapped.map((r) => r.end)) };
  const kept = ranges.filter((r) => !overlapped.includes(r));
  const text = fromMarkedText(plain, [...kept, merged]);
  const remaining = new Set(confidentialMarkIds(text));
  const absorbedIds = [...new Set(overlapped.map((r) => r.id))].filter((other) => !remaining.has(other));
  return { text, id, absorbedIds };
}

/** Unmarks a whole part (every span with this id); its words stay. */
export function removeConfidentialMark(raw: string, id: string): string {
  const { plain, ranges } = toMarkedText(raw);
  return fromMarkedText(
    plain,
    ranges.filter((r) => r.id !== id),
  );
}

/**
 * Unmarks the parts that the plain selection touches; with an empty
 * selection, the part the caret is in or at the edge of.
 */
export function removeConfidentialMarksAt(raw: string, start: number, end: number): { text: string; removedIds: string[] } {
  const { plain, ranges } = toMarkedText(raw);
  const from = Math.min(start, end);
  const to = Math.max(start, end);
  const touched = ranges.filter((r) => (from === to ? r.start <= from && from <= r.end : r.start < to && r.end > from));
  const removedIds = [...new Set(touched.map((r) => r.id))];
  if (removedIds.length === 0) return { text: raw, removedIds };
  return { text: fromMarkedText(plain, ranges.filter((r) => !removedIds.includes(r.id))), removedIds };
}

/**
 * Applies an edit made to the plain text (what the editor shows) to the raw
 * text, keeping the marks where the words are. Typing inside a mark stays
 * marked; typing at either edge of a mark stays outside it. `caret` (where
 * the caret is after the edit) settles which of several equal characters
 * was typed.
 */
export function applyPlainEdit(raw: string, newPlain: string, caret?: number): string {
  const { plain, ranges } = toMarkedText(raw);
  if (plain === newPlain) return raw;
  const oldLength = plain.length;
  const newLength = newPlain.length;
  let suffix = 0;
  const maxSuffix = Math.min(oldLength, newLength, caret === undefined ? Infinity : newLength - clamp(caret, newLength));
  while (suffix < maxSuffix && plain[oldLength - 1 - suffix] === newPlain[newLength - 1 - suffix]) suffix += 1;
  let prefix = 0;
  const maxPrefix = Math.min(oldLength - suffix, newLength - suffix);
  while (prefix < maxPrefix && plain[prefix] === newPlain[prefix]) prefix += 1;

  const editStart = prefix;
  const editEnd = oldLength - suffix;
  const inserted = newLength - suffix - prefix;
  const delta = newLength - oldLength;
  const pureInsertion = editStart === editEnd;

  const mapStart = (at: number): number => {
    if (at < editStart) return at;
    if (at === editStart) return pureInsertion ? at + inserted : at;
    if (at < editEnd) return editStart + inserted;
    return at + delta;
  };
  const mapEnd = (at: number): number => {
    if (at <= editStart) return at;
    if (at < editEnd) return editStart;
    return at + delta;
  };
  const moved = ranges.map((r) => ({ id: r.id, start: mapStart(r.start), end: mapEnd(r.end) }));
  return fromMarkedText(newPlain, moved);
}

/** A fresh part id not among `taken`. */
export function newConfidentialMarkId(taken: ReadonlySet<string>, random: () => number = Math.random): string {
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const id = Array.from({ length: 8 }, () => alphabet[Math.floor(random() * 36)] ?? 'x').join('');
    if (!taken.has(id)) return id;
  }
  // Only a broken random source gets here; count up instead.
  let counter = taken.size;
  while (taken.has(`m${counter}`)) counter += 1;
  return `m${counter}`;
}

function clamp(at: number, length: number): number {
  return Math.max(0, Math.min(length, Math.trunc(at)));
}
