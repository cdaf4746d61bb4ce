import type { RespondBy } from '../model';
import { type FoundDate, findDates, timeAfter, timeBefore } from './dates';
import type { DocumentStructure } from './document-structure';
import type { Confidence, SourceSpan } from './import-result';
import { findLabelledValues } from './labelled-values';
import { type MappedText, spanOf } from './mapped-text';
import { RESPOND_HEADING, inRegions, sectionRegions } from './sections';

export interface DeadlineFinding {
  respondBy: RespondBy | null;
  confidence: Confidence;
  span: SourceSpan | null;
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
  'deadline for (?:responses|comments|submissions|feedback)',
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

const CUE_BEFORE =
  /\b(?:by|before|no later than|not later than|until|till|closes?|closing(?: date)?(?: is)?|deadline(?: is| of)?|on or before|ends?)\s*(?:at|on)?\s*:?\s*$/i;
const STRONG_CUE = /\b(?:closes?|closing|deadline)\b/i;
const RESPONSE_WORDS = /\b(?:respon(?:d|ds|ses?)|repl(?:y|ies)|comments?|views|submi\w*|feedback|evidence)\b/i;
const CLOSING_WORDS = /\b(?:consultation|call for evidence|survey)\b[^.]{0,60}\b(?:closes?|closing|ends?)\b/i;

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

function labelledCandidates(doc: DocumentStructure): Candidate[] {
  return findLabelledValues(doc, DEADLINE_LABELS).flatMap((found) => {
    const date = findDates(found.value.text)[0];
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

function sentenceCandidates(doc: DocumentStructure): Candidate[] {
  const respondSections = sectionRegions(doc, RESPOND_HEADING);
  const candidates: Candidate[] = [];
  for (const block of doc.blocks) {
    if (block.kind === 'heading' || block.kind === 'toc') continue;
    const text = block.text.text;
    for (const date of findDates(text)) {
      const read = readDateTime(block.text, date);
      const cue = CUE_BEFORE.exec(text.slice(Math.max(0, read.from - 60), read.from));
      if (!cue) continue;
      const sentence = sentenceAround(text, read.from, read.to);
      const closing = CLOSING_WORDS.test(sentence) || STRONG_CUE.test(cue[0]);
      if (!RESPONSE_WORDS.test(sentence) && !closing) continue;
      let score = 5;
      if (RESPONSE_WORDS.test(sentence)) score += 2;
      if (closing) score += 2;
      if (read.respondBy.time !== null) score += 1;
      if (inRegions(respondSections, block.lines[0] ?? -1)) score += 1;
      candidates.push({ respondBy: read.respondBy, score, span: spanOf(block.text, read.from, read.to), labelled: false });
      if (candidates.length > 200) return candidates;
    }
  }
  return candidates;
}

/**
 * The respond-by deadline. A labelled line ("Respond by:", "Closing date:") wins
 * over prose; when the winner gives no time, a sentence with the same date and a
 * time ("by 5pm on Monday 3 February 2025") supplies it.
 */
export function findDeadline(doc: DocumentStructure): DeadlineFinding {
  const candidates = [...labelledCandidates(doc), ...sentenceCandidates(doc)];
  const best = candidates.reduce<Candidate | null>((top, candidate) => (top === null || candidate.score > top.score ? candidate : top), null);
  if (!best) return { respondBy: null, confidence: 'low', span: null };
  let chosen = best;
  if (best.respondBy.time === null) {
    const timed = candidates.find((candidate) => candidate.respondBy.date === best.respondBy.date && candidate.respondBy.time !== null);
    if (timed) chosen = { ...timed, score: best.score, labelled: best.labelled || timed.labelled };
  }
  const disagreeing = candidates.some(
    (candidate) => candidate.score >= chosen.score - 1 && candidate.respondBy.date !== chosen.respondBy.date,
  );
  const confidence: Confidence = disagreeing ? 'low' : chosen.labelled || chosen.score >= 8 ? 'high' : 'medium';
  return { respondBy: chosen.respondBy, confidence, span: chosen.span };
}
