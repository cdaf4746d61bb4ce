import { linesAfterInParagraph, type DocumentStructure } from './document-structure';
import type { QuestionSource } from './find-questions';
import { MENTION_BEFORE } from './run-on-questions';
import type { DocLine } from './document-lines';
import { type MappedText, joinMappedLines, sliceMapped } from './mapped-text';

// "Company Confidential/ 1. Do you understand the intent of the CP? Anonymous": a numbered or lettered question
// printed inside a line (a table's header row, a response that reprints the question it answers).
const INLINE_NUMBERED =
  /(?<=^|\s)(\d{1,2}\.|[a-h]\))\s+(?=(?:Do|Does|Are|Is|What|Which|How|Would|Should|Can|Could|Have|Has|Will|To what extent)\b)/g;
// A sentence after the question mark that still belongs to it ("If not, please explain your reasoning.").
const FOLLOW_ON = /^\s+((?:if (?:not|so|yes|no)\b|please\b)[^?.]{0,200}\.)/i;
// A second question straight after the first ("…when suppliers fail? Are there other actions you consider…?").
const FOLLOW_ON_QUESTION = /^\s+[A-Z][^?.!]{0,300}\?/;
// "### Q1 Do you agree…? 1. Yes 1. No … ### Q2 We think … What are your views…?": a question label run into a line. The
// label says a question follows, so the words need not open as one; they run to the question mark.
const INLINE_Q_LABEL = /(?<=^|\s)Q(\d{1,2})[.:)]?\s+(?=[A-Z])/g;
// The next question's own label, where a run of follow-on questions must stop.
const NEXT_LABEL = /(?:^|\s)(?:\d{1,2}\.|[a-h]\)|Q\d{1,2}[.:)]?)\s/;
const MAX_QUESTION = 400;

interface Inline {
  source: QuestionSource;
  number: number;
  lettered: boolean;
}

/** Numbers count up from 1 (or letters from a), as a question set's do. */
function countsUp(items: readonly Inline[]): boolean {
  return items.every((item, index) => item.number === (index === 0 ? 1 : (items[index - 1]?.number ?? 0) + 1));
}

const WRAPPED_LINES = 3;

/** The line joined with the lines after it in its paragraph, up to a few. */
function withWrappedLines(doc: DocumentStructure, index: number): MappedText {
  return joinMappedLines([index, ...linesAfterInParagraph(doc, index, WRAPPED_LINES)].map((line) => (doc.lines[line] as DocLine).text));
}

/**
 * Questions labelled "1.", "a)" or "Q1" in the middle of a line, each opening as a question does (a "Q" label says so
 * itself) and ending at its
 * question mark. Read only as a set whose numbers (or letters) count up from the first, in a document where no
 * question was found any other way, so that a numbered point in running prose is not taken.
 */
export function collectInlineNumberedQuestions(doc: DocumentStructure, taken: (line: number) => boolean): QuestionSource[] {
  const numbered: Inline[] = [];
  const lettered: Inline[] = [];
  const qLabelled: Inline[] = [];
  doc.lines.forEach((line, index) => {
    if (line.empty || doc.kinds[index] === 'toc' || taken(index)) return;
    // A label on this line may have its question on the lines its paragraph wraps onto (a PDF's "…question: 1." /
    // "Do you think …?"), so the line is read with the next few lines of its paragraph after it.
    const joined = withWrappedLines(doc, index);
    const text = joined.text;
    const ownLength = line.text.text.length;
    const matches = [...text.matchAll(INLINE_NUMBERED), ...text.matchAll(INLINE_Q_LABEL)].filter((match) => match.index < ownLength);
    for (const match of matches) {
      const qNumber = match[0].startsWith('Q') ? match[1] : undefined;
      const label = qNumber === undefined ? (match[1] ?? '') : `Q${qNumber}`;
      if (match.index === 0 || MENTION_BEFORE.test(text.slice(Math.max(0, match.index - 20), match.index))) continue;
      const start = match.index + match[0].length;
      let asked = text.indexOf('?', start);
      if (asked === -1 || asked - start > MAX_QUESTION) continue;
      // A question label's own question stops before the next label.
      const nextLabel = qNumber === undefined ? -1 : text.slice(start).search(/\sQ\d{1,2}[.:)]?\s/);
      if (nextLabel !== -1 && start + nextLabel < asked) continue;
      for (let more = FOLLOW_ON_QUESTION.exec(text.slice(asked + 1)); more; more = FOLLOW_ON_QUESTION.exec(text.slice(asked + 1))) {
        // The next numbered question starts its own.
        if (NEXT_LABEL.test(more[0])) break;
        asked += more[0].length;
      }
      const followOn = FOLLOW_ON.exec(text.slice(asked + 1));
      const end = followOn ? asked + 1 + followOn[0].length : asked + 1;
      const source: QuestionSource = {
        line: index,
        match: { label, restStart: start, separator: 'strong' },
        labelText: sliceMapped(joined, match.index, match.index + (qNumber === undefined ? label.length : match[0].trimEnd().length)),
        parts: [sliceMapped(joined, start, end)],
      };
      if (qNumber !== undefined) {
        qLabelled.push({ source, number: Number.parseInt(qNumber, 10), lettered: false });
        continue;
      }
      const isLetter = /[a-z]/.test(label);
      (isLetter ? lettered : numbered).push({ source, number: isLetter ? label.charCodeAt(0) - 96 : Number.parseInt(label, 10), lettered: isLetter });
    }
  });
  const sets = [numbered, lettered, qLabelled].filter((set) => set.length > 0 && countsUp(set));
  return sets.flatMap((set) => set.map((item) => item.source));
}
