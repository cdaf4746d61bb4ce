import { findDates } from './dates';
import { type DocLine, readLines } from './document-lines';
import { type MappedText, joinMappedLines } from './mapped-text';
import { isAnswerOptions, isLabelOnly, looksLikeQuestion, matchNumberedLabel, matchQuestionLabel } from './question-labels';

export type LineKind = 'empty' | 'toc' | 'heading' | 'table' | 'text';

export interface HeadingInfo {
  /** 1–6 from Markdown, the depth of a numbered heading ("2.1" is 2), 7 for a bold line, 8 for a short line on its own. */
  level: number;
  /** "#### Dates Q1" names a question, not a section. */
  labelOnly: boolean;
}

export interface Block {
  kind: 'heading' | 'toc' | 'table' | 'text' | 'bullet';
  /** Indices of the lines in the block, in order. */
  lines: number[];
  /** The block's lines joined as one paragraph. */
  text: MappedText;
  bold: boolean;
}

/** The document seen as a reader sees it: lines, headings, paragraphs and sections. */
export interface DocumentStructure {
  lines: DocLine[];
  kinds: LineKind[];
  headings: (HeadingInfo | null)[];
  blocks: Block[];
  /** For each line, the index of its block, or -1. */
  blockOfLine: number[];
  /** For each line, the index of the heading line of the section it is in, or -1. */
  sectionOf: number[];
}

const LEADER_PAGE = /(?:\.{3,}|…+|(?:\. ){3,}|_{3,})\s*\d{1,4}\s*$/;
const TAB_PAGE = /\t\s*\d{1,4}\s*$/;
// Contents run into one line ("Question 17 – … ...... 75 Question 18 – … ... 75 Question 19 – …"), as PDF text often
// prints them: two or more dot leaders each followed by a page number, wherever the line ends.
const LEADER_PAGE_MID = /(?:\.{3,}|…+)\s*\d{1,4}\b/g;

const ENDS_WITH_PAGE = /(?:\s|\|)\d{1,3}\s*\|?\s*$/;
// Under a "Contents" heading the leaders may be lost too ("2. Introduction 12 Network companies and price controls 12 The
// RIIO framework 12 … What does this mean for the RIIO-2 framework? 16"): two or more page numbers between headings.
const PAGE_BETWEEN_HEADINGS = /[A-Za-z?)’]\s\d{1,3}\s+(?=[A-Z])/g;

function isRunOnContents(text: string, inContents = false): boolean {
  if ((text.match(LEADER_PAGE_MID) ?? []).length >= 2) return true;
  return inContents && ENDS_WITH_PAGE.test(text) && (text.match(PAGE_BETWEEN_HEADINGS) ?? []).length >= 2;
}
const CONTENTS = /^(?:table of )?contents:?$/i;
const NUMBERED_HEADING =
  /^(?:\d{1,2}(?:\.\d{1,2}){0,4}\.?|[A-Z]\.|(?:Chapter|Section|Annex|Appendix|Attachment|Schedule|Part)\s+[A-Z0-9]{1,3}\b[.:]?)(?:\s+\S|$)/;
const TERMINAL = /[.?!:;,]["”’')\]]*$/;
// A line ending like this runs on into the next one, so it is not a heading.
const ENDS_MID_PHRASE = /\b(?:the|a|an|to|of|and|or|for|in|on|with|that|by|from|as|at|is|are|be|their|its|our|your|which)$/i;

/**
 * The lines after `line` in its paragraph (its block), at most `max` of them: the lines a PDF or a narrow page wraps
 * the line's text onto. Each reader decides where its own text stops among them.
 */
export function linesAfterInParagraph(doc: DocumentStructure, line: number, max = Number.POSITIVE_INFINITY): number[] {
  const block = doc.blocks[doc.blockOfLine[line] ?? -1];
  const at = block ? block.lines.indexOf(line) : -1;
  return block && at !== -1 ? block.lines.slice(at + 1, at + 1 + max) : [];
}

export function endsSentence(text: string): boolean {
  return /[.?!:;]["”’')\]]*$/.test(text.trim());
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function findTableOfContents(lines: readonly DocLine[], content: readonly number[]): Set<number> {
  const toc = new Set<number>();
  let inContents = false;
  content.forEach((index, position) => {
    const line = lines[index] as DocLine;
    const text = line.text.text;
    if (CONTENTS.test(text)) {
      inContents = true;
      return;
    }
    if (LEADER_PAGE.test(text) || TAB_PAGE.test(text) || isRunOnContents(text)) {
      toc.add(index);
      return;
    }
    if (!inContents) return;
    const next = lines[content[position + 1] ?? -1]?.text.text ?? '';
    if (line.heading === null && ENDS_WITH_PAGE.test(text) && (text.length <= 200 || isRunOnContents(text, true))) toc.add(index);
    else if (line.heading === null && text.length <= 120 && ENDS_WITH_PAGE.test(next) && !TERMINAL.test(text)) toc.add(index);
    else inContents = false;
  });
  return toc;
}

function isEmptyAt(lines: readonly DocLine[], index: number): boolean {
  const line = lines[index];
  return line === undefined || line.empty;
}

function classifyHeading(lines: readonly DocLine[], index: number, afterHeading: boolean): HeadingInfo | null {
  const line = lines[index] as DocLine;
  const text = line.text.text;
  const labelOnly = isLabelOnly(text);
  if (line.heading !== null) return { level: line.heading, labelOnly };
  if (line.cells !== null || line.bullet || text.length > 150 || isAnswerOptions(text)) return null;
  const previous = lines[index - 1];
  const next = lines[index + 1];
  const aloneBefore = isEmptyAt(lines, index - 1) || line.pageBreakBefore;
  const aloneAfter = isEmptyAt(lines, index + 1) || next?.pageBreakBefore === true;
  const startsDate = findDates(text).some((date) => date.index === 0);
  if (
    NUMBERED_HEADING.test(text) &&
    !TERMINAL.test(text) &&
    !ENDS_MID_PHRASE.test(text) &&
    !(looksLikeQuestion(text.replace(/^\S+\s+/, '')) && wordCount(text) > 7) &&
    text.length <= 100 &&
    wordCount(text) <= 14 &&
    !startsDate
  ) {
    const opensParagraph = aloneBefore || afterHeading || (previous !== undefined && endsSentence(previous.text.text));
    const closesParagraph = aloneAfter || /^[A-Z0-9“"‘(]/.test(next?.text.text ?? '');
    if (opensParagraph && closesParagraph) {
      const numbering = /^[\d.]+/.exec(text)?.[0].replace(/\.$/, '') ?? '';
      return { level: numbering === '' ? 1 : numbering.split('.').length, labelOnly };
    }
  }
  // A short line right above "Q1 …" or "1. …", or above a full-width line of text, heads what follows even
  // without a gap after it (PDFs often set headings in body size with no space below).
  const nextText = next !== undefined && !next.empty ? next.text.text : '';
  const headsList = nextText !== '' && startsOwnParagraph(nextText);
  const headsParagraph = nextText.length >= 50 && nextText.length >= text.length * 1.5 && text.length <= 60 && wordCount(text) <= 8;
  if (!aloneBefore || !(aloneAfter || headsList || headsParagraph) || TERMINAL.test(text) || /@|https?:/.test(text)) return null;
  if (line.boldStart && line.boldEnd && !/^[^:]{1,40}:\s*\S/.test(text)) return { level: 7, labelOnly };
  if (labelOnly) return { level: 8, labelOnly };
  if (text.length <= 80 && wordCount(text) <= 10 && /^[A-Z]/.test(text) && /[a-z]{2}/.test(text) && !startsDate && !/:/.test(text)) {
    return { level: 8, labelOnly };
  }
  return null;
}

/** A line that opens a paragraph of its own even with no blank line before it. */
function startsOwnParagraph(text: string): boolean {
  const label = matchQuestionLabel(text);
  if (label !== null && label.separator !== 'space') return true;
  // A numbered paragraph ("1.", "3.1.1.") or a lettered one ("(a)").
  return matchNumberedLabel(text) !== null || /^\(?[a-z]\)\s/.test(text) || /^\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+[A-Z]/.test(text);
}

/**
 * After a short list item that names something, a line that is a whole sentence of its own starts the next paragraph
 * ("- Research, Development & Innovation (RD&I)" / "Measures to support … will be the subject of a future consultation."),
 * and so does a long line opening a sentence that a page wrapped ("Measures to support … subject of a future" /
 * "consultation as part of …"): an item is wrapped only where its line is full, which a short item's is not.
 */
function sentenceAfterItem(before: string, after: string): boolean {
  const item = before.trim();
  // Only after a short item that names something rather than says it (a theme, a place, a document).
  const named = wordCount(item) <= 15 && !endsSentence(item) && !ENDS_MID_PHRASE.test(item) && !/[,(&–-]$/.test(item);
  return named && /^[A-Z]/.test(after) && ((endsSentence(after) && wordCount(after) >= 8) || wordCount(after) >= 12);
}

/** After an item that ends its sentence, a short line that names the next group of items ("Road pricing") heads them. */
function subHeadingBetweenItems(lines: readonly DocLine[], before: string, after: string, current: number): boolean {
  if (!endsSentence(before) || wordCount(after) > 8 || /[.?!:;,]$/.test(after.trim()) || !/^[A-Z]/.test(after)) return false;
  const next = lines.slice(current + 1).find((line) => !line.empty);
  return next?.bullet === true;
}

function continuesBlock(lines: readonly DocLine[], previous: number, current: number, inList = false): boolean {
  const before = (lines[previous] as DocLine).text.text;
  const after = (lines[current] as DocLine).text.text;
  let blank = false;
  let pageBreak = false;
  for (let index = previous + 1; index <= current; index += 1) {
    const line = lines[index] as DocLine;
    if (line.pageBreakBefore) pageBreak = true;
    if (index < current && line.empty && !line.furniture) blank = true;
  }
  // Across a page, a paragraph goes on unless the page ended a sentence and the next starts a new one.
  if (pageBreak) return !endsSentence(before) || /^[a-z]/.test(after);
  if (blank || (inList && (sentenceAfterItem(before, after) || subHeadingBetweenItems(lines, before, after, current)))) return false;
  return !(endsSentence(before) && startsOwnParagraph(after));
}

export function readDocument(source: string): DocumentStructure {
  const lines = readLines(source);
  const content = lines.filter((line) => !line.empty).map((line) => line.index);
  const toc = findTableOfContents(lines, content);
  const kinds: LineKind[] = lines.map(() => 'empty');
  const headings: (HeadingInfo | null)[] = lines.map(() => null);
  for (const index of content) {
    const line = lines[index] as DocLine;
    if (toc.has(index)) kinds[index] = 'toc';
    else if (line.cells !== null) kinds[index] = 'table';
    else {
      headings[index] = classifyHeading(lines, index, headings[index - 1] !== null && headings[index - 1] !== undefined);
      kinds[index] = headings[index] ? 'heading' : 'text';
    }
  }

  const blocks: Block[] = [];
  const blockOfLine = lines.map(() => -1);
  let open: { kind: Block['kind']; lines: number[] } | null = null;
  const close = (): void => {
    if (!open) return;
    const members = open.lines.map((index) => lines[index] as DocLine);
    const first = members[0];
    const last = members[members.length - 1];
    blocks.push({
      kind: open.kind,
      lines: open.lines,
      text: joinMappedLines(members.map((line) => line.text)),
      bold: first !== undefined && last !== undefined && first.boldStart && last.boldEnd,
    });
    open.lines.forEach((index) => (blockOfLine[index] = blocks.length - 1));
    open = null;
  };
  for (const index of content) {
    const kind = kinds[index] as LineKind;
    const line = lines[index] as DocLine;
    if (kind === 'text' && !line.bullet && open && (open.kind === 'text' || open.kind === 'bullet')) {
      const previous = open.lines[open.lines.length - 1] as number;
      if (continuesBlock(lines, previous, index, open.kind === 'bullet')) {
        open.lines.push(index);
        continue;
      }
    }
    close();
    open = { kind: kind === 'text' ? (line.bullet ? 'bullet' : 'text') : (kind as Block['kind']), lines: [index] };
    if (kind !== 'text') close();
  }
  close();

  const sectionOf = lines.map(() => -1);
  let section = -1;
  lines.forEach((_line, index) => {
    const heading = headings[index];
    if (heading && !heading.labelOnly) section = index;
    sectionOf[index] = section;
  });
  return { lines, kinds, headings, blocks, blockOfLine, sectionOf };
}
