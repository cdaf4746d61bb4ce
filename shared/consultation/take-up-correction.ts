import { AppError } from '../app-error';
import type { Answer, Consultation, HistoryEntry, ResponseDraft } from '../model';
import { isLocked } from '../workflow';
import { answerFor } from '../draft-changes/content';
import { consultationChanges, describeChanges } from './consultation-changes';

const MAX_SUMMARY = 2000;

/**
 * The draft with the corrected consultation in place of the copy it holds.
 * Answers follow their question by id, so a reworded, relabelled or moved
 * question keeps its answer; a new question gets an empty one. Answers to
 * questions that were removed leave the letter but are kept word for word in
 * the history line, so nothing written is lost. A signed-off, sent or closed
 * draft is refused: what was signed is what goes out.
 */
export function takeUpCorrectedConsultation(draft: ResponseDraft, corrected: Consultation, now: Date): ResponseDraft {
  if (isLocked(draft.status)) {
    throw new AppError('locked', 'This draft is signed off, sent or closed, so it keeps the consultation it was signed against. Reopen it first to take up the correction.');
  }
  if (corrected.id !== draft.consultation.id) {
    throw new AppError('invalid-argument', 'That is a different consultation from the one this draft responds to.');
  }
  const changes = consultationChanges(draft.consultation, draft.answers, corrected);
  const answers: Record<string, Answer> = Object.fromEntries(
    corrected.questions.map((q) => [q.id, answerFor(draft, q.id) ?? { position: null, rationale: '', confidential: false }]),
  );
  const summary = describeChanges(changes);
  const entry: HistoryEntry = {
    kind: 'consultation-updated',
    at: now.toISOString(),
    summary: summary.length > MAX_SUMMARY ? `${summary.slice(0, MAX_SUMMARY - 1)}…` : summary,
    removedAnswers: changes.removed.flatMap(({ question, answer }) =>
      answer === null
        ? []
        : [{ questionId: question.id, questionLabel: question.label, questionText: question.text, position: answer.position, rationale: answer.rationale, confidential: answer.confidential }],
    ),
  };
  return { ...draft, consultation: corrected, answers, updatedAt: now.toISOString(), history: [...draft.history, entry] };
}
