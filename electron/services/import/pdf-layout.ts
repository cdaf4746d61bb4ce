/**
 * Puts pdf.js text items back into lines and paragraphs. A PDF has no
 * paragraphs, only positioned runs of text; the parser needs line breaks where
 * the page has them and a blank line where the gap between lines says a new
 * paragraph (or a heading) starts.
 */

export interface PositionedText {
  str: string;
  transform: readonly number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

interface Line {
  text: string;
  y: number;
  size: number;
}

// Gaps, as multiples of the font size, that mean a new word, a tab stop, a new line or a new paragraph.
const WORD_GAP = 0.15;
const TAB_GAP = 2;
const SAME_LINE = 0.5;
const PARAGRAPH_GAP = 1.45;
const SIZE_CHANGE = 0.15;

function fontSize(item: PositionedText): number {
  const [, , c = 0, d = 0] = item.transform;
  return Math.hypot(c, d) || item.height || 10;
}

function splitLines(items: readonly PositionedText[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  let lastEnd: number | null = null;
  const finish = (): void => {
    if (current && current.text.trim() !== '') lines.push({ ...current, text: current.text.replace(/\s+$/, '') });
    current = null;
    lastEnd = null;
  };
  for (const item of items) {
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const size = fontSize(item);
    if (item.str !== '') {
      if (current !== null && Math.abs(y - (current as Line).y) > Math.max(1, size * SAME_LINE)) finish();
      if (current === null) current = { text: '', y, size };
      const line: Line = current;
      if (lastEnd !== null && line.text !== '' && !/\s$/.test(line.text) && !/^\s/.test(item.str)) {
        const gap = x - lastEnd;
        if (gap > size * TAB_GAP) line.text += '\t';
        else if (gap > size * WORD_GAP) line.text += ' ';
      }
      line.text += item.str;
      line.size = Math.max(line.size, size);
      lastEnd = x + item.width;
    }
    if (item.hasEOL) finish();
  }
  finish();
  return lines;
}

/** One page's text: its lines in the order the PDF draws them, blank lines between paragraphs. */
export function layoutPageText(items: readonly PositionedText[]): string {
  const lines = splitLines(items);
  const out: string[] = [];
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    if (previous) {
      const drop = previous.y - line.y;
      // Moving up the page (a new column, a footer drawn first) also ends a paragraph, as does a change
      // of type size: a title, a heading and body text are different blocks even when set close together.
      const resized = Math.abs(previous.size - line.size) > Math.min(previous.size, line.size) * SIZE_CHANGE;
      if (drop < 0 || resized || drop > Math.max(previous.size, line.size) * PARAGRAPH_GAP) out.push('');
    }
    out.push(line.text);
  });
  return out.join('\n');
}
