import type { Answer, Question, ResponseDraft } from './model';

/** An answer counts as given when it has a rationale, and a position where the question asks for one. */
export function isAnswered(question: Question, answer: Answer | undefined): boolean {
  if (!answer) return false;
  const hasRationale = answer.rationale.trim().length > 0;
  return question.kind === 'agree' ? answer.position !== null && (hasRationale || answer.position === 'no-comment') : hasRationale;
}

export function isConfidentialityComplete(draft: ResponseDraft): boolean {
  const { scope, reasons, otherParts } = draft.confidentiality;
  if (scope === 'none') return true;
  if (reasons.trim().length === 0) return false;
  return scope === 'whole' || draft.answers.some((a) => a.confidential) || otherParts.trim().length > 0;
}

export function isRespondentComplete(draft: ResponseDraft): boolean {
  const r = draft.respondent;
  return [r.organisation, r.contactName, r.email].every((v) => v.trim().length > 0);
}

export function isSignatoryComplete(draft: ResponseDraft): boolean {
  return draft.signatory.name.trim().length > 0 && draft.signatory.jobTitle.trim().length > 0;
}

export function countWords(text: string): number {
  // Markdown list markers such as "-" or "1." are not words.
  return (text.match(/\S+/g) ?? []).filter((token) => /[\p{L}\p{N}]/u.test(token) && !/^\d+[.)]$/.test(token)).length;
}
