import { stripLine, type StrippedLine } from './normalise-text';
import { findPageFurniture } from './page-furniture';
import { readTwoColumnParagraphs } from './two-columns';

/** One line of the document, markup taken off, with what the parser needs to know about it. */
export interface DocLine extends StrippedLine {
  index: number;
  page: number;
  pageBreakBefore: boolean;
  furniture: boolean;
  /** Blank, furniture or a table rule: nothing a reader would read. */
  empty: boolean;
}

/** Splits the text into lines (on any newline; a form feed also starts a new page) and strips each. */
export function readLines(source: string): DocLine[] {
  const read: DocLine[] = [];
  const starts: number[] = [];
  const breaker = /\r\n|\r|\n|\f/g;
  let start = 0;
  let page = 0;
  let pageBreakBefore = false;
  const push = (end: number): void => {
    const stripped = stripLine(source, start, end);
    starts.push(start);
    read.push({
      index: read.length,
      ...stripped,
      page,
      pageBreakBefore,
      furniture: false,
      empty: stripped.tableRule || stripped.text.text.trim() === '',
    });
  };
  for (let match = breaker.exec(source); match !== null; match = breaker.exec(source)) {
    push(match.index);
    pageBreakBefore = match[0] === '\f';
    if (pageBreakBefore) page += 1;
    start = match.index + match[0].length;
  }
  push(source.length);
  const lines = readTwoColumnParagraphs(read, source, starts);

  const furniture = findPageFurniture(lines.map((line) => ({ page: line.page, text: line.text.text })));
  furniture.forEach((isFurniture, index) => {
    const line = lines[index];
    if (isFurniture && line) {
      line.furniture = true;
      line.empty = true;
    }
  });
  return lines;
}
