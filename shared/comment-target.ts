import type { ResponseDraft } from './model';

const SECTION_NAMES: Record<string, string> = {
  confidentiality: 'Confidentiality',
  respondent: 'Respondent',
  signatory: 'Signatory',
  general: 'the whole response',
};

/** What a comment is about, in words: "Dates Q1", "Confidentiality". */
export function commentTargetLabel(draft: ResponseDraft, target: string): string {
  if (target.startsWith('question:')) {
    const id = target.slice('question:'.length);
    return draft.consultation.questions.find((q) => q.id === id)?.label ?? 'a question';
  }
  return SECTION_NAMES[target] ?? target;
}
