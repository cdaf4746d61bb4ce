import { markedParts, type MarkedPart } from '../marked-parts';
import type { Question, ResponseDraft } from '../model';
import { REDACTED_TEXT, type LetterVersion } from './letter';
import { partLabel } from './marked-rationale';
import { answerFor } from '../draft-changes/content';

export type PublicationAvailability = { available: true } | { available: false; reason: string };

/**
 * The questions whose answers are confidential. Only a 'parts' response names
 * answers: with 'none' the flags are ignored (readiness warns about them), and
 * with 'whole' everything is confidential, so no answer is singled out.
 */
export function confidentialQuestions(draft: ResponseDraft): Question[] {
  if (draft.confidentiality.scope !== 'parts') return [];
  return draft.consultation.questions.filter((q) => answerFor(draft, q.id)?.confidential === true);
}

/** A part marked in the answers' text, as the letter numbers and labels it. */
export interface LetterPart extends MarkedPart {
  /** 1, 2, …: "Confidential 1" in the full letter, in the order the parts appear. */
  number: number;
}

/**
 * The marked parts the letter treats as confidential: only in a 'parts'
 * response (like the answer flags), and only where the answer is not already
 * confidential as a whole, which covers them.
 */
export function letterParts(draft: ResponseDraft): LetterPart[] {
  if (draft.confidentiality.scope !== 'parts') return [];
  const whole = new Set(confidentialQuestions(draft).map((q) => q.id));
  return markedParts(draft)
    .map((part) => ({ ...part, questions: part.questions.filter((q) => !whole.has(q.id)) }))
    .filter((part) => part.questions.length > 0)
    .map((part, i) => ({ ...part, number: i + 1 }));
}

/**
 * A publication version exists only when it differs from the letter by
 * answers or marked passages the app can remove. With nothing confidential the
 * letter itself can be published; with everything confidential nothing can;
 * parts described only in words cannot be found and removed automatically.
 */
export function publicationAvailability(draft: ResponseDraft): PublicationAvailability {
  const { scope } = draft.confidentiality;
  if (scope === 'whole') {
    return {
      available: false,
      reason: 'There is no publication version because the whole response is confidential.',
    };
  }
  if (scope === 'none') {
    return {
      available: false,
      reason: 'There is no separate publication version because nothing in the response is confidential: the letter itself may be published.',
    };
  }
  if (confidentialQuestions(draft).length === 0 && letterParts(draft).length === 0) {
    return {
      available: false,
      reason:
        'No answer or passage is marked confidential, so a publication version would be the same as the letter. Parts described in words can only be removed by hand.',
    };
  }
  return { available: true };
}

/** "A", "A and B", "A, B and C". */
export function joinWithAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function answersPhrase(questions: readonly Question[]): string {
  const labels = joinWithAnd(questions.map((q) => q.label));
  return `our ${questions.length === 1 ? 'answer' : 'answers'} to ${labels}`;
}

function withoutFinalStop(text: string): string {
  return text.trim().replace(/[.;\s]+$/, '');
}

/** Words that are capitalised only because they open a sentence; anything else (Annex A, Ofgem, MPANs) keeps its capital. */
const SENTENCE_OPENERS = new Set(
  'a an the this that these those our their its it they we there he she any all each every some both either one two three parts part figures figure details information data names name text paragraph paragraphs section sections table tables answer answers passage passages'.split(' '),
);

/**
 * Text the user wrote as a sentence, to run on inside one of ours:
 * "The name and address." becomes "the name and address", so the letter reads
 * "…Dates Q1; and the name and address." with no capital mid-sentence.
 */
export function asClause(text: string): string {
  const clause = withoutFinalStop(text.replace(/\s+/g, ' '));
  const firstWord = /^[A-Z][a-z]*\b/.exec(clause)?.[0] ?? '';
  return SENTENCE_OPENERS.has(firstWord.toLowerCase()) ? `${firstWord.toLowerCase()}${clause.slice(firstWord.length)}` : clause;
}

function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p !== '');
}

const SHARED_WITH: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: 'BEIS', pattern: /\bBEIS\b|Department for Business, Energy and Industrial Strategy/ },
  { name: 'DESNZ', pattern: /\bDESNZ\b|Department for Energy Security and Net Zero/ },
  { name: 'the Authority', pattern: /\bthe Authority\b|Gas and Electricity Markets Authority/ },
  { name: 'Ofgem', pattern: /\bOfgem\b/ },
];

/** The bodies the consultation's own notice says a response may be passed to, in the notice's words. */
export function bodiesSharedWith(publicationNotice: string): string[] {
  return SHARED_WITH.filter(({ pattern }) => pattern.test(publicationNotice)).map(({ name }) => name);
}

function sharingSentence(draft: ResponseDraft): string[] {
  const bodies = bodiesSharedWith(draft.consultation.publicationNotice);
  if (bodies.length === 0) return [];
  return [
    `We understand that, as the consultation explains, the response in its entirety, including any confidential parts, may still be made available to ${joinWithAnd(bodies)}.`,
  ];
}

function reasonsParagraphs(reasons: string): string[] {
  const paragraphs = paragraphsOf(reasons);
  if (paragraphs.length === 0) return [];
  const [first, ...rest] = paragraphs as [string, ...string[]];
  return [`Our reasons: ${first}`, ...rest];
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

function countOf(n: number, singular: string, plural: string): string {
  return `${NUMBER_WORDS[n] ?? String(n)} ${n === 1 ? singular : plural}`;
}

function questionsIn(parts: readonly LetterPart[]): Question[] {
  return [...new Set(parts.flatMap((p) => p.questions))];
}

/** "In our answer to Dates Q1, the passage marked “Confidential 1” is confidential, because it names our supplier." */
function partSentence(part: LetterPart): string {
  const where = `In ${answersPhrase(part.questions)}`;
  const reason = asClause(part.reason.trim().replace(/^because\s+/i, ''));
  return `${where}, the passage marked “${partLabel(part.number)}” is confidential${reason ? `, because ${reason}` : ''}.`;
}

/** Says what was removed, never what it said or why: the reasons and the other parts' wording stay out of the published version. */
function publicationStatement(draft: ResponseDraft): string[] {
  const questions = confidentialQuestions(draft);
  const parts = letterParts(draft);
  const removed = [
    ...(questions.length > 0 ? [answersPhrase(questions)] : []),
    ...(parts.length > 0 ? [`${countOf(parts.length, 'passage', 'passages')} in ${answersPhrase(questionsIn(parts))}`] : []),
  ];
  const phrase = joinWithAnd(removed);
  const singular = removed.length === 1 && ((questions.length === 1 && parts.length === 0) || (questions.length === 0 && parts.length === 1));
  return [
    `This is the version of our response for publication. ${phrase.charAt(0).toUpperCase()}${phrase.slice(1)} ${singular ? 'is confidential and has' : 'are confidential and have'} been removed${parts.length > 0 ? `, each shown as “${REDACTED_TEXT}”` : ''}.`,
  ];
}

/**
 * The confidentiality request in plain words. The letter and the email body
 * both use it, because the DCC only treats a request written in the response
 * itself as a request.
 */
export function confidentialityStatement(draft: ResponseDraft, version: LetterVersion): string[] {
  const { scope, otherParts, reasons } = draft.confidentiality;
  const questions = confidentialQuestions(draft);
  const parts = letterParts(draft);

  if (version === 'publication' && publicationAvailability(draft).available) return publicationStatement(draft);
  if (scope === 'none') {
    return ['Nothing in this response is confidential. It may be published in full.'];
  }
  if (scope === 'whole') {
    return [
      'We ask that the whole of this response be treated as confidential and not published.',
      ...reasonsParagraphs(reasons),
      ...sharingSentence(draft),
    ];
  }
  const named = [
    ...(questions.length > 0 ? [answersPhrase(questions)] : []),
    ...(otherParts.trim() !== '' ? [asClause(otherParts)] : []),
  ];
  const requests = [
    ...(named.length > 0 ? [`We ask that the following parts of this response be treated as confidential and not published: ${named.join('; and ')}.`] : []),
    ...(parts.length > 0
      ? [
          `We ${named.length > 0 ? 'also ' : ''}ask that the ${parts.length === 1 ? 'passage' : 'passages'} marked confidential in our answers be treated as confidential and not published.`,
          ...parts.map(partSentence),
        ]
      : []),
  ];
  if (requests.length === 0) requests.push('We have not yet said which parts of this response are confidential.');
  return [...requests, ...reasonsParagraphs(reasons), 'The rest of the response may be published.', ...sharingSentence(draft)];
}
