import { z } from 'zod';
import type { DocumentStructure } from './document-structure';
import type { Confidence, SourceSpan } from './import-result';
import { findLabelledValues } from './labelled-values';
import { type MappedText, spanOf } from './mapped-text';
import { RESPOND_HEADING, inRegions, sectionRegions } from './sections';

export interface ResponseEmailFinding {
  email: string;
  confidence: Confidence;
  span: SourceSpan | null;
}

const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/g;
const EmailSchema = z.email();
// An address a web page spells out to keep it from harvesters: "rateofreturn[at]aer[dot]gov[dot]au", "name (at) host (dot) org".
const SPELLED_EMAIL =
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}(?:\s?[[(]dot[\])]\s?[A-Za-z0-9_%+-]{1,63}){0,4}\s?[[(]at[\])]\s?[A-Za-z0-9-]{1,63}(?:\s?[[(]dot[\])]\s?[A-Za-z0-9-]{1,63}){1,8}/gi;
// The link text a page prints before the spelled address in brackets ("…sent electronically to: rateofreturnaer [dot] gov
// [dot] au (rateofreturn[at]aer[dot]gov[dot]au)"): the words before it still say where responses go.
const LINK_TEXT_BEFORE = /\s*\b(to|at|via)\b\s*:?\s*[^.?!()]{1,80}\(\s*$/i;

function spelledOut(text: string): string {
  return text.replace(/\s?[[(]dot[\])]\s?/gi, '.').replace(/\s?[[(]at[\])]\s?/gi, '@');
}

// The words just before an address that say responses go there.
const SEND_TO = /\b(?:respon\w*|send|sent|submit\w*|return\w*|e-?mail(?:ed)?|reply|replies|views|comments|feedback|thoughts)\b[^.?!]{0,160}?\b(?:to|at|via)\s*:?\s*$/i;
// "…send responses to Laura Nell (smartermarkets@…)": a person or team named before the address.
const NAMED_BEFORE = /(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){1,5}(?:at\s+|[(:,–-]\s*)$/;
const EMAIL_TO_LABEL = /\b(?:e-?mail(?: to| responses to)?|send to|responses to)\s*:\s*$/i;
// (Nor is the address for copies of the publication, "Information about this publication and further copies are available
// from: … Email: …", or the one in the Open Government Licence's notice, "write to the Information Policy Team, The
// National Archives, … or e-mail: psi@…".)
const NOT_FOR_RESPONSES =
  /\b(?:complain\w*|quality assurance|consultation principles|enquir\w* (?:about|regarding|on)\b|general feedback|feedback comments|press|media|accessib\w*|alternative format|any questions|questions about|further information|clarification|privacy|data protection officer|dpo|further copies|information about this publication|information policy team|the national archives)\b/i;
const RESPONSE_CONTEXT = /\b(?:respon\w*|views|comments?|consult\w*|submissions?|repl(?:y|ies)|representations?|questions?|feedback|evidence|template|pro-?forma)\b/i;
const FRONT_PAGE_POINTER = /\b(?:front page|named on (?:this|the) document|contact details (?:above|on the front)|team named)\b/i;

interface Candidate {
  email: string;
  score: number;
  span: SourceSpan;
}

function sentenceBefore(text: string, index: number): string {
  const head = text.slice(Math.max(0, index - 300), index);
  const stop = Math.max(head.lastIndexOf('. '), head.lastIndexOf('? '), head.lastIndexOf('! '));
  return head.slice(stop + 1);
}

function sentenceAfter(text: string, index: number): string {
  const tail = text.slice(index, index + 200);
  const stop = tail.search(/[.?!](?:\s|$)/);
  return stop === -1 ? tail : tail.slice(0, stop);
}

function candidatesIn(text: MappedText, inRespondSection: boolean): Candidate[] {
  const found: Candidate[] = [];
  const aboutResponses = inRespondSection || RESPONSE_CONTEXT.test(text.text);
  for (const match of text.text.matchAll(EMAIL)) {
    const email = match[0].replace(/[.-]+$/, '');
    if (!EmailSchema.safeParse(email).success) continue;
    const before = sentenceBefore(text.text, match.index);
    const sentence = before + sentenceAfter(text.text, match.index);
    let score = 0;
    // "Send this to …" counts fully only in a passage about responses; an expense form is sent somewhere too.
    if (SEND_TO.test(before) || SEND_TO.test(before.replace(NAMED_BEFORE, ''))) score += aboutResponses ? 3 : 1;
    if (EMAIL_TO_LABEL.test(before)) score += 2;
    if (inRespondSection) score += 2;
    if (NOT_FOR_RESPONSES.test(sentence)) score -= 3;
    found.push({ email, score, span: spanOf(text, match.index, match.index + email.length) });
  }
  for (const match of text.text.matchAll(SPELLED_EMAIL)) {
    const email = spelledOut(match[0]);
    if (!EmailSchema.safeParse(email).success) continue;
    const before = sentenceBefore(text.text, match.index).replace(LINK_TEXT_BEFORE, ' $1 ');
    let score = 0;
    if (SEND_TO.test(before) || SEND_TO.test(before.replace(NAMED_BEFORE, ''))) score += aboutResponses ? 3 : 1;
    if (inRespondSection) score += 2;
    if (NOT_FOR_RESPONSES.test(before + sentenceAfter(text.text, match.index))) score -= 3;
    found.push({ email, score, span: spanOf(text, match.index, match.index + match[0].length) });
  }
  return found;
}

/**
 * The address responses go to: one in the "How to respond" part, or in a
 * sentence that says to send responses to it; never just any address in the
 * document. When the consultation says to reply to the team "named on the front
 * page", the front page's "Email:" line is used.
 */
export function findResponseEmail(doc: DocumentStructure): ResponseEmailFinding {
  const respondSections = sectionRegions(doc, RESPOND_HEADING);
  const candidates: Candidate[] = [];
  let pointsToFrontPage = false;
  for (const block of doc.blocks) {
    if (block.kind === 'toc') continue;
    const inSection = inRegions(respondSections, block.lines[0] ?? -1);
    if (inSection && FRONT_PAGE_POINTER.test(block.text.text)) pointsToFrontPage = true;
    // A loop, not push(...): a line of millions of addresses would overflow the stack as arguments.
    for (const candidate of candidatesIn(block.text, inSection)) {
      candidates.push(candidate);
      if (candidates.length > 500) break;
    }
    if (candidates.length > 500) break;
  }
  const best = candidates.reduce<Candidate | null>((top, candidate) => (top === null || candidate.score > top.score ? candidate : top), null);
  if (best && best.score >= 5) return { email: best.email, confidence: 'high', span: best.span };
  if (best && best.score >= 2 && !pointsToFrontPage) return { email: best.email, confidence: 'medium', span: best.span };

  if (pointsToFrontPage) {
    for (const found of findLabelledValues(doc, 'e-?mail|email address|contact email')) {
      const match = /[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/.exec(found.value.text);
      if (match && EmailSchema.safeParse(match[0]).success) {
        return { email: match[0], confidence: 'medium', span: spanOf(found.value, match.index, match.index + match[0].length) };
      }
    }
  }
  return { email: '', confidence: 'low', span: null };
}
