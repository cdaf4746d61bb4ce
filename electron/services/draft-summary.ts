import type { DraftSummary } from '../../shared/model';
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
    answered: questions.filter((q, i) => isAnswered(q, draft.answers[i])).length,
    questionCount: questions.length,
  };
}
