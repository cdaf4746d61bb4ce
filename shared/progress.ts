import type { Answer, Question, ResponseDraft } from './model';
import { markedParts } from './marked-parts';
import { stripConfidentialMarkers } from './markdown/confidential-marks';

/** An answer counts as given when it has a rationale, and a position where the question asks for one. */
export function isAnswered(question: Question, answer: Answer | undefined): boolean {
  if (!answer) return false;
  const hasRationale = answer.rationale.trim().length > 0;
  return question.kind === 'agree' ? answer.position !== null && (hasRationale || answer.position === 'no-comment') : hasRationale;
}

/**
 * Whether the response-wide reasons are needed: for a wholly confidential
 * response, or for whole answers and parts described in words. Marked words
 * carry reasons of their own.
 */
export function isConfidentialityReasonNeeded(draft: ResponseDraft): boolean {
  const { scope, otherParts } = draft.confidentiality;
  if (scope === 'none') return false;
  if (scope === 'whole') return true;
  return Object.values(draft.answers).some((a) => a.confidential) || otherParts.trim().length > 0 || markedParts(draft).length === 0;
}

export function isConfidentialityComplete(draft: ResponseDraft): boolean {
  const { scope, reasons, otherParts } = draft.confidentiality;
  const parts = markedParts(draft);
  if (scope === 'none') return parts.length === 0;
  if (isConfidentialityReasonNeeded(draft) && reasons.trim().length === 0) return false;
  if (scope === 'whole') return true;
  if (parts.some((part) => part.reason.trim() === '')) return false;
  return parts.length > 0 || Object.values(draft.answers).some((a) => a.confidential) || otherParts.trim().length > 0;
}

export function isRespondentComplete(draft: ResponseDraft): boolean {
  const r = draft.respondent;
  return [r.organisation, r.contactName, r.email].every((v) => v.trim().length > 0);
}

export function isSignatoryComplete(draft: ResponseDraft): boolean {
  return draft.signatory.name.trim().length > 0 && draft.signatory.jobTitle.trim().length > 0;
}

/** Words as a reader counts them: confidential markers are not words. */
export function countWords(text: string): number {
  // Markdown list markers such as "-" or "1." are not words.
  return (stripConfidentialMarkers(text).match(/\S+/g) ?? []).filter((token) => /[\p{L}\p{N}]/u.test(token) && !/^\d+[.)]$/.test(token)).length;
}
