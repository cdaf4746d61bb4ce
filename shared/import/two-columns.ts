import type { DocLine } from './document-lines';
import { EMPTY_MAPPED, type MappedText, sliceMapped, spanOf, trimMapped } from './mapped-text';

// A run of three or more spaces between words: where a layout text extractor (pdftotext -layout) put a second column.
const GAP = / {3,}(?=\S)/g;
const MAX_LINE = 300;
// Label-and-value layouts ("Respond by      16:00 on …") keep their order; only wrapped prose is a column.
const MIN_MEDIAN_LEFT = 25;

interface RawLine {
  line: DocLine;
  /** The line as it stands in the source, with its indentation. */
  raw: string;
  /** Where the line starts in the source. */
  start: number;
}

type Shape = { kind: 'split'; column: number } | { kind: 'left'; end: number } | { kind: 'right'; indent: number } | { kind: 'other' };

function shapeOf(raw: string): Shape {
  const indent = raw.length - raw.trimStart().length;
  const body = raw.trimEnd();
  if (body.length > MAX_LINE || raw.includes('\t')) return { kind: 'other' };
  const gaps = [...body.slice(indent).matchAll(GAP)].map((match) => indent + match.index + match[0].length);
  if (gaps.length > 1) return { kind: 'other' };
  if (gaps.length === 1) return indent === 0 ? { kind: 'split', column: gaps[0] as number } : { kind: 'other' };
  return indent >= 8 ? { kind: 'right', indent } : { kind: 'left', end: body.length };
}

/** The text of a line cut where the source reaches `origCut`: the part before it and the part from it on. */
function cutAt(text: MappedText, origCut: number): [MappedText, MappedText] {
  let index = 0;
  while (index < text.text.length && spanOf(text, index, index + 1).start < origCut) index += 1;
  return [trimMapped(sliceMapped(text, 0, index)), trimMapped(sliceMapped(text, index, text.text.length))];
}

/**
 * One paragraph laid out in two columns, as a layout text extractor prints a two-column form
 * ("1. Do you agree with the proposal for a    We are not entirely convinced…"): at least two
 * lines split at the same place, every other line wholly on one side, and a left column of
 * wrapped prose, not labels. Returns the column's start, or null when the paragraph is not one.
 */
function twoColumnStart(group: readonly RawLine[]): number | null {
  const shapes = group.map((item) => shapeOf(item.raw));
  const columns = shapes.flatMap((shape) => (shape.kind === 'split' ? [shape.column] : []));
  if (columns.length < 2) return null;
  const column = Math.min(...columns);
  if (Math.max(...columns) - column > 1) return null;
  const fits = shapes.every(
    (shape) =>
      (shape.kind === 'split') || (shape.kind === 'left' && shape.end < column - 1) || (shape.kind === 'right' && Math.abs(shape.indent - column) <= 1),
  );
  if (!fits) return null;
  const lefts = group.flatMap((item, index) => (shapes[index]?.kind === 'right' ? [] : [item.raw.slice(0, column).trim()]));
  if (lefts.some((left) => left.endsWith(':'))) return null;
  const lengths = lefts.map((left) => left.length).sort((a, b) => a - b);
  return (lengths[Math.floor(lengths.length / 2)] ?? 0) >= MIN_MEDIAN_LEFT ? column : null;
}

/**
 * Reads two-column paragraphs column by column: the left column's lines, then a blank line, then
 * the right column's, so a question printed beside its answer reads as the question. Every
 * other line is kept as it is. Lines keep their source positions; indices are renumbered.
 */
export function readTwoColumnParagraphs(lines: readonly DocLine[], source: string, starts: readonly number[]): DocLine[] {
  const out: DocLine[] = [];
  let group: RawLine[] = [];
  const flush = (): void => {
    const column = group.length >= 2 ? twoColumnStart(group) : null;
    if (column === null) {
      out.push(...group.map((item) => item.line));
    } else {
      const left: DocLine[] = [];
      const right: DocLine[] = [];
      for (const item of group) {
        const [before, after] = cutAt(item.line.text, item.start + column);
        if (before.text !== '') left.push({ ...item.line, text: before });
        if (after.text !== '') right.push({ ...item.line, text: after });
      }
      const gap: DocLine = { ...(group[0] as RawLine).line, text: EMPTY_MAPPED, empty: true };
      out.push(...left, gap, ...right);
    }
    group = [];
  };
  lines.forEach((line, index) => {
    const plain = !line.empty && line.heading === null && line.cells === null && !line.bullet;
    if (!plain) {
      flush();
      out.push(line);
      return;
    }
    const start = starts[index] ?? 0;
    const end = starts[index + 1] ?? source.length;
    group.push({ line, raw: source.slice(start, end).replace(/[\r\n\f]+$/, ''), start });
  });
  flush();
  return out.map((line, index) => ({ ...line, index }));
}
