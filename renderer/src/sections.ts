import type { ResponseDraft } from '../../shared/model';
import { isAnswered, isConfidentialityComplete, isRespondentComplete, isSignatoryComplete } from '../../shared/progress';
import type { SectionId } from './state/store-types';

export interface SectionEntry {
  id: SectionId;
  label: string;
  /** A short second line, e.g. the question's opening words. */
  detail: string;
  complete: boolean;
}

const FIXED_SECTIONS: { id: SectionId; label: string; complete: (d: ResponseDraft) => boolean }[] = [
  { id: 'confidentiality', label: 'Confidentiality', complete: isConfidentialityComplete },
  { id: 'respondent', label: 'Respondent', complete: isRespondentComplete },
  { id: 'signatory', label: 'Signatory', complete: isSignatoryComplete },
];

export function questionSection(questionId: string): SectionId {
  return `question:${questionId}`;
}

/** The draft's sections in the order a response is written, each with its progress tick. */
export function listSections(draft: ResponseDraft): SectionEntry[] {
  const questions = draft.consultation.questions.map((q, i) => ({
    id: questionSection(q.id),
    label: q.label,
    detail: q.text.length > 60 ? `${q.text.slice(0, 57)}…` : q.text,
    complete: isAnswered(q, draft.answers[i]),
  }));
  const fixed = FIXED_SECTIONS.map((s) => ({ id: s.id, label: s.label, detail: '', complete: s.complete(draft) }));
  return [...questions, ...fixed];
}

export function firstSection(draft: ResponseDraft): SectionId {
  const first = draft.consultation.questions[0];
  return first ? questionSection(first.id) : 'confidentiality';
}
