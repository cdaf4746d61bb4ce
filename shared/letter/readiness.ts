import type { ExportKind, Question, ResponseDraft } from '../model';
import { confidentialQuestions } from './confidentiality';
import { commentTargetLabel } from '../comment-target';
import { markedParts, partExcerpt } from '../marked-parts';
import { isConfidentialityReasonNeeded } from '../progress';
import { joinWithAnd } from './confidentiality';
import { describeDeadline } from '../deadline';
import { answerFor } from '../draft-changes/content';

export type ReadinessSeverity = 'block' | 'warning';
export type ReadinessSection = 'questions' | 'confidentiality' | 'respondent' | 'signatory' | 'consultation' | 'review';

export interface ReadinessItem {
  severity: ReadinessSeverity;
  section: ReadinessSection;
  questionId?: string;
  /** For a block that stops only some exports; absent means it stops every export. */
  blocks?: ExportKind[];
  message: string;
}

function unansweredMessage(question: Question, hasPosition: boolean, hasRationale: boolean): string | null {
  if (question.kind === 'agree' && !hasPosition) {
    return `${question.label} has no position yet (agree, partly agree, disagree or no comment).`;
  }
  if (!hasRationale && !hasPosition) return `${question.label} has no answer yet.`;
  return null;
}

function questionItems(draft: ResponseDraft): ReadinessItem[] {
  return draft.consultation.questions.flatMap((question) => {
    const answer = answerFor(draft, question.id);
    const hasPosition = answer?.position != null;
    const hasRationale = (answer?.rationale.trim() ?? '') !== '';
    const items: ReadinessItem[] = [];
    const missing = unansweredMessage(question, hasPosition, hasRationale);
    if (missing) {
      items.push({ severity: 'warning', section: 'questions', questionId: question.id, message: missing });
    } else if (!hasRationale && answer?.position !== 'no-comment') {
      items.push({
        severity: 'warning',
        section: 'questions',
        questionId: question.id,
        message: `${question.label} has a position but no reasons; DCC weighs the reasons.`,
      });
    }
    return items;
  });
}

function confidentialityItems(draft: ResponseDraft): ReadinessItem[] {
  const { scope, otherParts, reasons } = draft.confidentiality;
  const items: ReadinessItem[] = [];
  const parts = markedParts(draft);
  const flagged = draft.consultation.questions.filter((q) => answerFor(draft, q.id)?.confidential === true);
  if (scope === 'none' && flagged.length > 0) {
    items.push({
      severity: 'warning',
      section: 'confidentiality',
      message: `${flagged.map((q) => q.label).join(', ')} ${flagged.length === 1 ? 'is' : 'are'} marked confidential, but the response says nothing is confidential, so ${flagged.length === 1 ? 'it' : 'they'} will be sent as publishable. Choose “parts of the response” to keep ${flagged.length === 1 ? 'it' : 'them'} confidential.`,
    });
  }
  if (scope === 'none' && parts.length > 0) {
    items.push({
      severity: 'warning',
      section: 'confidentiality',
      message: `Words in ${joinWithAnd([...new Set(parts.flatMap((p) => p.questions.map((q) => q.label)))])} are marked confidential, but the response says nothing is confidential, so they will be sent as publishable. Choose “Named parts of it” to keep them confidential.`,
    });
  }
  if (isConfidentialityReasonNeeded(draft) && reasons.trim() === '') {
    items.push({
      severity: 'warning',
      section: 'confidentiality',
      message: 'Say why the response is confidential: the DCC asks for your reasons.',
    });
  }
  if (scope === 'parts') {
    parts.forEach((part, i) => {
      if (part.reason.trim() !== '') return;
      items.push({
        severity: 'warning',
        section: 'confidentiality',
        questionId: part.questions[0]?.id,
        message: `Marked part ${i + 1} in ${joinWithAnd(part.questions.map((q) => q.label))} (“${partExcerpt(part, 40)}”) has no reason yet: say why it is confidential.`,
      });
    });
  }
  if (scope === 'parts' && confidentialQuestions(draft).length === 0 && parts.length === 0 && otherParts.trim() === '') {
    items.push({
      severity: 'block',
      section: 'confidentiality',
      message:
        'The response says parts of it are confidential but names none. Mark the confidential words or answers, describe the other parts, or choose “nothing is confidential”.',
    });
  }
  if (scope === 'parts' && (confidentialQuestions(draft).length > 0 || parts.length > 0) && otherParts.trim() !== '') {
    items.push({
      severity: 'warning',
      section: 'confidentiality',
      message: `The publication version leaves out marked words and answers only. Check that it does not contain “${otherParts.trim()}” before you send it.`,
    });
  }
  return items;
}

/**
 * What stands between the draft and a letter that can be sent. Mostly
 * warnings: only what would make the letter wrong (or the email unsendable)
 * blocks.
 */
export function checkReadiness(draft: ResponseDraft): ReadinessItem[] {
  const items: ReadinessItem[] = [...questionItems(draft), ...confidentialityItems(draft)];
  if (draft.respondent.organisation.trim() === '') {
    items.push({
      severity: 'block',
      section: 'respondent',
      message: 'Enter your organisation: the letter is written in its name.',
    });
  }
  if (draft.signatory.name.trim() === '') {
    items.push({ severity: 'warning', section: 'signatory', message: 'No one signs the letter yet: enter the signatory’s name.' });
  }
  const unresolved = draft.comments.filter((c) => !c.resolved);
  if (unresolved.length > 0) {
    items.push({
      severity: 'warning',
      section: 'review',
      message: `${unresolved.length === 1 ? 'One review comment is' : `${unresolved.length} review comments are`} not resolved yet (${[...new Set(unresolved.map((c) => commentTargetLabel(draft, c.target)))].join(', ')}).`,
    });
  }
  if (draft.consultation.responseEmail === '') {
    items.push({
      severity: 'block',
      section: 'consultation',
      blocks: ['email'],
      message:
        'The consultation has no response email address, so the email cannot be prepared. The letters can still be exported; add the address to the consultation to prepare the email.',
    });
  }
  return items;
}

/** The blocks that stop the given export kinds. */
export function blockingItems(items: readonly ReadinessItem[], kinds: readonly ExportKind[]): ReadinessItem[] {
  return items.filter(
    (item) => item.severity === 'block' && (item.blocks === undefined || item.blocks.some((k) => kinds.includes(k))),
  );
}

/**
 * What is incomplete at sign-off: unanswered questions, confidentiality
 * without its reasons, marked parts without theirs, and a deadline already
 * passed. Any of these blocks sign-off unless the signer records why.
 */
export function signOffIssues(draft: ResponseDraft, now: Date): string[] {
  const issues = checkReadiness(draft)
    .filter((item) => item.section === 'questions' || item.section === 'confidentiality')
    .filter((item) => item.severity === 'warning')
    .map((item) => item.message);
  const { respondBy } = draft.consultation;
  if (respondBy !== null) {
    const deadline = describeDeadline(respondBy, now);
    if (deadline.state === 'closed') issues.push(`The deadline has passed: the consultation ${deadline.text}.`);
  }
  return issues;
}
