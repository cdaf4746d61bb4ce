import type { DocLine } from './document-lines';
import type { DocumentStructure } from './document-structure';
import type { QuestionSource } from './find-questions';
import { type MappedText, joinMappedLines, sliceMapped, trimMapped } from './mapped-text';

// One question, opening as questions do, ending with its only question mark.
const OPENS_AS_QUESTION =
  /^(?:Do|Does|Did|Would|Will|What|Which|How|Why|When|Where|Who|Should|Is|Are|Was|Were|Can|Could|Have|Has|To what extent|In your view)\b/;
const ONE_QUESTION = /^[^?]{8,300}\?["”’')\]]?$/;
// A statement that ends by asking the reader about it ("In this chapter, the Scottish Government has identified three
// areas … - do you agree with the issues identified?"): the sentence goes on, in lower case, after a dash or semicolon.
// (Not after a colon: "7Transport: Do you agree…?" is a heading's label run into its question.)
const ASKS_AT_END = /(?:\s[-–—]\s|;\s)(?:do|does|would|will|what|which|how|should|can|could|have|has|to what extent)\s+(?:you|your)\b[^?]*\?["”’')\]]?$/;
const ADDRESSES_READER = /\byou(?:r|rs)?\b/i;
// A question opening with the condition it applies under ("If you work within England, what region do you work in?",
// "Thinking about your own home, how…?"); not "If so, what…?", which goes on from the question before it.
const ASKS_AFTER_CONDITION =
  /^(?:If (?!so\b|not\b|yes\b|no\b)|Thinking about |Considering |In your (?:experience|opinion|view),? |As an? )[^?]{2,120},\s+(?:do|does|did|would|will|what|which|how|why|when|where|who|should|is|are|can|could|have|has|to what extent)\b/;
// A question after a short opening phrase and a comma ("Before today, were you aware…?", "Overall, how…?"); not "If so,
// what…?", which goes on from the question before it.
const ASKS_AFTER_PHRASE =
  /^(?!If (?:so|not|yes|no)\b)[A-Z][a-z]+(?: [a-z]+){0,2},\s+(?:(?:were|was|are|is|do|does|did|have|has|would|will|can|could|should)\s+you\b|(?:how|what|which|why|when|where|who|to what extent)\b)/;
// Headings of the consultation's own process ("How can you respond?", "What happens next?") ask nothing of the reader.
const ABOUT_THE_PROCESS =
  /\b(?:(?:how|when|where) (?:can|do|should|to) (?:i |you |we )?(?:respond|reply|submit|get involved|take part)|who (?:can|should) (?:respond|reply|take part)|what happens next|why (?:are|is) (?:we|the government) consulting|this (?:consultation|document|survey)|personal data|privacy|complain\w*|find out more|this response|confidential information)\b/i;
// A form's rows end in a cell separator ("…reasoning. /"); a question may end with a request ("…? Please explain.").
const CELL_END = /\s+\/\s*$/;
// A question may end with a note on how to answer it ("…? Please explain.", "…? Select all that apply.", "…? (Optional)",
// "…? (If not enrolled, please skip.)"): the note is part of what the respondent reads.
const NOTE_AFTER = /\?\s+(?:(?:please|select|tick|choose|pick|circle)\s[^?]{3,150}|\([^()?]{2,80}\)\.?)$/i;
// The line under a question in a form that says how to answer it ("Please give rationale and state objective(s) / Yes / No").
const HOW_TO_ANSWER = /^please (?:give|provide|explain|state|include|indicate|describe|set out|outline|specify)\b/i;
// A response form: the respondent fills in who they are, then answers.
const RESPONSE_FORM = /\bresponse (?:pro-?forma|form|template)\b|^\s*(?:respondent|company name)\s*:/im;
// A response that says so at its head ("Written evidence submitted by …", "… response to the … consultation") reprints
// the questions it answers, each with its answer below.
const RESPONDS_TO =
  /^(?:written evidence submitted by\b|(?:[\w&’'. -]{2,80} )?response to (?:the )?[\w&’'‘. -]{0,120}\b(?:consultation|call for evidence|inquiry)\b)/i;
const MAX_REPRINTED = 600;
// "This is a compilation of example questions that may be useful for your group", "sample questions you could ask".
const EXAMPLE_QUESTIONS = /\b(?:example|sample|suggested) questions\b|\bquestions (?:that )?you (?:could|might|may|can) ask\b/i;

/** A paragraph of one to three questions and nothing else, as a response reprints the question it answers. */
function reprintedQuestion(text: MappedText): MappedText | null {
  const trimmed = trimMapped(text);
  const whole = trimmed.text.replace(/\s+/g, ' ');
  if (whole.length > MAX_REPRINTED || ABOUT_THE_PROCESS.test(whole)) return null;
  const sentences = whole.split(/(?<=[.!?])\s+(?=[A-Z])/);
  const asks = sentences.every((sentence) => /\?["”’')\]]?$/.test(sentence));
  return sentences.length <= 3 && asks && OPENS_AS_QUESTION.test(sentences[0] ?? '') ? trimmed : null;
}

/**
 * One question, with at most one sentence of context before it in the same line ("Highland Council
 * recently voted to … . To what extent do you agree with this decision?").
 */
function oneQuestion(text: MappedText, allowPair = false): MappedText | null {
  let trimmed = trimMapped(text);
  const cell = CELL_END.exec(trimmed.text);
  if (cell) trimmed = trimMapped(sliceMapped(trimmed, 0, cell.index));
  const whole = trimmed.text.replace(/\s+/g, ' ');
  const note = NOTE_AFTER.exec(whole);
  const words = note ? whole.slice(0, note.index + 1) : whole;
  if (ABOUT_THE_PROCESS.test(whole)) return null;
  if (!ONE_QUESTION.test(words)) return allowPair && questionPair(words) ? trimmed : null;
  const sentences = words.split(/(?<=[.!])\s+(?=[A-Z])/);
  const asked = sentences[sentences.length - 1] ?? '';
  return sentences.length <= 2 && asksAsQuestion(asked) ? trimmed : null;
}

// A statement the question goes on from after a comma ("There are many supporters and opponents to the practice of
// fracking, where would you place yourself?"): a question word, then the reader asked directly.
const ASKS_AFTER_COMMA = /,\s+(?:where|what|which|how|why|when|who)\s+(?:would|do|does|did|will|should|can|could|are|is)\s+you\b[^?]*\?["”’')\]]?$/;

function asksAsQuestion(sentence: string): boolean {
  return (
    OPENS_AS_QUESTION.test(sentence) || ASKS_AT_END.test(sentence) || ASKS_AFTER_COMMA.test(sentence) || ASKS_AFTER_CONDITION.test(sentence) || ASKS_AFTER_PHRASE.test(sentence)
  );
}

/**
 * One point that asks twice, the second question going on from the first ("Should it be more than solely a licensed
 * energy supply company? Should it have a direct role in energy generation?"); both open as questions.
 */
function questionPair(words: string): boolean {
  const pair = /^([^?]{8,300}\?)\s+([A-Z][^?]{8,300}\?)["”’')\]]?$/.exec(words);
  return pair !== null && asksAsQuestion(pair[1] ?? '') && OPENS_AS_QUESTION.test(pair[2] ?? '');
}

const MAX_WRAPPED_LINES = 4;
const SENTENCE_END = /[.!?)]["”’]?$/;

/**
 * A question the layout wrapped over lines of its own ("Does your company provide / residential customer access to
 * information about how much / electricity they have used?"), starting a line that opens as a question and ending on
 * the first line that asks, even where the layout took its first line for a heading. A short note that finishes on the
 * next line ("…? Select all / that apply.") goes with it.
 */
function wrappedQuestion(doc: DocumentStructure, line: number): { lines: number[]; text: MappedText } | null {
  const first = doc.lines[line];
  if (!first || first.empty) return null;
  if (first.text.text.includes('?')) return wrappedPastQuestionMark(doc, line);
  if (!OPENS_AS_QUESTION.test(first.text.text.trim())) return null;
  const lines = [line];
  for (let next = line + 1; next < doc.lines.length && lines.length <= MAX_WRAPPED_LINES; next += 1) {
    const text = doc.lines[next];
    if (!text || text.empty || doc.kinds[next] === 'toc' || doc.kinds[next] === 'table') return null;
    lines.push(next);
    const asked = text.text.text.indexOf('?');
    if (asked === -1) continue;
    const after = text.text.text.slice(asked + 1).trim();
    const finish = doc.lines[next + 1];
    if (after !== '' && !/[.!)]$/.test(after) && finish && !finish.empty && finish.text.text.trim().split(/\s+/).length <= 6 && /\.$/.test(finish.text.text.trim())) {
      lines.push(next + 1);
    }
    const joined = joinMappedLines(lines.map((index) => trimMapped((doc.lines[index] as DocLine).text)));
    const question = oneQuestion(joined);
    return question ? { lines, text: question } : null;
  }
  return null;
}

/**
 * A question line that opens in mid-sentence ("across the Highlands. To what extent do you agree with this decision?")
 * is the end of a sentence the layout wrapped: read with the lines above it back to the one its sentence starts on,
 * when that whole is still one question (with at most one sentence before it). `lines`: the block's lines up to the
 * question's.
 */
function wrappedStart(doc: DocumentStructure, lines: readonly number[]): { line: number; last: number; text: MappedText } | null {
  const last = lines[lines.length - 1] ?? -1;
  if (!/^[a-z]/.test(doc.lines[last]?.text.text.trim() ?? '')) return null;
  for (let from = lines.length - 2; from >= 0 && from >= lines.length - MAX_WRAPPED_LINES; from -= 1) {
    const above = doc.lines[lines[from] ?? -1]?.text.text.trim() ?? '';
    // A line that asks, or ends a sentence, belongs to what comes before.
    if (above === '' || above.includes('?') || /[.!:;]$/.test(above)) return null;
    if (!/^[A-Z]/.test(above)) continue;
    const taken = lines.slice(from);
    const text = oneQuestion(joinMappedLines(taken.map((index) => trimMapped((doc.lines[index] as DocLine).text))));
    return text ? { line: taken[0] ?? last, last, text } : null;
  }
  return null;
}

/**
 * A line that asks and goes on past its question mark to a line the page wrapped: a note on how to answer ("…how
 * satisfied are you overall? (If not enrolled," / "please skip.)") or a second question going on from the first
 * ("…supply company? Should it have a direct role in" / "energy generation?"). Read on to the line that ends the
 * sentence, at most two lines more, when the whole is still one question.
 */
function wrappedPastQuestionMark(doc: DocumentStructure, line: number): { lines: number[]; text: MappedText } | null {
  const text = doc.lines[line]?.text.text.trim() ?? '';
  const after = text.slice(text.lastIndexOf('?') + 1).trim();
  if (after === '' || SENTENCE_END.test(after)) return null;
  const lines = [line];
  for (let next = line + 1; next < doc.lines.length && lines.length <= 2; next += 1) {
    const following = doc.lines[next];
    if (!following || following.empty || doc.kinds[next] === 'toc' || doc.kinds[next] === 'table') return null;
    lines.push(next);
    if (!SENTENCE_END.test(following.text.text.trim())) continue;
    const question = oneQuestion(joinMappedLines(lines.map((index) => trimMapped((doc.lines[index] as DocLine).text))), true);
    return question ? { lines, text: question } : null;
  }
  return null;
}

/** The next line of text after the question's (in its paragraph or the next) is prose that answers it. */
export function answeredBelow(doc: DocumentStructure, line: number): boolean {
  const block = doc.blocks[doc.blockOfLine[line] ?? -1];
  if (!block) return false;
  const last = block.lines[block.lines.length - 1] ?? line;
  let next = last + 1;
  // A question that is one line of a longer paragraph is followed by the paragraph's next line.
  const within = block.lines.indexOf(line);
  if (within !== -1 && within < block.lines.length - 1 && oneQuestion(block.text) === null) next = block.lines[within + 1] ?? next;
  else while (next < doc.lines.length && doc.lines[next]?.empty) next += 1;
  const text = doc.lines[next]?.text.text.trim() ?? '';
  return text.length >= 60 && !text.endsWith('?') && !OPENS_AS_QUESTION.test(text) && /[a-z]{3,} [a-z]{3,}/.test(text);
}

/**
 * The line below a question that says how to answer it, up to the form's next cell ("Please give rationale / Yes / No").
 * `last`: the question's last line, so a question wrapped over several lines is not taken for its own instruction's place.
 */
function answerInstruction(doc: DocumentStructure, last: number): MappedText | null {
  let next = last + 1;
  while (next < doc.lines.length && doc.lines[next]?.empty) next += 1;
  const text = doc.lines[next]?.text;
  if (!text || !HOW_TO_ANSWER.test(text.text)) return null;
  const cell = text.text.indexOf(' / ');
  return trimMapped(cell === -1 ? text : sliceMapped(text, 0, cell));
}

/**
 * Questions a form prints with no label at all: a paragraph or line that is one question
 * ("Do you support rates being used to subsidise rents…?"). Read only as a set, in a document
 * that labels none of its questions: at least two such questions, most of them put to the reader
 * ("you"), so that a heading which happens to ask ("Why are we consulting?") is not taken.
 * The caller marks them low confidence for the user to check.
 */
export function collectUnlabelledQuestions(doc: DocumentStructure, taken: (line: number) => boolean): QuestionSource[] {
  // A handout of example questions for the reader to use in a survey of their own asks the reader nothing.
  if (doc.blocks.slice(0, 10).some((block) => EXAMPLE_QUESTIONS.test(block.text.text))) return [];
  const responding = doc.blocks.slice(0, 3).some((block) => RESPONDS_TO.test(block.text.text.trim()));
  if (responding) return reprintedQuestions(doc, taken);
  // `last`: the question's last line, below which a form says how to answer it.
  const found: { line: number; last: number; text: MappedText; block: number }[] = [];
  doc.blocks.forEach((block, blockIndex) => {
    if (block.kind === 'toc' || block.kind === 'table' || block.lines.every(taken)) return;
    const whole = oneQuestion(block.text, block.lines.length === 1);
    const lines = whole ? [{ line: block.lines[0] ?? -1, last: block.lines[block.lines.length - 1] ?? -1, text: whole }] : block.lines.flatMap((line, index) => {
      const text = doc.lines[line]?.text;
      const question = text ? oneQuestion(text, true) : null;
      if (!question) return [];
      return [wrappedStart(doc, block.lines.slice(0, index + 1)) ?? { line, last: line, text: question }];
    });
    for (const item of lines) if (!taken(item.line)) found.push({ ...item, block: blockIndex });
  });
  const covered = new Set(found.map((item) => item.line));
  for (let line = 0; line < doc.lines.length; line += 1) {
    if (covered.has(line) || taken(line)) continue;
    const wrapped = wrappedQuestion(doc, line);
    if (!wrapped || wrapped.lines.some((index) => covered.has(index))) continue;
    wrapped.lines.forEach((index) => covered.add(index));
    found.push({ line, last: wrapped.lines[wrapped.lines.length - 1] ?? line, text: wrapped.text, block: doc.blockOfLine[line] ?? -1 });
    line = wrapped.lines[wrapped.lines.length - 1] ?? line;
  }
  found.sort((a, b) => a.line - b.line);
  // Bullets that each ask, one after another ("• Where should EV charging stations be located?"), are put to the reader
  // even when they do not say "you"; a heading that asks stands alone, and so does a bullet under it in a page's menu
  // ("What is an inquiry?" / "• Why the inquiry?" / "• Call for submissions").
  const questionBullets = new Set(found.filter((item) => doc.blocks[item.block]?.kind === 'bullet').map((item) => item.block));
  const listed = (item: (typeof found)[number]): boolean =>
    questionBullets.has(item.block) && (questionBullets.has(item.block - 1) || questionBullets.has(item.block + 1));
  // One question is enough on a response form; elsewhere a lone question is more likely a heading that asks.
  const form = doc.blocks.some((block) => RESPONSE_FORM.test(block.text.text));
  if (found.length < (form ? 1 : 2) || found.filter((item) => listed(item) || ADDRESSES_READER.test(item.text.text)).length * 2 < found.length) return [];
  // Questions each answered by a paragraph below them are a page of frequently asked questions, not a form.
  if (found.filter((item) => answeredBelow(doc, item.line)).length * 2 >= found.length) return [];
  return found.map(({ line, last, text }, index) => {
    const howToAnswer = answerInstruction(doc, last);
    return {
      line,
      match: { label: `Item ${index + 1}`, restStart: 0, separator: 'end' as const },
      labelText: text,
      parts: howToAnswer ? [text, howToAnswer] : [text],
      unlabelled: true,
    };
  });
}

/** The next paragraph after the block, past any sub-heading, is prose that does not ask. */
function answeredInProseBelow(doc: DocumentStructure, blockIndex: number): boolean {
  for (let index = blockIndex + 1; index < doc.blocks.length && index <= blockIndex + 3; index += 1) {
    const block = doc.blocks[index];
    if (!block || block.kind === 'heading') continue;
    const text = block.text.text.trim();
    return text.length >= 60 && !text.includes('?') && /[a-z]{3,} [a-z]{3,}/.test(text);
  }
  return false;
}

/**
 * In a response that reprints the questions it answers, the paragraphs that only ask, each answered in prose below
 * ("What has been the impact of past and current policies…?" and the respondent's paragraphs). Unlike a form's, these
 * questions need not say "you", and being answered below is what a response does, not a sign of frequently asked
 * questions. At least two are needed, as elsewhere.
 */
function reprintedQuestions(doc: DocumentStructure, taken: (line: number) => boolean): QuestionSource[] {
  const found: { line: number; text: MappedText }[] = [];
  for (const block of doc.blocks) {
    if (block.kind === 'toc' || block.kind === 'table' || block.kind === 'bullet') continue;
    const line = block.lines[0] ?? -1;
    const question = reprintedQuestion(block.text);
    if (question && !taken(line) && answeredInProseBelow(doc, doc.blocks.indexOf(block))) found.push({ line, text: question });
  }
  if (found.length < 2) return [];
  return found.map(({ line, text }, index) => ({
    line,
    match: { label: `Item ${index + 1}`, restStart: 0, separator: 'end' as const },
    labelText: text,
    parts: [text],
    unlabelled: true,
  }));
}
