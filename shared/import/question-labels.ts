/**
 * Recognises the label a consultation prints in front of a question:
 * "Dates Q1", "Q12a", "Q2.3", "Question 1.2", "Question 3(a)", and, inside a
 * questions annex, plain numbers ("1.", "2)", "1a.").
 */

export interface LabelMatch {
  /** The label exactly as printed, without the separator after it. */
  label: string;
  /** Index in the line where the question text (if any) starts. */
  restStart: number;
  /**
   * What follows the label: "strong" is a colon, dash, full stop, bracket, tab or
   * table bar; "space" is plain white space; "end" means the label stands alone.
   */
  separator: 'strong' | 'space' | 'end';
}

// Words that, in front of "Q1", start a sentence about a question rather than name one.
const PREFIX_STOP = new Set([
  'A', 'Against', 'All', 'Also', 'An', 'And', 'Any', 'As', 'At', 'Before', 'After', 'Between', 'Both', 'By',
  'Each', 'For', 'From', 'In', 'Including', 'Its', 'Of', 'On', 'Our', 'Per', 'Re', 'Regarding', 'See', 'That',
  'The', 'Their', 'This', 'To', 'Under', 'With', 'Your', 'Q',
]);

// "Q1", "CQ1", "Question 2.3", "Q12a", "Q1(a)", "Q1. (a)" (a sub-question keeps its letter in the label).
const LABEL =
  /^(?:([A-Z][A-Za-z0-9&-]{0,24}) )?(C?Q ?|Question |QUESTION )(\d{1,3}(?:\.\d{1,3}){0,2}(?:[a-z]|\.? ?\([a-z0-9]{1,3}\))?)(?![A-Za-z0-9])/;
// "Question One", "Question Twelve": a number written as a word, as some code administrators print it.
const WORD_LABEL =
  /^(Question (?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty))(?![A-Za-z0-9])/;
// "A1 – What is…?", "B2 - Does…?": a letter-and-number label, only taken in front of a question.
const LETTER_LABEL = /^([A-Z]{1,2}\d{1,2}(?:\.\d{1,2})?[a-z]?)(?=[ \t]*[–—:.)-][ \t]+\S)/;
// A number may carry a sub-question's letter ("1a.", "2d."), as a questions annex prints a topic's questions, and may
// close with both marks ("1.)"), as a newspaper's survey prints it.
// A bare number counts only in front of a question put to the reader ("1 What are your views about…?"), as a response
// reprints it; not in front of a numbered heading that asks ("2 What is the issue?").
const NUMBERED =
  /^(\(\d{1,3}[a-z]?\)|\d{1,3}[a-z]?(?:\.\)|[.)])|\d{1,2}(?=[ \t]+(?:What|Do|Does|How|Which|Should|Would|To what extent|Are|Is|Can|Have)\b[^?]{0,300}\byou(?:r|rs)?\b[^?]{0,300}\?))(?=[ \t]+\S)/;
const STRONG_SEPARATOR = /^[ \t]*(?:[:.)\]|–—-]|\t)[ \t]*/;

function separatorAfter(line: string, labelEnd: number): Pick<LabelMatch, 'restStart' | 'separator'> {
  const rest = line.slice(labelEnd);
  if (rest.trim() === '' || /^[ \t]*[:.)–—-]?[ \t]*$/.test(rest)) return { restStart: line.length, separator: 'end' };
  const strong = STRONG_SEPARATOR.exec(rest);
  if (strong) return { restStart: labelEnd + strong[0].length, separator: 'strong' };
  const space = /^\s+/.exec(rest);
  if (space) return { restStart: labelEnd + space[0].length, separator: 'space' };
  return { restStart: labelEnd, separator: 'space' };
}

// The section a question belongs to, printed in front of its label ("Section B1: Q4. What are your views…?").
const SECTION_BEFORE = /^(?:Section|Part|Chapter) [A-Z]?\d{1,2}[a-z]?:[ \t]+(?=(?:C?Q ?|Question )\d)/;

/** A "Q…"/"Question …" label at the start of the line (or after the section it belongs to), or null. */
export function matchQuestionLabel(line: string): LabelMatch | null {
  const section = SECTION_BEFORE.exec(line);
  if (section) {
    const inSection = matchQuestionLabel(line.slice(section[0].length));
    return inSection ? { ...inSection, restStart: inSection.restStart + section[0].length } : null;
  }
  const match = LABEL.exec(line);
  if (!match) {
    const word = WORD_LABEL.exec(line);
    return word?.[1] ? { label: word[1], ...separatorAfter(line, word[1].length) } : matchLetterLabel(line);
  }
  const prefix = match[1];
  if (prefix !== undefined && (PREFIX_STOP.has(prefix) || !/^Q ?$/.test(match[2] ?? ''))) return null;
  const label = match[0].replace(/\s+/g, ' ');
  return { label, ...separatorAfter(line, match[0].length) };
}

function matchLetterLabel(line: string): LabelMatch | null {
  const match = LETTER_LABEL.exec(line);
  if (!match?.[1]) return null;
  const found: LabelMatch = { label: match[1], ...separatorAfter(line, match[1].length) };
  return found.separator === 'strong' && looksLikeQuestion(line.slice(found.restStart)) ? found : null;
}

/** A plain number ("1.", "2)", "(3)") at the start of the line, as questions annexes print them. */
export function matchNumberedLabel(line: string): LabelMatch | null {
  const match = NUMBERED.exec(line);
  if (!match?.[1]) return null;
  const space = /^[ \t]+/.exec(line.slice(match[1].length));
  return { label: match[1], restStart: match[1].length + (space?.[0].length ?? 0), separator: 'strong' };
}

// "1Do you agree…?": a web page that sets the number and the question in separate boxes loses the space between them.
const GLUED_NUMBER = /^(\d{1,2})(?=[A-Z][a-z])/;

/** A number run into the question's first word ("1Do you…"); taken only where numbered questions run in sequence. */
export function matchGluedNumber(line: string): LabelMatch | null {
  const match = GLUED_NUMBER.exec(line);
  return match?.[1] ? { label: match[1], restStart: match[1].length, separator: 'strong' } : null;
}

/**
 * Whether the words after a label read as a question being asked rather than
 * as prose about one ("Question 1 asked whether…", "Q4 2021 will see…").
 */
export function startsQuestionText(match: LabelMatch, line: string): boolean {
  if (match.separator !== 'space') return true;
  const first = line.slice(match.restStart).trimStart()[0] ?? '';
  return /[A-Z“"‘'(]/.test(first);
}

/** The line is a label and nothing else ("#### Dates Q1", "**Question 2**"). */
export function isLabelOnly(line: string): boolean {
  const match = matchQuestionLabel(line);
  return match !== null && match.separator === 'end';
}

const QUESTION_CUE =
  /^(?:do|does|did|would|will|what|which|how|why|when|where|who|whom|whose|should|is|are|can|could|have|has|please|to what extent|if so|in your view|are there|is there)\b/i;

/** Text that asks something: ends in "?" or opens as a question or request would. */
export function looksLikeQuestion(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.endsWith('?') || /\?["”’')\]]?\s/.test(trimmed) || QUESTION_CUE.test(trimmed);
}

/** A stable id from a label: "Dates Q1" → "dates-q1", "1." → "q1". */
export function labelSlug(label: string): string {
  const slug = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  if (slug === '') return 'question';
  return /^\d/.test(slug) ? `q${slug}` : slug;
}

const ANSWER_OPTION_WORDS = new Set([
  'yes', 'no', "don't", 'dont', 'know', 'unsure', 'not', 'sure', 'agree', 'disagree', 'strongly', 'neither', 'nor', 'partly',
  'very', 'good', 'fair', 'poor', 'n/a', 'other', 'satisfied', 'dissatisfied', 'slightly', 'somewhat', 'and', 'or', '/',
]);

// A reply form's tag that marks where the answer goes ("<QS1i>", "</QS1ii>", "<ESMA_QUESTION_GBMR_1>").
const ANSWER_TAG = /^<\/?[A-Z][A-Za-z0-9_]*>?$/;

// A scale the answer is given on ("1 = Not very well informed / 10 = Very well informed", "Response definition:
// 1=not likely 2=somewhat likely 3=very likely"), or a blank to write it in ("______kWh or ______$", "Decrease of ____%").
const SCALE_POINT = /(?:^|[\s:/])\d{1,2}\s?=\s?\p{L}/gu;
const ANSWER_BLANK = /_{3,}/;

function isAnswerScaleOrBlank(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.endsWith('?')) return false;
  if ((trimmed.match(SCALE_POINT) ?? []).length >= 2) return true;
  return ANSWER_BLANK.test(trimmed) && trimmed.replace(/_{3,}/g, ' ').split(/\s+/).filter((word) => /\p{L}/u.test(word)).length <= 6;
}

// A survey's choices as a page's text runs them together, one choice ending where the next capital or number begins
// ("Not at all1 per cent2 per cent…20 per centMore than 20 per cent", "ElectricityMortgageWaterPetrol…", "YesNoDon't know").
// (A number run into its unit, "200MW", "4kW", is not a join.)
const RUN_TOGETHER = /\p{Ll}(?=\p{Lu}|\d)/gu;
const RUNS_TWO_TOGETHER = new RegExp(RUN_TOGETHER.source, 'u');

function isRunTogetherOptions(text: string): boolean {
  const trimmed = text.trim();
  if (/[.?]$/.test(trimmed) || /@|:\/\/|www\./i.test(trimmed)) return false;
  const joins = (trimmed.match(RUN_TOGETHER) ?? []).length;
  const words = trimmed.split(/\s+/).length;
  return joins >= 3 || (joins >= 2 && joins * 4 >= words);
}

/**
 * Which of a question's lines are answer space: each line that is (isAnswerOptions), and two lines that together are
 * choices run together, as a page wraps one such line ("…pay the billsI am barely able…but the cost" / "of living
 * remains a worryI am not under…"), the first of them already running two together. Lines that ask are never joined.
 */
export function answerSpaceLines(texts: readonly string[]): Set<number> {
  const found = new Set<number>();
  texts.forEach((text, index) => {
    if (isAnswerOptions(text)) found.add(index);
  });
  for (let index = 0; index + 1 < texts.length; index += 1) {
    const [first, second] = [texts[index] ?? '', texts[index + 1] ?? ''];
    // The choices begin on the first line: a line of words that only ends where they start is not one of them.
    if (first.includes('?') || second.includes('?') || !RUNS_TWO_TOGETHER.test(first)) continue;
    if (isRunTogetherOptions(`${first.trim()} ${second.trim()}`)) {
      found.add(index);
      found.add(index + 1);
    }
  }
  return found;
}

/**
 * A line of tick-box answers ("Yes No", "Very good Good Fair Poor", "12 years ◘ 18 years ◘ Other ◘"), or a reply form's
 * tag for the answer: the space for an answer, not part of the question.
 */
export function isAnswerOptions(text: string): boolean {
  if (/[◘☐□▢☒✓]/.test(text) || ANSWER_TAG.test(text.trim())) return true;
  if (isAnswerScaleOrBlank(text) || isRunTogetherOptions(text)) return true;
  const words = text.toLowerCase().split(/[\s/]+/).filter(Boolean);
  return words.length > 0 && words.length <= 12 && words.every((word) => ANSWER_OPTION_WORDS.has(word.replace(/[.,;:]$/, '')));
}

// "a) Mostly older properties.", "b) Owner-occupied?": one of a multiple-choice question's lettered answers.
const LETTERED_CHOICE = /^\(?[a-h]\)[ \t]+(\S.*)$/;

/** A short lettered answer under a question, not a sub-question (which opens as a question: "(a) Do you agree…?"). */
export function isLetteredChoice(text: string): boolean {
  const choice = LETTERED_CHOICE.exec(text.trim())?.[1];
  return choice !== undefined && choice.split(/\s+/).length <= 8 && !QUESTION_CUE.test(choice);
}

// "a.)", "b)", "(c)": a letter that counts choices or parts at the start of a line.
const LETTER_ITEM = /^\(?([a-h])(?:\.\)|[.)])[ \t]+\S/;

/** The letter of a line opening with a lettered item ("a.) A good thing…" gives "a"), or null. */
export function letterItemOf(text: string): string | null {
  return LETTER_ITEM.exec(text.trim())?.[1] ?? null;
}
