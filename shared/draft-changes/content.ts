import type { Answer, Confidentiality, Respondent, ResponseDraft, Signatory } from '../model';

/**
 * Changes to what the response says. Each takes the draft, the change and the
 * time, and returns the new draft; the window, the command line and the tests
 * all make their edits through these.
 */

const EMPTY_ANSWER: Answer = { position: null, rationale: '', confidential: false };

export function answerFor(draft: ResponseDraft, questionId: string): Answer | undefined {
  return Object.hasOwn(draft.answers, questionId) ? draft.answers[questionId] : undefined;
}

export function changeAnswer(draft: ResponseDraft, questionId: string, change: Partial<Answer>, now: Date): ResponseDraft {
  if (!draft.consultation.questions.some((q) => q.id === questionId)) return draft;
  const answer = { ...(answerFor(draft, questionId) ?? EMPTY_ANSWER), ...change };
  return { ...draft, answers: { ...draft.answers, [questionId]: answer }, updatedAt: now.toISOString() };
}

/** Adds an earlier answer's words below the ones already there, and its position when none is chosen yet. */
export function appendEarlierAnswer(draft: ResponseDraft, questionId: string, earlier: Pick<Answer, 'position' | 'rationale'>, now: Date): ResponseDraft {
  const current = answerFor(draft, questionId) ?? EMPTY_ANSWER;
  const rationale = current.rationale.trim() === '' ? earlier.rationale : `${current.rationale.trimEnd()}\n\n${earlier.rationale}`;
  return changeAnswer(draft, questionId, { rationale, position: current.position ?? earlier.position }, now);
}

export function changeConfidentiality(draft: ResponseDraft, change: Partial<Confidentiality>, now: Date): ResponseDraft {
  return { ...draft, confidentiality: { ...draft.confidentiality, ...change }, updatedAt: now.toISOString() };
}

export function changeRespondent(draft: ResponseDraft, change: Partial<Respondent>, now: Date): ResponseDraft {
  return { ...draft, respondent: { ...draft.respondent, ...change }, updatedAt: now.toISOString() };
}

export function changeSignatory(draft: ResponseDraft, change: Partial<Signatory>, now: Date): ResponseDraft {
  return { ...draft, signatory: { ...draft.signatory, ...change }, updatedAt: now.toISOString() };
}

export function changeIntroduction(draft: ResponseDraft, introduction: string | null, now: Date): ResponseDraft {
  return { ...draft, introduction, updatedAt: now.toISOString() };
}
