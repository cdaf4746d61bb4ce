import type { DocumentStructure } from './document-structure';
import type { QuestionSource } from './find-questions';
import { sliceMapped } from './mapped-text';

// A label inside a line of run-on text ("…(PUWER) Q1. How would you rate…?"), as some extractors
// write a whole form on one line. The word before it must not make it a mention ("see Q1.").
const INLINE_LABEL = /(?<=^|[\s(])((?:C?Q ?|Question )\d{1,3}(?:\.\d{1,3}){0,2}[a-z]?)(?:[.:)]|\s[–—-])\s+(?=[A-Z“"])/g;
export const MENTION_BEFORE = /\b(?:see|in|to|of|and|or|at|on|for|from|under|with|by|as|per|re|regarding|also|both|each|all|our|your|the|this|that|questions?)\s*$/i;
const RUN_ON_LINE = 250;
const MAX_TEXT = 1000;

/** Questions whose labels sit mid-line in long run-on lines; each question ends at its last "?". */
export function collectRunOnQuestions(doc: DocumentStructure, taken: (line: number) => boolean): QuestionSource[] {
  const found: QuestionSource[] = [];
  doc.lines.forEach((line, index) => {
    const text = line.text.text;
    if (line.empty || text.length < RUN_ON_LINE || doc.kinds[index] === 'toc' || taken(index)) return;
    const labels = [...text.matchAll(INLINE_LABEL)].filter(
      (match) => match.index > 0 && !MENTION_BEFORE.test(text.slice(Math.max(0, match.index - 20), match.index)),
    );
    labels.forEach((match, position) => {
      const label = match[1] ?? '';
      const start = match.index + match[0].length;
      const limit = Math.min(labels[position + 1]?.index ?? text.length, start + MAX_TEXT);
      const asked = text.lastIndexOf('?', limit - 1);
      if (asked < start || /\b(?:above|below)\b/.test(text.slice(start, start + 12))) return;
      found.push({
        line: index,
        match: { label, restStart: start, separator: 'strong' },
        labelText: sliceMapped(line.text, match.index, match.index + label.length),
        parts: [sliceMapped(line.text, start, asked + 1)],
      });
    });
  });
  return found;
}
