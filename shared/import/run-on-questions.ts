import type { DocumentStructure } from './document-structure';
import type { QuestionSource } from './find-questions';
import { sliceMapped } from './mapped-text';

// A label inside a line of run-on text ("…(PUWER) Q1. How would you rate…?"), as some extractors
// write a whole form on one line. The word before it must not make it a mention ("see Q1.").
const INLINE_LABEL = /(?<=^|[\s(])((?:C?Q ?|Question )\d{1,3}(?:\.\d{1,3}){0,2}[a-z]?)(?:[.:)]|\s[–—-])\s+(?=[A-Z“"])/g;
export const MENTION_BEFORE = /\b(?:see|in|to|of|and|or|at|on|for|from|under|with|by|as|per|re|regarding|also|both|each|all|our|your|the|this|that|questions?)\s*$/i;
const RUN_ON_LINE = 250;
const MAX_TEXT = 1000;
// A questionnaire's letter-and-number labels run into one line ("…in your home A1 How long…? … A2 And for how…?"), read
// only as a sequence of one letter counting up from 1, so that a mention ("SHOWCARD A1") or a paper size is left out.
const LETTER_LABEL = /(?<=^|\s)([A-Z])(\d{1,2})\s+(?=[A-Z“"])/g;
// An interviewer's instruction in capitals ("PROMPT IF NECESSARY", "SHOWCARD A1", "READ OUT SINGLE CODE ONLY."): not
// part of the question.
const INSTRUCTION_FIRST = /^[A-Z]{2,}(?:\s+[A-Z]{2,})*(?:\s+[A-Z]?\d{1,3})?\s+(?=[A-Z][a-z])/;
const INSTRUCTION = /\s*(?:[A-Z]{2,}\s+){1,}[A-Z]{2,}\b/;
const ASKS_READER = /\b(?:do|does|did|are|is|have|has|would|will|can|could|should) you\b/i;

/** A label found inside a run-on line: where it starts, how long the label and its separator are, and the label. */
interface InlineLabel {
  index: number;
  length: number;
  label: string;
}

/** The labels of one letter that count up from 1 in the line, in order; fewer than two are no sequence. */
function letterSequence(text: string): InlineLabel[] {
  const byLetter = new Map<string, InlineLabel[]>();
  for (const match of text.matchAll(LETTER_LABEL)) {
    const letter = match[1] ?? '';
    const sequence = byLetter.get(letter) ?? [];
    if (Number(match[2]) === sequence.length + 1) sequence.push({ index: match.index, length: match[0].length, label: `${letter}${match[2] ?? ''}` });
    byLetter.set(letter, sequence);
  }
  const longest = [...byLetter.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  return longest.length >= 2 ? longest : [];
}

/** Questions whose labels sit mid-line in long run-on lines; each question ends at its last "?". */
export function collectRunOnQuestions(doc: DocumentStructure, taken: (line: number) => boolean): QuestionSource[] {
  const found: QuestionSource[] = [];
  doc.lines.forEach((line, index) => {
    const text = line.text.text;
    if (line.empty || text.length < RUN_ON_LINE || doc.kinds[index] === 'toc' || taken(index)) return;
    const labelled = [...text.matchAll(INLINE_LABEL)]
      .filter((match) => match.index > 0 && !MENTION_BEFORE.test(text.slice(Math.max(0, match.index - 20), match.index)))
      .map((match): InlineLabel => ({ index: match.index, length: match[0].length, label: match[1] ?? '' }));
    const labels = labelled.length > 0 ? labelled : letterSequence(text);
    labels.forEach((match, position) => {
      const label = match.label;
      let start = match.index + match.length;
      start += INSTRUCTION_FIRST.exec(text.slice(start))?.[0].length ?? 0;
      const limit = Math.min(labels[position + 1]?.index ?? text.length, start + MAX_TEXT);
      const asked = text.lastIndexOf('?', limit - 1);
      let end = asked + 1;
      if (asked < start) {
        // No question mark before the next label: a question put to the reader ends where the interviewer's instruction starts.
        const instruction = INSTRUCTION.exec(text.slice(start, limit));
        const before = instruction ? text.slice(start, start + instruction.index).trimEnd() : '';
        if (!instruction || !ASKS_READER.test(before)) return;
        end = start + before.length;
      }
      if (/\b(?:above|below)\b/.test(text.slice(start, start + 12))) return;
      found.push({
        line: index,
        match: { label, restStart: start, separator: 'strong' },
        labelText: sliceMapped(line.text, match.index, match.index + label.length),
        parts: [sliceMapped(line.text, start, end)],
      });
    });
  });
  return found;
}
