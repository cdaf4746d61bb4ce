import type { Consultation, ResponseDraft } from '../../shared/model';
import { isAnswered, isConfidentialityComplete, isRespondentComplete, isSignatoryComplete } from '../../shared/progress';
import type { SectionId } from './state/store-types';
import { answerFor } from '../../shared/draft-changes/content';

export interface SectionOutline {
  id: SectionId;
  label: string;
  /** A short second line, e.g. the question's opening words. */
  detail: string;
}

export interface SectionEntry extends SectionOutline {
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

/** The sections of a response to this consultation, in the order it is written. */
export function sectionOutline(consultation: Consultation): SectionOutline[] {
  const questions = consultation.questions.map((q) => ({
    id: questionSection(q.id),
    label: q.label,
    detail: q.text.length > 60 ? `${q.text.slice(0, 57)}…` : q.text,
  }));
  return [...questions, ...FIXED_SECTIONS.map((s) => ({ id: s.id, label: s.label, detail: '' }))];
}

/** Completion keys by draft object: store selectors run on every change to the store, most of which leave the draft alone. */
const completionKeys = new WeakMap<ResponseDraft, string>();

/** Which sections are complete, as a string of 0s and 1s in outline order: cheap to compare on every keystroke. */
export function completionKey(draft: ResponseDraft): string {
  const known = completionKeys.get(draft);
  if (known !== undefined) return known;
  const questions = draft.consultation.questions.map((q) => isAnswered(q, answerFor(draft, q.id)));
  const key = [...questions, ...FIXED_SECTIONS.map((s) => s.complete(draft))].map((done) => (done ? '1' : '0')).join('');
  completionKeys.set(draft, key);
  return key;
}

/** The draft's sections, each with its progress tick. */
export function listSections(draft: ResponseDraft): SectionEntry[] {
  const key = completionKey(draft);
  return sectionOutline(draft.consultation).map((s, i) => ({ ...s, complete: key[i] === '1' }));
}

export function firstSection(consultation: Consultation): SectionId {
  const first = consultation.questions[0];
  return first ? questionSection(first.id) : 'confidentiality';
}
