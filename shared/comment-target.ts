import type { CommentSection, CommentTarget, ResponseDraft } from './model';

const SECTION_NAMES: Record<CommentSection, string> = {
  confidentiality: 'Confidentiality',
  respondent: 'Respondent',
  signatory: 'Signatory',
  general: 'the whole response',
};

const SECTIONS = Object.keys(SECTION_NAMES) as CommentSection[];

/** The screen a comment belongs to, as the draft screen names its sections: "question:<id>" or "confidentiality". */
export function commentTargetKey(target: CommentTarget): string {
  return target.kind === 'question' ? `question:${target.questionId}` : target.section;
}

/** The target a section key names, or null when it names none. */
export function commentTargetFromKey(key: string): CommentTarget | null {
  if (key.startsWith('question:')) return { kind: 'question', questionId: key.slice('question:'.length) };
  return SECTIONS.includes(key as CommentSection) ? { kind: 'section', section: key as CommentSection } : null;
}

export function sameCommentTarget(a: CommentTarget, b: CommentTarget): boolean {
  return commentTargetKey(a) === commentTargetKey(b);
}

/** What a comment is about, in words: "Dates Q1", "Confidentiality". */
export function commentTargetLabel(draft: ResponseDraft, target: CommentTarget): string {
  if (target.kind === 'question') return draft.consultation.questions.find((q) => q.id === target.questionId)?.label ?? 'a question';
  return SECTION_NAMES[target.section];
}
