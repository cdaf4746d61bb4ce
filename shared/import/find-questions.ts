import { type Question, inferQuestionKind } from '../model';
import type { DocLine } from './document-lines';
import { type DocumentStructure, endsSentence, linesAfterInParagraph } from './document-structure';
import type { Confidence, Finding } from './import-result';
import { type MappedText, collapseWhitespace, joinMappedLines, sliceMapped, spanOf } from './mapped-text';
import {
  type LabelMatch,
  answerSpaceLines,
  isAnswerOptions,
  isLetteredChoice,
  letterItemOf,
  labelSlug,
  looksLikeQuestion,
  matchGluedNumber,
  matchNumberedLabel,
  matchQuestionLabel,
  startsQuestionText,
} from './question-labels';
import { QUESTIONS_HEADING, type SectionRegion, headingText, inRegions, sectionRegions } from './sections';
import { collectInlineNumberedQuestions } from './inline-numbered-questions';
import { collectInvitingBullets, collectListQuestions } from './list-questions';
import { collectRunOnQuestions } from './run-on-questions';
import { collectSequenceGaps } from './sequence-gaps';
import { answeredBelow, collectUnlabelledQuestions } from './unlabelled-questions';
import { asksAboutRespondent, callsItselfResponseForm } from './respondent-details';
import { collectTableQuestion, collectUnnumberedTableRow, inQuestionTable } from './table-questions';

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
  /** The document printed no label; the label was made up ("Item 2"). */
  unlabelled?: boolean;
}

const MAX_QUESTIONS = 500;
const MAX_TEXT = 20_000;
const LIST_ITEM = /^(?:\(?[a-z]{1,2}[.)]|\(?[ivx]{1,4}[.)]|[-•])\s/;
// A paragraph that follows a question up: "If so, …", "Please explain …", and one that gives examples of what is asked
// ("For example, should the Act specify:") when it asks too or leads into a list (prose after a question in a chapter
// may open "For example" or "In particular" without asking).
const FOLLOW_ON = /^(?:if (?:so|not|yes|no)\b|please (?:explain|give|provide|describe|state|set out|tell us|specify|indicate|outline|identify|suggest|include)\b)/i;
const EXAMPLES_ASKED = /^(?:(?:for (?:example|instance)|in particular)\b|e\.g\.)(?=[^]*(?:\?|:\s*$))/i;
// Sub-headings that say nothing about the subject; the heading above them does.
const GENERIC_QUESTIONS_HEADING =
  /^(?:(?:consultation )?questions?:?|questions for (?:consultation|respondents)|questions in this (?:chapter|section)|(?:section|chapter) summary|summary|overview|question (?:title|text))$/i;
// Survey tools print the same label above every question ("Question Title", "Question"): it marks the
// question below it, not a new section.
const QUESTION_MARKER = /^(?:question(?: title| text)?|q)\s*:?$/i;

function labelAt(doc: DocumentStructure, line: number, questionRegions: readonly SectionRegion[], askingRuns: ReadonlySet<number>): LabelMatch | null {
  const text = doc.lines[line]?.text.text ?? '';
  const labelled = matchQuestionLabel(text);
  if (labelled) return labelled;
  if (doc.kinds[line] === 'heading') return null;
  const numbered = matchNumberedLabel(text);
  if (!numbered) return askingRuns.has(line) ? matchGluedNumber(text) : null;
  return inRegions(questionRegions, line) || askingRuns.has(line) ? numbered : null;
}

/**
 * Outside a questions section, numbered lines are questions only as a set: a run of numbered
 * items (up to the next heading) where more than half ask ("1. Do you…?"). A run of numbered
 * paragraphs that mostly state things is prose, even if one of them asks. A number run into the
 * question ("1Do you…?") counts only when it asks and the run counts up one by one.
 */
const FAQ_WORDS = /\b(?:FAQs?|frequently asked questions)\b/i;

/**
 * The lines below a numbered item, up to the next numbered line or heading, are its lettered choices ("a.) A good thing
 * because…" / "b.) …" / "c.) …"): two or more, counting up from "a", each line of them opening with its letter or going
 * on from the one above. A stem they follow ("1.) As far as you are concerned, bus services … are:") is a
 * multiple-choice question; the choices are answers, not more of it.
 */
const OPENS_AS_SUB_QUESTION = /^(?:do|does|did|would|will|what|which|how|why|when|where|who|should|is|are|can|could|have|has|to what extent)\b/i;

function choicesFollow(doc: DocumentStructure, line: number): boolean {
  const letters: string[] = [];
  let asking = 0;
  let previousBlock = -1;
  for (let index = line + 1; index < doc.lines.length; index += 1) {
    const next = doc.lines[index];
    if (!next || next.empty) continue;
    const text = next.text.text;
    if (doc.kinds[index] === 'heading' || matchNumberedLabel(text) !== null || matchQuestionLabel(text) !== null) break;
    const letter = letterItemOf(text);
    const block = doc.blockOfLine[index] ?? -1;
    if (letter !== null) {
      letters.push(letter);
      if (OPENS_AS_SUB_QUESTION.test(text.trim().replace(/^\(?[a-h](?:\.\)|[.)])\s*/, ''))) asking += 1;
    }
    else if (block !== previousBlock || letters.length === 0) return false;
    previousBlock = block;
  }
  // (Lettered parts that mostly open as questions, "(a) Do you agree with the proposed scope?", are sub-questions.)
  return letters.length >= 2 && asking * 2 < letters.length && letters.every((letter, position) => letter.charCodeAt(0) === 97 + position);
}

function numberedQuestionRuns(doc: DocumentStructure): Set<number> {
  const accepted = new Set<number>();
  let run: { line: number; asks: boolean; firstPerson: boolean; number: number; glued: boolean; stem: string }[] = [];
  const callsItselfFaq = doc.blocks.slice(0, 10).some((block) => FAQ_WORDS.test(block.text.text));
  let marked = false;
  const close = (): void => {
    const asking = run.filter((item) => item.asks);
    const countsUp = run.every((item, index) => index === 0 || item.number === (run[index - 1]?.number ?? 0) + 1);
    // Newest first ("34. How do I…?", "33. …") or asked by the reader ("How can I…?"): a page of frequently asked questions.
    const countsDown = run.length > 1 && run.every((item, index) => index === 0 || item.number < (run[index - 1]?.number ?? 0));
    const readerAsks = asking.filter((item) => item.firstPerson).length * 2 > asking.length;
    // On a page that calls itself frequently asked questions, each question answered by a paragraph of prose below it
    // ("1. … is it acceptable to …?" / "Yes. Suppliers are reminded …") is already answered, not asked of the reader.
    const answered = callsItselfFaq && asking.length > 1 && asking.filter((item) => answeredBelow(doc, item.line)).length * 2 > asking.length;
    if (asking.length * 2 > run.length && !countsDown && !readerAsks && !answered) {
      asking.filter((item) => !item.glued || countsUp).forEach((item) => accepted.add(item.line));
      // In a survey numbered one by one, an item between two that ask is one of its questions too when it is worded as
      // an item to answer: a request ("2. Indicate if you agree or disagree with the following statement: …") or a stem
      // its choices follow ("8. Over the past year has value at the supermarket:").
      if (countsUp)
        run.forEach((item, index) => {
          if (item.asks || item.glued || !run[index - 1]?.asks || !run[index + 1]?.asks) return;
          if (/:\s*$/.test(item.stem) || ANSWER_REQUEST.test(item.stem)) accepted.add(item.line);
        });
    }
    run = [];
  };
  doc.lines.forEach((line, index) => {
    const kind = doc.kinds[index];
    const text = line.text.text;
    if (kind === 'heading') {
      if (QUESTION_MARKER.test(text.trim())) {
        marked = true;
        return;
      }
      close();
    }
    if (kind !== 'text') return;
    const numbered = matchNumberedLabel(text);
    const glued = numbered ? null : matchGluedNumber(text);
    const label = numbered ?? glued;
    if (!label || (glued && !text.includes('?'))) {
      if (!line.empty) marked = false;
      return;
    }
    // The item's whole paragraph says whether it asks ("2. In your workplace (please describe),\ndo you consider…?").
    const block = doc.blocks[doc.blockOfLine[index] ?? -1];
    const paragraph = block && block.lines[0] === index ? block.text.text : itemWithinBlock(doc, index);
    const asked = paragraph.slice(label.restStart);
    run.push({
      line: index,
      asks: marked || asksOnLine(asked) || (/:\s*$/.test(asked.trim()) && choicesFollow(doc, index)) || tickBoxesFollow(doc, index),
      firstPerson: askedByReader(asked),
      number: Number.parseInt(label.label.replace(/\D/g, ''), 10),
      glued: glued !== null,
      stem: text.slice(label.restStart).trim(),
    });
    marked = false;
  });
  close();
  return accepted;
}

/**
 * A numbered item that a paragraph runs on into ("9. …?" / "Please explain…" / "10. Chapter 3 … the Airspace Change" /
 * "Masterplan. Are there …?"): its own line and the lines after it up to the next numbered one, as a PDF wraps it.
 */
function itemWithinBlock(doc: DocumentStructure, first: number): string {
  const parts = [doc.lines[first]?.text.text ?? ''];
  for (const index of linesAfterInParagraph(doc, first)) {
    const text = doc.lines[index]?.text.text ?? '';
    if (matchNumberedLabel(text) !== null || matchGluedNumber(text) !== null) break;
    parts.push(text);
  }
  return parts.join(' ');
}

// A question the reader asks ("How do I appoint an Alternate…?"), as frequently asked questions are worded; one put to
// the reader says "you".
function askedByReader(text: string): boolean {
  const question = text.slice(0, text.indexOf('?') + 1);
  return /^(?:how|what|when|where|who|which|why|can|could|do|does|should|will|am)\b/i.test(question) && /\b(?:I|me|my)\b/.test(question) && !/\byou(?:r|rs)?\b/i.test(question);
}

/** The words ask a question: a question mark, a question's opening words ("Do you", "What") or a request for an answer. */
// A survey item worded as an instruction to the respondent rather than a question.
const ANSWER_REQUEST = /^(?:please )?(?:indicate|rate|rank|select|choose|tick|estimate|circle|name|list)\b/i;

function asksOnLine(text: string): boolean {
  return (
    text.includes('?') ||
    /^(?:do|does|would|will|what|which|how|why|should|is|are|can|could|have|has|to what extent|in your view)\b/i.test(text.trim()) ||
    /^please (?:state|provide|give|describe|explain|tell us|list|specify|indicate|outline|set out|identify|comment|estimate)\b/i.test(text.trim()) ||
    // A question asked within a sentence that does not end in a question mark ("In the next eight years how likely are you
    // to:", "Given what you know …, by what percentage do you think … will change in the next eight years.").
    /\b(?:how|what|which|where|when|why|who)\b[^.?!:]{0,40}?\b(?:do|does|are|would|will|have|can|could|should)\s+you\b/i.test(text)
  );
}

// After a finished sentence, a short line with no full stop is a sub-heading, a tick-box line or the
// respondent's answer ("No comment", "Scope of Regulation", "Yes No"), not more of the question.
function endsQuestionText(previous: string, next: string): boolean {
  // (Only what has a letter or digit is a word: "« Previous | Contents | Next »" is three.)
  const words = next.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  return (
    (/[.?!]["”’')\]]*$/.test(previous.trim()) && words <= 6 && next.length <= 50 && !/[.?!:;,]$/.test(next.trim()) && !/^[a-z(]/.test(next)) ||
    (/\?["”’')\]]*$/.test(previous.trim()) && ANSWER_OPENING.test(next.trim())) ||
    // After the question has asked, a numbered item of what it asks about starts ("…help deliver it?" / "Objective 1.
    // Maximise the contribution of bus services…"): the items are its parts, not more of its words.
    (/\?["”’')\]]*$/.test(previous.trim()) && /^[A-Z][a-z]+ \d{1,2}[.:)]\s/.test(next.trim()))
  );
}

// The speaker a transcript names after the question's number ("Chair:", "Mr Hurd:", "Baroness Bowles:"), and the member
// and Minister an order paper names ("1. TĀKUTA FERRIS (Te Pāti Māori —Te Tai Tonga) to the Minister for Māori Development:").
const SPEAKER =
  /^(?:(?:the )?chair(?:man|woman)?|(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady|baroness|professor)\.? [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}|[^:()\n]{2,60}\([^()\n]{2,80}\) to the (?:prime )?minister\b[^:\n]{0,80})\s*:\s/i;

// A response that reprints each question answers it on the next line ("Disagree. Wales should…", "Yes, we agree…").
const ANSWER_OPENING =
  /^(?:(?:yes|no|agree|disagree|partially agree|strongly (?:dis)?agree|neither agree nor disagree)\b[.,:;–-]?|(?:we|I) (?:strongly )?(?:agree|disagree|support|do not (?:agree|support))\b|(?:response|answer):)\s*\S+(?:\s+\S+){2,}/i;

/**
 * A line's text with the lines a PDF wrapped it onto: the lines after it in its paragraph until one ends a sentence or
 * opens with a label ("10. Chapter 3 … the Airspace Change" / "Masterplan. Are there …?").
 */
function wrappedOn(doc: DocumentStructure, line: number, text: string): string {
  let joined = text;
  for (const index of linesAfterInParagraph(doc, line, 4)) {
    if (endsSentence(joined)) break;
    const next = doc.lines[index]?.text.text ?? '';
    if (matchQuestionLabel(next) !== null || matchNumberedLabel(next) !== null) break;
    joined = `${joined} ${next}`;
  }
  return joined;
}

// A lead-in that says the list below names a document's parts ("It is in three sections:", "The report has the following
// chapters:").
const PARTS_LEAD_IN = /\b(?:sections?|parts?|chapters?|annex(?:es)?|appendices)\b[^:]{0,40}:\s*$/i;

/**
 * The numbered line is an item of a list whose lead-in says it names the document's parts ("It is in three sections:" /
 * "1. Example questions about household energy …" / "2. Example of an end of project survey question set …"): a
 * section's name, not a question, even under a heading that says "questions".
 */
function namesAPart(doc: DocumentStructure, line: number): boolean {
  for (let index = line - 1; index >= 0 && index >= line - 20; index -= 1) {
    const above = doc.lines[index];
    if (!above || above.empty) continue;
    if (matchNumberedLabel(above.text.text) !== null) continue;
    return PARTS_LEAD_IN.test(above.text.text);
  }
  return false;
}

const TICK_BOX = /^\s*(?:\[\s?\]|[◘☐□▢☒○◯])\s*\S/;

/**
 * The lines below a numbered item, up to the next numbered line or heading, include two or more tick boxes ("[] 1
 * Constant fuel (coke, coal, patent fuel, wood)", "[] 2 Gas"): a form asks the reader to tick an answer to it, even
 * where the item is worded as the thing to answer ("11. The type of fuel or energy used for heating the dwelling").
 */
function tickBoxesFollow(doc: DocumentStructure, line: number): boolean {
  let boxes = 0;
  for (let index = line + 1; index < doc.lines.length && index <= line + 30; index += 1) {
    const next = doc.lines[index];
    if (!next || next.empty) continue;
    const text = next.text.text;
    if (doc.kinds[index] === 'heading' || matchNumberedLabel(text) !== null || matchQuestionLabel(text) !== null) break;
    if (TICK_BOX.test(text)) boxes += 1;
    else if (boxes > 0) break;
  }
  return boxes >= 2;
}

/** Label and text of a question in running text (not a table), or null when the label is only mentioned. */
function collectTextQuestion(
  doc: DocumentStructure,
  line: number,
  questionRegions: readonly SectionRegion[],
  askingRuns: ReadonlySet<number>,
): QuestionSource | null {
  const docLine = doc.lines[line];
  const match = labelAt(doc, line, questionRegions, askingRuns);
  if (!docLine || !match) return null;
  if (matchNumberedLabel(docLine.text.text) !== null && namesAPart(doc, line)) return null;
  const text = docLine.text.text;
  const blockIndex = doc.blockOfLine[line] ?? -1;
  const block = doc.blocks[blockIndex];
  if (!block) return null;
  const position = block.lines.indexOf(line);
  const previous = doc.lines[block.lines[position - 1] ?? -1];
  const rest = text.slice(match.restStart);
  // "…as we said in\nQuestion 2: the proposal…" is prose that happens to wrap before a label; a table
  // row after its header line ("Question\nQuestion 1 Do you…") is not.
  const nextText = doc.lines[block.lines[position + 1] ?? -1]?.text.text ?? '';
  // A label alone on its line with the question below it stands on its own, even under a sub-heading
  // without a full stop (PDF text often has no blank lines).
  // So does a form's numbered item its tick boxes follow.
  const standsAlone = (match.separator === 'end' && looksLikeQuestion(nextText)) || (askingRuns.has(line) && tickBoxesFollow(doc, line));
  // (A line of choices above it is the answer to the question before, not a sentence that wraps onto this one.)
  if (previous && !endsSentence(previous.text.text) && !isAnswerOptions(previous.text.text) && !looksLikeQuestion(wrappedOn(doc, line, rest)) && !standsAlone) return null;
  if (!startsQuestionText(match, text)) return null;
  // "Q1 Chair: Welcome…", "Q200 Mr Hurd: I want to ask…": an evidence session's transcript numbers what its members ask.
  if (SPEAKER.test(rest)) return null;
  // "2. Why Change?" heads a section; a numbered question says more than three words.
  // (A numbered heading is a word or three; a survey's last question may be as short, "10. Any other comments?", written
  // as a sentence is, where a heading capitalises its words: "2. Why Change?".)
  const shortQuestion = askingRuns.has(line) && matchNumberedLabel(text) !== null && /\?\s*$/.test(rest) && !/\s\p{Lu}/u.test(rest.trim());
  if (/^\(?\d/.test(match.label) && rest.split(/\s+/).filter(Boolean).length <= 3 && !shortQuestion) return null;
  if (/^[a-z]/.test(rest) && !looksLikeQuestion(rest)) return null;
  if (doc.kinds[line] === 'heading' && match.separator !== 'end' && !looksLikeQuestion(rest)) return null;

  const parts: MappedText[] = [];
  const startsAnother = (index: number): boolean => {
    const other = labelAt(doc, index, questionRegions, askingRuns);
    return other !== null && (other.separator !== 'space' || startsQuestionText(other, doc.lines[index]?.text.text ?? ''));
  };
  if (match.separator !== 'end') parts.push(sliceMapped(docLine.text, match.restStart, text.length));
  let lastBlock = blockIndex;
  const following = block.lines.slice(position + 1);
  let stop = following.findIndex(startsAnother);
  const taken = stop === -1 ? following : following.slice(0, stop);
  let last = parts[parts.length - 1]?.text ?? '';
  const answerSpace = answerSpaceLines(taken.map((index) => (doc.lines[index] as DocLine).text.text));
  for (const [offset, index] of taken.entries()) {
    const text = (doc.lines[index] as DocLine).text;
    if (answerSpace.has(offset)) continue;
    if (parts.length > 0 && endsQuestionText(last, text.text)) {
      stop = offset;
      break;
    }
    parts.push(text);
    last = text.text;
  }
  if (parts.length === 0) {
    const next = doc.blocks[blockIndex + 1];
    if (!next || next.kind === 'heading' || next.kind === 'toc' || startsAnother(next.lines[0] ?? -1)) return null;
    parts.push(next.text);
    lastBlock = blockIndex + 1;
  }
  // Paragraphs that follow the question up belong to it ("For example, should the Act specify:" / "If so, what…?" / "If not,
  // please suggest…"): they make sense only as more of the question above, and an answer below does not open so.
  // (A follow-up that ends in a colon takes its list: "(a) the scope … (d) any other functions?".)
  let followedUp = false;
  while (stop === -1) {
    const next = doc.blocks[lastBlock + 1];
    if (!next || next.kind === 'heading' || next.kind === 'toc' || next.kind === 'table' || startsAnother(next.lines[0] ?? -1)) break;
    const text = next.text.text.trim();
    const listed = followedUp && /:\s*$/.test(parts[parts.length - 1]?.text ?? '') && (next.kind === 'bullet' || LIST_ITEM.test(text)) && !isLetteredChoice(text);
    if (!FOLLOW_ON.test(text) && !EXAMPLES_ASKED.test(text) && !listed) break;
    parts.push(next.text);
    lastBlock += 1;
    followedUp = true;
  }
  // A multiple-choice stem is the whole question: its lettered choices below are answers.
  if (stop === -1 && /:\s*$/.test(parts[parts.length - 1]?.text ?? '') && choicesFollow(doc, line)) {
    return { line, match, labelText: sliceMapped(docLine.text, 0, match.label.length), parts };
  }
  // A survey item that has not asked yet ("3. The options proposed… are:") asks in the lines below it, up to the next question.
  if (stop === -1 && /:\s*$/.test(parts[parts.length - 1]?.text ?? '') && !parts.some((part) => part.text.includes('?'))) {
    const asking = askingLinesAfter(doc, lastBlock, startsAnother);
    if (asking.length > 0) {
      parts.push(...asking);
      return { line, match, labelText: sliceMapped(docLine.text, 0, match.label.length), parts };
    }
  }
  // A lead-in ending in a colon takes the list that follows it.
  if (stop === -1 && /:\s*$/.test(parts[parts.length - 1]?.text ?? '')) {
    for (let index = lastBlock + 1; index < doc.blocks.length; index += 1) {
      const item = doc.blocks[index];
      // (An answer space between the items, such as a reply form's tags, leaves the list going on.)
      if (item?.lines.every((line) => isAnswerOptions(doc.lines[line]?.text.text ?? ''))) continue;
      if (!item || (item.kind !== 'bullet' && !(item.kind === 'text' && LIST_ITEM.test(item.text.text)))) break;
      if (startsAnother(item.lines[0] ?? -1) || isLetteredChoice(item.text.text)) break;
      parts.push(item.text);
    }
  }
  return { line, match, labelText: sliceMapped(docLine.text, 0, match.label.length), parts };
}

const MAX_LEAD_IN_BLOCKS = 6;

/**
 * The lines of the blocks after a lead-in, up to the next heading or question, when they end by asking
 * (option lines, then "Are the tariff ranges… appropriate?"); none when they do not ask.
 */
function askingLinesAfter(doc: DocumentStructure, leadInBlock: number, startsAnother: (line: number) => boolean): MappedText[] {
  const lines: MappedText[] = [];
  for (let index = leadInBlock + 1; index < doc.blocks.length && index <= leadInBlock + MAX_LEAD_IN_BLOCKS; index += 1) {
    const block = doc.blocks[index];
    if (!block || block.kind === 'heading' || block.kind === 'toc' || startsAnother(block.lines[0] ?? -1)) break;
    for (const line of block.lines) {
      const text = (doc.lines[line] as DocLine).text;
      if (!isAnswerOptions(text.text) && !isLetteredChoice(text.text)) lines.push(text);
    }
  }
  const lastAsking = lines.map((text) => text.text.trim().endsWith('?')).lastIndexOf(true);
  return lines.slice(0, lastAsking + 1);
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
  // A survey's "Question Title" above each question names no section at all.
  return heading === -1 || QUESTION_MARKER.test(headingText(doc, heading)) ? '' : headingText(doc, heading).slice(0, 500);
}

function confidenceOf(source: QuestionSource, text: string): Confidence {
  // A question the document printed no label for is a reading the user should check.
  if (source.unlabelled || text.length > 3000) return 'low';
  const asks = looksLikeQuestion(text);
  if (/^\(?\d/.test(source.match.label)) return asks ? 'medium' : 'low';
  return asks ? 'high' : 'medium';
}

interface Candidate {
  source: QuestionSource;
  text: string;
  span: { start: number; end: number };
}

function candidateOf(source: QuestionSource): Candidate | null {
  if (source.parts.length === 0) return null;
  const text = collapseWhitespace(joinMappedLines(source.parts).text).slice(0, MAX_TEXT);
  if (text === '') return null;
  const lastPart = source.parts[source.parts.length - 1] as MappedText;
  const start = spanOf(source.labelText, 0, source.labelText.text.length).start;
  const end = spanOf(lastPart, 0, lastPart.text.length).end;
  return { source, text, span: { start, end: Math.max(start, end) } };
}

/** Questions with printed labels: "Q1 …", "Question 2.3: …", "A1 – …?", numbered lines that ask, table rows. */
// "a)", "(b)", "c.)" opening a line, the question run into it or after a space ("a)What progress has been made…?").
const SUB_QUESTION = /^([ \t]*)(\(?[a-h](?:\.\)|\)))[ \t]*(?=\S)/;

/**
 * A label over a topic rather than a question ("Q12. Operating expenditure costs") whose questions are its lettered
 * parts below it ("a)What progress…?", an answer, "b)What role…?", …), counting up from "a" up to the next label or
 * heading: each part is a question with its letter as printed, and the topic line is not one.
 */
function letteredSubQuestions(doc: DocumentStructure, line: number): QuestionSource[] {
  const text = doc.lines[line]?.text.text ?? '';
  const match = matchQuestionLabel(text);
  const topic = match ? text.slice(match.restStart).trim() : '';
  if (!match || topic === '' || topic.includes('?') || looksLikeQuestion(topic) || /[.:;]$/.test(topic) || topic.split(/\s+/).length > 8) return [];
  const found: QuestionSource[] = [];
  for (let index = line + 1; index < doc.lines.length; index += 1) {
    const next = doc.lines[index];
    if (!next || next.empty) continue;
    const words = next.text.text;
    if (doc.kinds[index] === 'heading' || matchQuestionLabel(words) !== null) break;
    const sub = SUB_QUESTION.exec(words);
    const letter = sub?.[2]?.replace(/[^a-h]/g, '') ?? '';
    if (!sub || letter.charCodeAt(0) !== 97 + found.length) {
      if (found.length === 0) return [];
      continue;
    }
    const start = sub[0].length;
    const rest = words.slice(start);
    if (!rest.includes('?') && !looksLikeQuestion(rest)) return found;
    const wrapped = wrappedSubQuestion(doc, index, sliceMapped(next.text, start, words.length));
    const asked = wrapped.text.lastIndexOf('?');
    const labelStart = sub[1]?.length ?? 0;
    found.push({
      line: index,
      match: { label: sub[2] ?? letter, restStart: start, separator: 'strong' },
      labelText: sliceMapped(next.text, labelStart, labelStart + (sub[2]?.length ?? 0)),
      parts: [asked === -1 ? wrapped : sliceMapped(wrapped, 0, asked + 1)],
    });
  }
  return found;
}

const MAX_SUB_QUESTION_LINES = 4;

/**
 * A lettered part's words with the lines a page wrapped them onto: while its text has not ended on a question mark, the
 * next lines of its paragraph go with it ("a)What progress … costs? To what degree" / "is there scope … costs?"), up to
 * a line that opens another part or label.
 */
function wrappedSubQuestion(doc: DocumentStructure, line: number, first: MappedText): MappedText {
  const parts = [first];
  for (let index = line + 1; index < doc.lines.length && parts.length < MAX_SUB_QUESTION_LINES; index += 1) {
    const last = parts[parts.length - 1]?.text.trim() ?? '';
    if (/\?["”’')\]]*$/.test(last)) break;
    const next = doc.lines[index];
    if (!next || next.empty || doc.kinds[index] !== 'text' || SUB_QUESTION.test(next.text.text) || matchQuestionLabel(next.text.text) !== null) break;
    parts.push(next.text);
  }
  return parts.length === 1 ? first : joinMappedLines(parts);
}

function labelledCandidates(doc: DocumentStructure): Candidate[] {
  const questionRegions = sectionRegions(doc, QUESTIONS_HEADING).filter((region) => doc.kinds[region.heading] !== 'toc');
  const askingRuns = numberedQuestionRuns(doc);
  const found: Candidate[] = [];
  for (let line = 0; line < doc.lines.length && found.length < MAX_QUESTIONS; line += 1) {
    const kind = doc.kinds[line];
    if (kind === 'empty' || kind === 'toc') continue;
    const parts = kind === 'text' ? letteredSubQuestions(doc, line) : [];
    if (parts.length > 0) {
      for (const part of parts) {
        const candidate = candidateOf(part);
        if (candidate) found.push(candidate);
      }
      continue;
    }
    const source =
      kind === 'table'
        ? (collectTableQuestion(doc, line, inRegions(questionRegions, line) || inQuestionTable(doc, line)) ?? collectUnnumberedTableRow(doc, line))
        : collectTextQuestion(doc, line, questionRegions, askingRuns);
    const candidate = source ? candidateOf(source) : null;
    if (candidate) found.push(candidate);
  }
  return found;
}

// A published reply to a request for information ("Rural Energy Consumers Working Group: EIR release", "Information request
// and response under the Environmental Information (Scotland) Regulations 2004"): the questions it prints are the
// requester's, quoted and answered, not put to its reader.
const INFORMATION_RELEASE =
  /\b(?:FOI|FOISA|EIRs?)\s+release\b|\binformation request and response\b|\brequest (?:made )?under the (?:freedom of information|environmental information)\b/i;

function isInformationRelease(doc: DocumentStructure): boolean {
  return doc.blocks.slice(0, 6).some((block) => INFORMATION_RELEASE.test(block.text.text));
}

/**
 * A page whose heading is its one question, answered in prose below with nothing else asked ("Q19) If the consumer
 * does not want…?" and the answer), is a frequently asked question, not a consultation that asks it.
 */
function isAnsweredHeading(doc: DocumentStructure, candidates: readonly Candidate[]): boolean {
  const [only] = candidates;
  if (candidates.length !== 1 || !only) return false;
  const first = doc.lines.findIndex((line) => !line.empty);
  if (only.source.line !== first) return false;
  // The blocks after the question's own: prose that asks nothing more.
  const after = doc.blocks.slice((doc.blockOfLine[only.source.line] ?? doc.blocks.length) + 1).map((block) => block.text.text);
  return !after.some((text) => text.includes('?')) && after.some((text) => text.length >= 60 && /[.!]["”’)]?$/.test(text.trim()));
}

/**
 * A label alone on the document's first line, the only one in the document, with words below it that do not ask
 * ("Question 30b" above "Staying connected" / "Important information for energy consumers"), is the name a sharing site
 * saved the file under, as a title's first line often is: no question. (A question there asks on the line below.)
 */
function isFileNameLabel(doc: DocumentStructure, candidates: readonly Candidate[]): boolean {
  const [only] = candidates;
  if (candidates.length !== 1 || !only || only.source.unlabelled || only.source.match.separator !== 'end') return false;
  const content = doc.lines.filter((line) => !line.empty);
  // (Alone: nothing else on the line, as a table row's label has its question in the next cell.)
  if (content[0]?.index !== only.source.line || content[0].text.text.trim() !== only.source.match.label) return false;
  return !asksOnLine(content[1]?.text.text ?? '');
}

// The last word of a question the text stops in the middle of ("Q1. Do you have any evidence which could", "…? If so,
// what are they and how").
const STOPS_MID_SENTENCE =
  /\b(?:the|a|an|to|of|and|or|for|in|on|with|that|which|who|by|from|as|at|is|are|be|your|their|its|our|could|would|should|will|can|may|might|must|do|does|have|has|how|what|when|where|whether|if|but|than|into|about|between)$/i;

// (A preposition may come first: "On what aspect(s) …", "To what extent …", "In which …".)
const OPENS_ASKING = /^(?:(?:on|in|to|for|from|at|by|with|about|under) (?=what|which|whom?)\b)?(?:what|which|how|why|when|where|who|whom|do|does|did|is|are|would|will|should|can|could|have|has)\b/i;

/**
 * A question at the very end of the text that stops mid-sentence: an excerpt or a damaged file cut it off. It ends on a
 * word no sentence ends on, or it is the last of a list whose other points all end with punctuation and it stops far
 * shorter than any of them ("…of doing so;" / "The le").
 */
function cutOffAtEnd(doc: DocumentStructure, candidate: Candidate, all: readonly Candidate[]): boolean {
  const last = [...doc.lines].reverse().find((line) => !line.empty);
  if (!last) return false;
  const end = spanOf(last.text, 0, last.text.text.length).end;
  const text = candidate.text.trim();
  if (candidate.span.end < end || /[.?!:;)"”’]$/.test(text)) return false;
  if (STOPS_MID_SENTENCE.test(text)) return true;
  // The entry after a contents line, cut off where the excerpt ends ("… energy bills? ...... 26" / "Question 2 – What s"),
  // is contents too.
  let before = candidate.source.line - 1;
  while (before >= 0 && doc.lines[before]?.empty) before -= 1;
  if (before >= 0 && doc.kinds[before] === 'toc') return true;
  const siblings = all.filter((other) => other !== candidate && other.source.unlabelled === candidate.source.unlabelled);
  // It (or its last sentence) opens as a question but never asks, where every other question asks or ends as a sentence does
  // ("3. What types of data would you find", "… taking place? Do content", "Q4. On what aspect(s) of the technical
  // specifications did you dedic" after requests ending "…details."); a request after a question ("…? Please explain your
  // answer and provide any other general comments", as forms print it without a full stop) is not cut off.
  const lastSentence = text.split(/(?<=[.?!])\s+/).pop() ?? text;
  const followUpRequest = lastSentence !== text && FOLLOW_ON.test(lastSentence);
  if ((OPENS_ASKING.test(text) || OPENS_ASKING.test(lastSentence)) && !followUpRequest && siblings.length > 0 && siblings.every((other) => /[?.!:;)"”’]$/.test(other.text.trim()))) return true;
  const words = (value: string): number => value.split(/\s+/).length;
  const shortest = Math.min(...siblings.map((other) => words(other.text)));
  // Stopped short: under a third of the length of any of them.
  return siblings.length >= 2 && siblings.every((other) => /[.?!:;]$/.test(other.text.trim())) && 3 * words(text) < shortest;
}

/**
 * Every question in document order, with its label as printed and its whole
 * text. Candidates come from the whole document: labelled questions (in text or
 * table rows), labels inside run-on lines, and unlabelled items of a list that
 * follows a lead-in inviting views. Table-of-contents lines, headings and
 * sentences that only mention a question are left out; a question repeated in a
 * summary annex is kept once.
 */
export function findQuestions(doc: DocumentStructure): QuestionFound[] {
  const labelled = labelledCandidates(doc);
  const taken = (line: number): boolean => {
    const text = doc.lines[line]?.text;
    if (!text || text.text === '') return false;
    const at = spanOf(text, 0, 1).start;
    return labelled.some((candidate) => at >= candidate.span.start && at < candidate.span.end);
  };
  const runOn = collectRunOnQuestions(doc, taken);
  // A numbered sequence with a gap says where to look again ("Question One" run into a table's header line).
  const known = [...labelled, ...runOn.map(candidateOf).filter((candidate): candidate is Candidate => candidate !== null)];
  const gaps = collectSequenceGaps(doc, known.map((candidate) => ({ label: candidate.source.match.label, at: candidate.span.start })), taken);
  const others = [...runOn, ...gaps, ...collectListQuestions(doc, taken)]
    .map(candidateOf)
    .filter((candidate): candidate is Candidate => candidate !== null);
  // A document that labels none of its questions at the start of a line may print them inside one ("…/ 1. Do you…?"),
  // or ask them with no label at all, one to a line.
  if (labelled.length === 0 && others.length === 0) {
    others.push(...collectInlineNumberedQuestions(doc, taken).map(candidateOf).filter((candidate): candidate is Candidate => candidate !== null));
  }
  if (labelled.length === 0 && others.length === 0) {
    others.push(...collectInvitingBullets(doc, taken).map(candidateOf).filter((candidate): candidate is Candidate => candidate !== null));
  }
  if (labelled.length === 0 && others.length === 0) {
    others.push(...collectUnlabelledQuestions(doc, taken).map(candidateOf).filter((candidate): candidate is Candidate => candidate !== null));
  }
  // After the labelled questions, a form may go on asking without labels: three or more paragraphs in a row, each one
  // question ("Please answer the six multiple choice questions below" / "1. …?" … "6. …?" / "To bank your CPD please
  // complete the form below." / "Were the stated learning objectives met?" / "Why weren't they met?" / …).
  const lastLabelled = labelled.length > 0 ? Math.max(...labelled.map((candidate) => candidate.source.line)) : -1;
  if (lastLabelled !== -1 && doc.lines.slice(lastLabelled + 1).filter((line) => line.text.text.includes('?')).length >= 3) {
    const after = collectUnlabelledQuestions(doc, (line) => line <= lastLabelled || taken(line));
    const blocks = after.map((source) => doc.blockOfLine[source.line] ?? -1);
    if (after.length >= 3 && blocks.every((block, index) => index === 0 || block === (blocks[index - 1] ?? -2) + 1)) {
      others.push(...after.map(candidateOf).filter((candidate): candidate is Candidate => candidate !== null));
    }
  }
  const candidates = [...labelled, ...others].sort((a, b) => a.span.start - b.span.start).filter((candidate, _index, all) => !cutOffAtEnd(doc, candidate, all));
  // A form that also asks about its subject asks who the respondent is in its "About you" part: those are details, not
  // questions to draft (a survey that asks nothing else keeps them).
  // A consultation's response form that asks only about the respondent (its own questions cut off or in the consultation
  // document) has no question to draft either.
  const aboutSubject = candidates.filter((candidate) => !asksAboutRespondent(candidate.text));
  const responseForm = doc.blocks.slice(0, 4).some((block) => callsItselfResponseForm(block.text.text));
  if ((aboutSubject.length > 0 || responseForm) && aboutSubject.length < candidates.length) candidates.splice(0, candidates.length, ...aboutSubject);

  if (isInformationRelease(doc)) return [];
  if (isAnsweredHeading(doc, candidates)) return [];
  if (isFileNameLabel(doc, candidates)) return [];

  const found: QuestionFound[] = [];
  const seenTexts = new Map<string, string>();
  const usedIds = new Map<string, number>();
  let unlabelledCount = 0;
  for (const { source, text, span } of candidates) {
    if (found.length >= MAX_QUESTIONS) break;
    if (source.unlabelled) {
      unlabelledCount += 1;
      source.match = { ...source.match, label: `Item ${unlabelledCount}` };
    }
    const key = text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    if (key === '') continue;
    // A summary annex repeats the questions: same words under the same label, or as a plain number under a "Q1" the
    // chapter printed. Two numbers of one sequence asking the same ("1b. If you would like to explain your answer…",
    // "2c. …") are two questions.
    const earlierLabel = seenTexts.get(key);
    const plainNumber = (label: string): boolean => /^\(?\d/.test(label);
    if (earlierLabel !== undefined && (earlierLabel === source.match.label || (plainNumber(source.match.label) && !plainNumber(earlierLabel)))) continue;
    seenTexts.set(key, source.match.label);

    const base = labelSlug(source.match.label);
    const count = (usedIds.get(base) ?? 0) + 1;
    usedIds.set(base, count);
    found.push({
      question: {
        id: count === 1 ? base : `${base}-${count}`,
        label: source.match.label.slice(0, 100),
        text,
        section: sectionFor(doc, source.line),
        kind: inferQuestionKind(text),
      },
      finding: { confidence: confidenceOf(source, text), span },
    });
  }
  return found;
}
