import { type Question, inferQuestionKind } from '../model';
import type { DocLine } from './document-lines';
import { type DocumentStructure, endsSentence } from './document-structure';
import type { Confidence, Finding } from './import-result';
import { type MappedText, collapseWhitespace, joinMappedLines, sliceMapped, spanOf } from './mapped-text';
import { type LabelMatch, labelSlug, looksLikeQuestion, matchNumberedLabel, matchQuestionLabel, startsQuestionText } from './question-labels';
import { QUESTIONS_HEADING, type SectionRegion, headingText, inRegions, sectionRegions } from './sections';
import { collectTableQuestion } from './table-questions';

export interface QuestionFound {
  question: Question;
  finding: Finding;
}

/** What one question was read from: its label and the pieces of its text. */
export interface QuestionSource {
  line: number;
  match: LabelMatch;
  /** The label as MappedText, for the span's start. */
  labelText: MappedText;
  parts: MappedText[];
}

const MAX_QUESTIONS = 500;
const MAX_TEXT = 20_000;
const LIST_ITEM = /^(?:\(?[a-z]{1,2}[.)]|\(?[ivx]{1,4}[.)]|[-•])\s/;
// Sub-headings that say nothing about the subject; the heading above them does.
const GENERIC_QUESTIONS_HEADING =
  /^(?:(?:consultation )?questions?:?|questions for (?:consultation|respondents)|questions in this (?:chapter|section)|(?:section|chapter) summary|summary|overview)$/i;

function labelAt(doc: DocumentStructure, line: number, questionRegions: readonly SectionRegion[]): LabelMatch | null {
  const text = doc.lines[line]?.text.text ?? '';
  const labelled = matchQuestionLabel(text);
  if (labelled) return labelled;
  if (doc.kinds[line] === 'heading' || !inRegions(questionRegions, line)) return null;
  return matchNumberedLabel(text);
}

/** Label and text of a question in running text (not a table), or null when the label is only mentioned. */
function collectTextQuestion(doc: DocumentStructure, line: number, questionRegions: readonly SectionRegion[]): QuestionSource | null {
  const docLine = doc.lines[line];
  const match = labelAt(doc, line, questionRegions);
  if (!docLine || !match) return null;
  const text = docLine.text.text;
  const blockIndex = doc.blockOfLine[line] ?? -1;
  const block = doc.blocks[blockIndex];
  if (!block) return null;
  const position = block.lines.indexOf(line);
  const previous = doc.lines[block.lines[position - 1] ?? -1];
  const rest = text.slice(match.restStart);
  // "…as we said in\nQuestion 2: the proposal…" is prose that happens to wrap before a label; a table
  // row after its header line ("Question\nQuestion 1 Do you…") is not.
  if (previous && !endsSentence(previous.text.text) && !looksLikeQuestion(rest)) return null;
  if (!startsQuestionText(match, text)) return null;
  if (/^[a-z]/.test(rest) && !looksLikeQuestion(rest)) return null;
  if (doc.kinds[line] === 'heading' && match.separator !== 'end' && !looksLikeQuestion(rest)) return null;

  const parts: MappedText[] = [];
  const startsAnother = (index: number): boolean => {
    const other = labelAt(doc, index, questionRegions);
    return other !== null && (other.separator !== 'space' || startsQuestionText(other, doc.lines[index]?.text.text ?? ''));
  };
  if (match.separator !== 'end') parts.push(sliceMapped(docLine.text, match.restStart, text.length));
  let lastBlock = blockIndex;
  const following = block.lines.slice(position + 1);
  const stop = following.findIndex(startsAnother);
  for (const index of stop === -1 ? following : following.slice(0, stop)) parts.push((doc.lines[index] as DocLine).text);
  if (parts.length === 0) {
    const next = doc.blocks[blockIndex + 1];
    if (!next || next.kind === 'heading' || next.kind === 'toc' || startsAnother(next.lines[0] ?? -1)) return null;
    parts.push(next.text);
    lastBlock = blockIndex + 1;
  }
  // A lead-in ending in a colon takes the list that follows it.
  if (stop === -1 && /:\s*$/.test(parts[parts.length - 1]?.text ?? '')) {
    for (let index = lastBlock + 1; index < doc.blocks.length; index += 1) {
      const item = doc.blocks[index];
      if (!item || (item.kind !== 'bullet' && !(item.kind === 'text' && LIST_ITEM.test(item.text.text)))) break;
      if (startsAnother(item.lines[0] ?? -1)) break;
      parts.push(item.text);
    }
  }
  return { line, match, labelText: sliceMapped(docLine.text, 0, match.label.length), parts };
}

function sectionFor(doc: DocumentStructure, line: number): string {
  let heading = doc.sectionOf[line] ?? -1;
  // "Questions" says nothing about the subject; the heading above it does.
  while (heading !== -1 && GENERIC_QUESTIONS_HEADING.test(headingText(doc, heading))) {
    const level = doc.headings[heading]?.level ?? 0;
    let parent = heading - 1;
    // A heading the layout cannot rank (a bold or short plain line) may sit under a sibling of its own kind.
    const above = (candidate: number): boolean => {
      const info = doc.headings[candidate];
      return info !== null && info !== undefined && !info.labelOnly && (info.level < level || (level >= 7 && info.level <= level));
    };
    while (parent >= 0 && !above(parent)) parent -= 1;
    if (parent < 0) break;
    heading = parent;
  }
  return heading === -1 ? '' : headingText(doc, heading).slice(0, 500);
}

function confidenceOf(source: QuestionSource, text: string): Confidence {
  if (text.length > 3000) return 'low';
  const asks = looksLikeQuestion(text);
  if (/^\(?\d/.test(source.match.label)) return asks ? 'medium' : 'low';
  return asks ? 'high' : 'medium';
}

/**
 * Every question in document order, with its label as printed and its whole
 * text. Table-of-contents lines, headings and sentences that only mention a
 * question are left out; a question repeated in a summary annex is kept once.
 */
export function findQuestions(doc: DocumentStructure): QuestionFound[] {
  const questionRegions = sectionRegions(doc, QUESTIONS_HEADING).filter((region) => doc.kinds[region.heading] !== 'toc');
  const found: QuestionFound[] = [];
  const seenTexts = new Map<string, string>();
  const usedIds = new Map<string, number>();
  for (let line = 0; line < doc.lines.length && found.length < MAX_QUESTIONS; line += 1) {
    const kind = doc.kinds[line];
    if (kind === 'empty' || kind === 'toc') continue;
    const source =
      kind === 'table' ? collectTableQuestion(doc, line, inRegions(questionRegions, line)) : collectTextQuestion(doc, line, questionRegions);
    if (!source || source.parts.length === 0) continue;
    const joined = joinMappedLines(source.parts);
    const text = collapseWhitespace(joined.text).slice(0, MAX_TEXT);
    const key = text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    if (text === '' || key === '') continue;
    // A summary annex repeats the questions: same words under the same label, or as a plain number.
    const earlierLabel = seenTexts.get(key);
    if (earlierLabel !== undefined && (earlierLabel === source.match.label || /^\(?\d/.test(source.match.label))) continue;
    seenTexts.set(key, source.match.label);

    const base = labelSlug(source.match.label);
    const count = (usedIds.get(base) ?? 0) + 1;
    usedIds.set(base, count);
    const id = count === 1 ? base : `${base}-${count}`;
    const lastPart = source.parts[source.parts.length - 1] as MappedText;
    const start = spanOf(source.labelText, 0, source.labelText.text.length).start;
    const end = spanOf(lastPart, 0, lastPart.text.length).end;
    found.push({
      question: {
        id,
        label: source.match.label.slice(0, 100),
        text,
        section: sectionFor(doc, line),
        kind: inferQuestionKind(text),
      },
      finding: { confidence: confidenceOf(source, text), span: { start, end: Math.max(start, end) } },
    });
  }
  return found;
}
