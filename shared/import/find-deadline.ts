import type { RespondBy } from '../model';
import { type FoundDate, dateOnOrAfter, findDates, findDatesWithoutYear, timeAfter, timeBefore } from './dates';
import { findIssuedOn } from './find-issued-on';
import type { Block, DocumentStructure } from './document-structure';
import type { Confidence, SourceSpan } from './import-result';
import { findLabelledValues } from './labelled-values';
import { type MappedText, spanOf } from './mapped-text';
import { RESPOND_HEADING, inRegions, sectionRegions } from './sections';

export interface DeadlineFinding {
  respondBy: RespondBy | null;
  confidence: Confidence;
  span: SourceSpan | null;
  /** Other dates worded as strongly as the one chosen, for the user to compare. */
  alternatives: SourceSpan[];
}

interface Candidate {
  respondBy: RespondBy;
  score: number;
  span: SourceSpan;
  labelled: boolean;
}

const DEADLINE_LABELS = [
  'respond by',
  'responses? (?:due )?by',
  'responses? due',
  'response deadline',
  'deadline for (?:responses?|comments|submissions|feedback|receipt of responses)',
  'due date for (?:responses?|comments|submissions)',
  'deadline',
  'submission deadline',
  'closing date(?: for (?:responses|comments|submissions))?',
  'close date',
  'consultation closes',
  'this consultation closes(?: at| on)?',
  'closes',
  'date of closure',
  'consultation (?:end|close) date',
  'respond to this consultation by',
].join('|');

// "Please make sure to submit your response at the latest on 28 November 2017" is "by" in other words, and so is "Comments
// on this NOI are due on November 22, 2005".
// "…we have now extended this deadline to 15 February 2002" moves it there. "…and concludes on Thursday 10 January 2013" closes it too; "Closing date for responses: 20 November 2019" may follow
// other cover fields on its line ("Publication date: 23 October 2019 Closing date for responses: …").
// "…by the close of business, 14 June 2013", "…by the close of business on 19 August 2019": the end of that day.
// "Key inquiry datesReceipt of terms of reference 5 April 2019Due date for submissions 28 June 2019 Release of draft report
// November 2019…": an inquiry's timetable names its due date for submissions among its other dates.
// (A cue may be run into the date before it, "2019Due date for…", as a table flattened to one line prints it.)
const CUE_BEFORE =
  /(?:\b|(?<=\d))(?:(?:by|before)\s+(?:the\s+)?close of business\s*,?|by|before|due|no later than|not later than|at the latest|until|till|closes?|closed|concludes|closing(?: date)?(?: for (?:responses|comments|submissions))?(?: is| of)?|due date for (?:responses?|comments|submissions)(?: is)?|deadline(?: is| of)?|on or before|ends?|ended|end date|(?:deadline|closing date)\b[^.?!]{0,80}?\bis|(?:extended|moved|postponed)\s+(?:(?:this|the|that|our)\s+(?:deadline|closing date)\s+)?(?:to|until))\s*(?:at|on)?\s*:?\s*(?:the\s+)?$/i;
// "Responses can be submitted between 9am on 14/07/2022 and 5pm on 02/09/2022": the second date closes it.
const BETWEEN_END = /\bbetween\b[^.?!]{0,80}\band\s*$/i;
// "The consultation … ran from 12pm on Thursday 16 March 2023 to 5pm on Wednesday 3 May 2023": so does the second here.
const FROM_TO_END = /\bfrom\b[^.?!]{0,80}\bto\s*$/i;
// "Closed 8 Mar 2024", "Closes 2 Sep 2022": a consultation hub's status line.
const STATUS_LINE = /^(?:closed|closes|closing date|consultation closes|deadline)\s*:?\s*$/i;
// An outcome, decision or analysis of responses names itself so in its title ("Consultation Outcome and Next Steps",
// "Decision on …", "Heat in Buildings Bill: consultation analysis"), and so does a code modification's final report
// ("Stage 06: Final CUSC Modification Report", which recounts that "The Code Administrator Consultation closed on …").
// (An analysis only as a title ends or starts: a consultation may say it will publish its "consultation analysis".)
const OUTCOME =
  /\b(?:[Cc]onsultation [Oo]utcome|[Oo]utcome and [Nn]ext [Ss]teps|Government [Rr]esponse to|Decision on|Decision (?:document|letter)|Final (?:[A-Z]{2,6} )?Modification Report)\b|\b[Cc]onsultation [Aa]nalysis(?: [Rr]eport)?(?: \d{4})?$|^Analysis of (?:the )?(?:consultation )?responses\b/m;
// …and tells of the consultation in the past: "asked for any representations … on or before 1 June 2021", "the
// responses received … between 28 October 2021 and 31 January 2022".
// ("Responses must be received by …" still asks.)
const RECOUNTED = /\b(?:asked|invited|sought|requested)\b|(?<!\bbe )\breceived\b/i;
const EARLIER = /\b(?:previous|earlier|prior|last|first|initial|original)\b/i;
// "Initial submissions were due by 23 March 2022" (the page goes on: "Final submissions are due by …"), "the consultation
// process was scheduled to close on 20 February 2025" (it "has been extended to 5 March 2025"): a date told as one that
// was due or planned gives way to one that is.
const WAS_DUE = /\b(?:was|were)\s+(?:(?:originally|previously|initially)\s+)?(?:due|scheduled|planned|set|expected)\b/i;
const STRONG_CUE = /\b(?:closes?|closed|closing|concludes|deadline)\b/i;
// "…we set a deadline of 25th January … we are now proposing to extend this deadline to 3 weeks after the energy report
// becomes publicly available": a date the text goes on to move is no longer the deadline (a new date it names is).
const MOVED_LATER = /\b(?:extend\w*|postpon\w*|mov(?:e|ed|ing)|push\w* back)\s+(?:this|the|that|our)\s+(?:deadline|closing date)\b|\b(?:deadline|closing date)\s+(?:has|have|will|is|was)\s+(?:now\s+)?(?:been\s+|be\s+)?(?:extended|postponed|moved)\b/i;
// "Representations or objections … may be made on or before …": the statutory words for responses.
// "We invite stakeholders to consent to the proposed modifications by no later than …": an invitation asks for a response.
// "Please complete this survey before October 30, 2017": completing a survey is responding to it.
const RESPONSE_WORDS =
  /\b(?:respon(?:d|ds|ses?)|repl(?:y|ies)|comments?|views|submi\w*|feedback|evidence|receipt|representations?|objections?|to (?:reach|arrive)|(?:complet\w*|tak(?:e|ing)|fill(?:ing)? in) (?:this|the|our) (?:short )?(?:[\w-]+ ){0,2}(?:survey|questionnaire|form)|invit(?:e|es|ing) (?:[\w-]+ ){1,3}to)\b/i;
// "Our consultation ran from … until midnight 17 March 2024" describes this consultation; "DCC ran a consultation" another.
// "We are consulting on our proposals between 14 September and 26 October 2020": the period the consultation is open.
// "The code consultation is open until March 8": a word or two may name the consultation.
// "The 2017 consultation on the pre-submission draft from 4th November to 18th December 2017": its period, with no verb.
// "The consultation period will now run until Thursday 11 April 2019": so does the period it will run for.
const CLOSING_WORDS =
  /\b(?:consultation|call for evidence|survey)\b[^.]{0,60}\b(?:closes?|closing|ends?|ended)\b|\b(?:this|our|the)(?: [\w-]+){0,2} (?:consultation|call for evidence|survey)\b[^.]{0,60}\b(?:ran|runs?|is open)\b|\bconsult(?:ing|ation)\b[^.]{0,80}\bbetween\b|\b(?:this|our|the)(?:\s+[\w-]+){0,2}\s+consultation\b[^.]{0,80}\bfrom\b[^.]{0,40}\bto\b/i;

/** The date and the time printed next to it, as a deadline and the span of both. */
function readDateTime(text: MappedText, date: FoundDate): { respondBy: RespondBy; from: number; to: number } {
  const windowStart = Math.max(0, date.index - 60);
  const before = timeBefore(text.text.slice(windowStart, date.index));
  if (before) {
    return { respondBy: { date: date.iso, time: before.time }, from: windowStart + before.index, to: date.end };
  }
  const after = timeAfter(text.text.slice(date.end, date.end + 40));
  if (after) return { respondBy: { date: date.iso, time: after.time }, from: date.index, to: date.end + after.end };
  return { respondBy: { date: date.iso, time: null }, from: date.index, to: date.end };
}

function sentenceAround(text: string, from: number, to: number): string {
  const head = text.slice(Math.max(0, from - 300), from);
  const start = Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('! '));
  const tail = text.slice(to, to + 200);
  const stop = tail.search(/[.?!](?:\s|$)/);
  return head.slice(start + 1) + text.slice(from, to) + (stop === -1 ? tail : tail.slice(0, stop));
}

function labelledCandidates(doc: DocumentStructure, reference: string | null): Candidate[] {
  return findLabelledValues(doc, DEADLINE_LABELS).flatMap((found) => {
    const date = datesIn(found.value.text, reference)[0];
    const line = doc.lines[found.line]?.text;
    if (!date || !line) return [];
    // Read on the whole line so the label counts as the cue for a bare "1600" (unless the date wrapped to the next line).
    const onLine = date.end + found.valueStart <= line.text.length;
    const text = onLine ? line : found.value;
    const shift = onLine ? found.valueStart : 0;
    const read = readDateTime(text, { ...date, index: date.index + shift, end: date.end + shift });
    return [{ respondBy: read.respondBy, score: 10, span: spanOf(text, read.from, read.to), labelled: true }];
  });
}

// A sentence about one part of the consultation ("views on Question 2 … by …") gives way to one about the whole,
// and so does one about taking part in something else: registering for a drop-in session, booking a webinar.
const PARTIAL =
  /\b(?:questions? \d|chapters? \d|sections? \d|parts? \d|annex|appendix|proposals? in (?:chapter|section))|\b(?:regist\w*|book\w*|attend\w*) (?:for|on|at) (?:the |a |an |our )?(?:planned )?(?:drop-in|webinar|workshop|event|session|meeting|exhibition)/i;
const WHOLE = /\b(?:this|the) (?:consultation|call for evidence|survey)\b|\b(?:we are|we're) consulting\b/i;

interface DateAt {
  iso: string;
  index: number;
  end: number;
}

/** The words before a date that make it a deadline (a match's whole text first). */
type Cue = { readonly 0: string };

// "…by 27 June for chapter 3 and 18 July for …": a list of dates shares the cue of its first.
const SHARES_CUE = /^\s+for\s[^.?!]{0,80}?(?:,\s*(?:and\s+)?|\s+and\s+)$/i;

/** How many parts of the consultation a date is given for: "for chapters 2, 4, 5 and 6" four, "for chapter 3" one, none if it names none. */
function partsCovered(after: string): number {
  const scope = /^\s*for\s+(chapter|section|part|question)(s?)\b([^.?!;]*)/i.exec(after);
  if (!scope) return 0;
  return scope[2] ? Math.max(2, (scope[3]?.match(/\d+/g) ?? []).length) : 1;
}

/**
 * Of the dates a sentence gives for parts of the consultation, the one given for more parts than each other is the
 * consultation's ("…by 27 June for chapter 3 and 18 July for chapters 2, 4, 5 and 6": 18 July).
 */
function coversMostParts(text: string, sentence: string, dates: readonly DateAt[], covered: readonly number[], at: number): boolean {
  const own = covered[at] ?? 0;
  const inSentence = (date: DateAt): boolean => sentence.includes(text.slice(date.index, date.end));
  return own > 0 && dates.every((date, index) => index === at || !inSentence(date) || (covered[index] ?? 0) < own);
}

/**
 * Full dates, and days and months without a year: read in the year that puts them nearest a full
 * date in the same sentence ("by 1600 on 12 November … conclude … by 26 November 2021"), else in
 * the first year on or after the reference date.
 */
function datesIn(text: string, reference: string | null): DateAt[] {
  const full: DateAt[] = findDates(text);
  const partial = findDatesWithoutYear(text).flatMap((date) => {
    const sentence = sentenceAround(text, date.index, date.end);
    const from = text.indexOf(sentence);
    const neighbour = full.find((other) => other.index >= from && other.end <= from + sentence.length);
    const iso = neighbour ? nearestYear(date, neighbour.iso) : reference === null ? null : dateOnOrAfter(date, reference);
    return iso === null ? [] : [{ iso, index: date.index, end: date.end }];
  });
  return [...full, ...partial].sort((a, b) => a.index - b.index);
}

/** The day and month in the year before, of or after `near`'s that is closest to it. */
function nearestYear(date: { month: number; day: number }, near: string): string | null {
  const year = Number(near.slice(0, 4));
  const options = [year - 1, year, year + 1].flatMap((candidate) => {
    const iso = dateOnOrAfter(date, `${candidate}-01-01`);
    return iso !== null && iso.startsWith(String(candidate)) ? [iso] : [];
  });
  const distance = (iso: string): number => Math.abs(Date.parse(iso) - Date.parse(near));
  return options.reduce<string | null>((best, iso) => (best === null || distance(iso) < distance(best) ? iso : best), null);
}

/**
 * A label on its own line with the date on the next ("Respond by:" / "11:59pm on 3 October 2025"), or
 * one a PDF table split over lines ("Response" / "deadline" / "4 September 2020"): up to three short
 * lines that together make a deadline label, then a line that starts with a date or its time.
 */
function stackedLabelCandidates(doc: DocumentStructure): Candidate[] {
  // A timetable's row may name what closes and keep its cell bar ("Closing date for submissions on Procedure Change Proposal |"
  // / "28 November 2024 |").
  const label = new RegExp(`^(?:${DEADLINE_LABELS})(?:\\s+(?:on|for)\\s+[^|:.]{1,60}?)?\\s*[:|]?$`, 'i');
  const content = doc.lines.filter((line) => !line.empty && doc.kinds[line.index] !== 'toc');
  const found: Candidate[] = [];
  content.forEach((line, position) => {
    for (let size = 1; size <= 3; size += 1) {
      const parts = content.slice(position, position + size);
      const value = content[position + size];
      const wordLimit = size === 1 ? 10 : 2;
      if (parts.length < size || !value || parts.some((part) => part.text.text.split(/\s+/).length > wordLimit)) return;
      if (!label.test(parts.map((part) => part.text.text).join(' '))) continue;
      const date = findDates(value.text.text)[0];
      // The value line starts with the date, or with the time before it ("11:59pm on 3 October 2025").
      const lead = date ? value.text.text.slice(0, date.index) : '';
      if (!date || (date.index !== 0 && (timeBefore(lead)?.index ?? -1) !== lead.length - lead.trimStart().length)) continue;
      const read = readDateTime(value.text, date);
      found.push({ respondBy: read.respondBy, score: 10, span: spanOf(value.text, read.from, read.to), labelled: true });
      return;
    }
  });
  return found;
}

// "9 March 2021 - 5 May 2021" alone on its line: a consultation hub's open period, which closes on the second date.
const DATE_RANGE_LINE = /^\s*(?:from\s+)?\S.{4,40}?\s+(?:[-–—]|to|until)\s+(\S.{4,40}?)\s*$/i;

// "Consultation period: 24/03/2006 - 24/09/2006": the same, named.
const PERIOD_LABEL = /^\s*(?:(?:consultation|response|submission|comment(?:ing)?|engagement|survey)\s+)?(?:period|dates?|window)\s*:\s*/i;

function rangeCandidate(block: Block): Candidate | null {
  const text = block.text.text;
  const lead = PERIOD_LABEL.exec(text)?.[0].length ?? 0;
  const dates = findDates(text);
  const range = DATE_RANGE_LINE.exec(text.slice(lead));
  const [first, last] = dates;
  if (!range || dates.length !== 2 || !first || !last || first.index - lead > 10 || last.end < text.trimEnd().length - 12 || last.iso < first.iso) return null;
  const read = readDateTime(block.text, last);
  return { respondBy: read.respondBy, score: 5, span: spanOf(block.text, read.from, read.to), labelled: false };
}

function sentenceCandidates(doc: DocumentStructure, reference: string | null): Candidate[] {
  const respondSections = sectionRegions(doc, RESPOND_HEADING);
  // A consultation's outcome or decision says when the consultation closed; that is no date to respond by.
  const reportsOutcome = doc.blocks.slice(0, 30).some((block) => OUTCOME.test(block.text.text));
  const candidates: Candidate[] = [];
  for (const [blockIndex, block] of doc.blocks.entries()) {
    // A one-line sentence with no full stop ("Closed 8 Mar 2024") may have been read as a heading; it still counts.
    if (block.kind === 'toc') continue;
    const range = block.lines.length === 1 ? rangeCandidate(block) : null;
    if (range) candidates.push(range);
    const text = block.text.text;
    // (The paragraph that moves it may follow.)
    const movedIn = doc.blocks.slice(blockIndex + 1, blockIndex + 3).map((next) => next.text.text).join(' ');
    const dates = datesIn(text, reference);
    const covered = dates.map((date, index) => partsCovered(text.slice(date.end, dates[index + 1]?.index ?? date.end + 120)));
    let previous: { cue: Cue; end: number } | null = null;
    for (const [dateIndex, date] of dates.entries()) {
      const read = readDateTime(block.text, date);
      const before = text.slice(Math.max(0, read.from - 120), read.from);
      const sentence = sentenceAround(text, read.from, read.to);
      const fromTo = CLOSING_WORDS.test(sentence) ? FROM_TO_END.exec(before) : null;
      const shared: Cue | null = previous !== null && SHARES_CUE.test(text.slice(previous.end, read.from)) ? previous.cue : null;
      const cue: Cue | null = CUE_BEFORE.exec(before) ?? BETWEEN_END.exec(before) ?? fromTo ?? (STATUS_LINE.test(text.slice(0, read.from)) ? (['closes'] as const) : null) ?? shared;
      previous = cue ? { cue, end: read.to } : null;
      if (!cue) continue;
      // "…closed on 19 August 2016" is this consultation's closing date; "the previous consultation closed on …" is not.
      if (/\bclosed\b/i.test(cue[0]) && EARLIER.test(sentence)) continue;
      // (…nor the period it ran for: "Consultation on the Draft HNDP ran from 15 November to 13 December 2021".)
      if (reportsOutcome && (/\bclosed\b/i.test(cue[0]) || cue === fromTo || RECOUNTED.test(sentence))) continue;
      const closing = CLOSING_WORDS.test(sentence) || STRONG_CUE.test(cue[0]);
      if (!RESPONSE_WORDS.test(sentence) && !closing) continue;
      if (MOVED_LATER.test(`${text.slice(read.to)} ${movedIn}`)) continue;
      let score = 5;
      if (RESPONSE_WORDS.test(sentence)) score += 2;
      // "The deadline is …" in a paragraph about sending submissions is about responses too.
      else if (RESPONSE_WORDS.test(text)) score += 1;
      if (closing) score += 2;
      if (read.respondBy.time !== null) score += 1;
      if (inRegions(respondSections, block.lines[0] ?? -1)) score += 1;
      // "…by 27 June for chapter 3 and 18 July for chapters 2, 4, 5 and 6": the date for the most parts is the consultation's.
      if (WAS_DUE.test(sentence)) score -= 3;
      if (PARTIAL.test(sentence) && !coversMostParts(text, sentence, dates, covered, dateIndex)) score -= 3;
      else if (WHOLE.test(sentence)) score += 1;
      candidates.push({ respondBy: read.respondBy, score, span: spanOf(block.text, read.from, read.to), labelled: false });
      if (candidates.length > 200) return candidates;
    }
  }
  return candidates;
}

const TARGET_YEAR = /\b(?:by|before|target(?:ed)?|aims?|goal)\b(?: the end of)?[^.;]{0,40}$/i;

/** The date the document was issued, or else the first full date it prints: dates without a year follow it. */
function referenceDate(doc: DocumentStructure): string | null {
  const issued = findIssuedOn(doc, null);
  if (issued.issuedOn !== null && issued.confidence !== 'low') return issued.issuedOn;
  for (const block of doc.blocks) {
    const first = findDates(block.text.text)[0];
    if (first) return first.iso;
  }
  // No full date at all ("Publication date: 25 May … Response deadline: 25 June"): the one year the text names, if it names one.
  const named = doc.lines.flatMap((line) =>
    [...line.text.text.matchAll(/(?<![\d.,:/-])((?:19|20)\d{2})(?![\d.,:/-]?\d)/g)].map((match) => ({
      year: match[1],
      target: TARGET_YEAR.test(line.text.text.slice(Math.max(0, match.index - 50), match.index)),
    })),
  );
  // A year something is to be done by ("…set up such an energy company by the end of this parliament in 2021", "net zero by
  // 2045") says nothing of when the text was written.
  if (named.some((found) => found.target)) return null;
  const years = new Set(named.map((found) => found.year));
  const [year] = [...years];
  return years.size === 1 && year ? `${year}-01-01` : null;
}

/**
 * The respond-by deadline. A labelled line ("Respond by:", "Closing date:") wins
 * over prose; when the winner gives no time, a sentence with the same date and a
 * time ("by 5pm on Monday 3 February 2025") supplies it. When another date is as
 * strongly worded, the reading is low confidence and the other date is kept as an
 * alternative for the user to look at.
 */
export function findDeadline(doc: DocumentStructure): DeadlineFinding {
  const reference = referenceDate(doc);
  const candidates = [...labelledCandidates(doc, reference), ...stackedLabelCandidates(doc), ...sentenceCandidates(doc, reference)];
  const best = candidates.reduce<Candidate | null>((top, candidate) => (top === null || candidate.score > top.score ? candidate : top), null);
  if (!best) return { respondBy: null, confidence: 'low', span: null, alternatives: [] };
  // Three or more different dates as strongly worded as the best are a list of consultations, each with its own
  // closing date ("Closed 12 January 2026", "Closed 15 December 2025", …), not one consultation's deadline: none is
  // chosen, and the review screen offers each to look at before the user fills the deadline in.
  const equals = candidates.filter((candidate) => candidate.score === best.score);
  if (new Set(equals.map((candidate) => candidate.respondBy.date)).size >= 3) return { respondBy: null, confidence: 'low', span: null, alternatives: oneSpanPerDate(equals).slice(0, 5) };
  let chosen = best;
  if (best.respondBy.time === null) {
    const timed = candidates.find((candidate) => candidate.respondBy.date === best.respondBy.date && candidate.respondBy.time !== null);
    if (timed) chosen = { ...timed, score: best.score, labelled: best.labelled || timed.labelled };
  }
  const rivals = candidates.filter((candidate) => candidate.score >= chosen.score - 1 && candidate.respondBy.date !== chosen.respondBy.date);
  const confidence: Confidence = rivals.length > 0 ? 'low' : chosen.labelled || chosen.score >= 8 ? 'high' : 'medium';
  const alternatives = oneSpanPerDate(rivals).slice(0, 3);
  return { respondBy: chosen.respondBy, confidence, span: chosen.span, alternatives };
}

/** Where each different date is first given, in the order found. */
function oneSpanPerDate(candidates: readonly Candidate[]): SourceSpan[] {
  return candidates.filter((candidate, index) => candidates.findIndex((other) => other.respondBy.date === candidate.respondBy.date) === index).map((candidate) => candidate.span);
}
