import type { DocumentStructure } from './document-structure';
import type { QuestionSource } from './find-questions';
import { sliceMapped, spanOf } from './mapped-text';
import { looksLikeQuestion } from './question-labels';
import { MENTION_BEFORE } from './run-on-questions';

const NUMBER_WORDS = ['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve', 'Thirteen', 'Fourteen', 'Fifteen', 'Sixteen', 'Seventeen', 'Eighteen', 'Nineteen', 'Twenty'];
const MAX_NUMBER = 50;
const MAX_TEXT = 300;

interface Family {
  /** How the family prints the label of question n. */
  print: (n: number) => string | null;
  /** Each found member's number and the source position of its label. */
  found: Map<number, number>;
}

/** "Q2", "CQ2", "Question 2", "Question Two": a label that numbers questions one by one, as a family and a number. */
function familyOf(label: string): { key: string; number: number; print: Family['print'] } | null {
  const digits = /^(C?Q ?|Question )(\d{1,2})$/.exec(label);
  if (digits?.[1] && digits[2]) {
    const prefix = digits[1];
    return { key: prefix, number: Number(digits[2]), print: (n) => `${prefix}${n}` };
  }
  const word = /^Question ([A-Z][a-z]+)$/.exec(label);
  const number = word?.[1] ? NUMBER_WORDS.indexOf(word[1]) + 1 : 0;
  return number > 0 ? { key: 'Question (word)', number, print: (n) => (NUMBER_WORDS[n - 1] ? `Question ${NUMBER_WORDS[n - 1]}` : null) } : null;
}

/**
 * The questions a numbered sequence says must be there but the line-by-line reading missed: when
 * "Question Two" and "Question Three" were found, "Question One" is looked for inside lines too
 * ("Party Response Working Group Comments Question One Do you support this change?"), in its place
 * in the order, where it is not mentioned ("see Question One") and opens a question that ends in "?".
 */
export function collectSequenceGaps(doc: DocumentStructure, labelled: readonly { label: string; at: number }[], taken: (line: number) => boolean): QuestionSource[] {
  const families = new Map<string, Family>();
  for (const { label, at } of labelled) {
    const member = familyOf(label);
    if (!member || member.number > MAX_NUMBER) continue;
    const family = families.get(member.key) ?? { print: member.print, found: new Map<number, number>() };
    if (!family.found.has(member.number)) family.found.set(member.number, at);
    families.set(member.key, family);
  }
  const found: QuestionSource[] = [];
  for (const family of families.values()) {
    const numbers = [...family.found.keys()].sort((a, b) => a - b);
    const highest = numbers[numbers.length - 1] ?? 0;
    for (let n = 1; n < highest; n += 1) {
      const label = family.print(n);
      if (family.found.has(n) || label === null) continue;
      // In its place: after the member before it and before the member after it.
      const after = Math.max(-1, ...numbers.filter((m) => m < n).map((m) => family.found.get(m) ?? -1));
      const before = Math.min(...numbers.filter((m) => m > n).map((m) => family.found.get(m) ?? Infinity));
      const source = missingMember(doc, label, after, before, taken);
      if (source) found.push(source);
    }
  }
  return found;
}

function missingMember(doc: DocumentStructure, label: string, after: number, before: number, taken: (line: number) => boolean): QuestionSource | null {
  const pattern = new RegExp(`(?<=\\s)${label}[.:]?\\s+(?=[A-Z“"])`, 'g');
  for (const line of doc.lines) {
    if (line.empty || doc.kinds[line.index] === 'toc' || taken(line.index)) continue;
    const text = line.text.text;
    for (const match of text.matchAll(pattern)) {
      const at = spanOf(line.text, match.index, match.index + 1).start;
      if (at <= after || at >= before || MENTION_BEFORE.test(text.slice(Math.max(0, match.index - 20), match.index))) continue;
      const start = match.index + match[0].length;
      const asked = text.indexOf('?', start);
      if (asked === -1 || asked - start > MAX_TEXT || !looksLikeQuestion(text.slice(start, asked + 1))) continue;
      return {
        line: line.index,
        match: { label, restStart: start, separator: 'strong' },
        labelText: sliceMapped(line.text, match.index, match.index + label.length),
        parts: [sliceMapped(line.text, start, asked + 1)],
      };
    }
  }
  return null;
}
