import type { DraftSummary } from '../../shared/model';
import { answerFor } from '../../shared/draft-changes/content';
import type { ResponseDraft } from '../../shared/model';
import { isAnswered } from '../../shared/progress';

export function summariseDraft(draft: ResponseDraft): DraftSummary {
  const questions = draft.consultation.questions;
  return {
    id: draft.id,
    name: draft.name,
    consultationId: draft.consultation.id,
    consultationTitle: draft.consultation.title,
    issuer: draft.consultation.issuer,
    respondBy: draft.consultation.respondBy,
    status: draft.status,
    updatedAt: draft.updatedAt,
    answered: questions.filter((q) => isAnswered(q, answerFor(draft, q.id))).length,
    questionCount: questions.length,
  };
}
