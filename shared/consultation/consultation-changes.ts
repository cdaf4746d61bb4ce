import { formatRespondBy } from '../deadline';
import type { Answer, Consultation, Question } from '../model';

/** A question the corrected consultation no longer asks, with what the draft had written to it. */
export interface RemovedQuestion {
  question: Question;
  /** Null when nothing had been written or chosen for it. */
  answer: Answer | null;
}

/** What a corrected consultation changes for a draft that embeds the earlier version. */
export interface ConsultationChanges {
  /** The consultation's own details that changed, in words: "the deadline (now 17:00 Fri 11 Mar 2022)". */
  details: string[];
  added: Question[];
  removed: RemovedQuestion[];
  /** Same question (same id), new wording or label: the answer stays with it. */
  reworded: Array<{ before: Question; after: Question }>;
  /** The questions that stay are asked in a different order. */
  reordered: boolean;
}

function hasContent(answer: Answer | undefined): answer is Answer {
  return answer !== undefined && (answer.rationale.trim() !== '' || answer.position !== null || answer.confidential);
}

function quoted(value: string): string {
  return value.trim() === '' ? 'now empty' : `now “${value.length > 80 ? `${value.slice(0, 79)}…` : value}”`;
}

function detailChanges(before: Consultation, after: Consultation): string[] {
  const details: string[] = [];
  if (before.title !== after.title) details.push(`the title (${quoted(after.title)})`);
  if (before.reference !== after.reference) details.push(`the reference (${quoted(after.reference)})`);
  if (before.issuer !== after.issuer) details.push(`the issuer (${quoted(after.issuer)})`);
  if (before.issuedOn !== after.issuedOn) details.push(`the date issued (${after.issuedOn === null ? 'now not given' : `now ${after.issuedOn}`})`);
  if (before.respondBy?.date !== after.respondBy?.date || before.respondBy?.time !== after.respondBy?.time) {
    details.push(`the deadline (${after.respondBy === null ? 'now not given' : `now ${formatRespondBy(after.respondBy)}`})`);
  }
  if (before.responseEmail !== after.responseEmail) details.push(`the response address (${quoted(after.responseEmail)})`);
  if (before.classification !== after.classification) details.push(`the classification (${quoted(after.classification)})`);
  if (before.publicationNotice !== after.publicationNotice) details.push('the words on publication and confidentiality');
  return details;
}

/** Compares the consultation a draft holds (and its answers) with a corrected version of it, matching questions by id. */
export function consultationChanges(before: Consultation, draftAnswers: Readonly<Record<string, Answer>>, corrected: Consultation): ConsultationChanges {
  const beforeById = new Map(before.questions.map((q) => [q.id, q]));
  const afterIds = new Set(corrected.questions.map((q) => q.id));
  const answers = new Map(Object.entries(draftAnswers));

  const kept = corrected.questions.filter((q) => beforeById.has(q.id));
  const keptBefore = before.questions.filter((q) => afterIds.has(q.id));
  return {
    details: detailChanges(before, corrected),
    added: corrected.questions.filter((q) => !beforeById.has(q.id)),
    removed: before.questions
      .filter((q) => !afterIds.has(q.id))
      .map((question) => {
        const answer = answers.get(question.id);
        return { question, answer: hasContent(answer) ? answer : null };
      }),
    reworded: kept
      .map((after) => ({ before: beforeById.get(after.id)!, after }))
      .filter(({ before: b, after: a }) => b.text !== a.text || b.label !== a.label || b.section !== a.section || b.kind !== a.kind),
    reordered: kept.some((q, i) => keptBefore[i]?.id !== q.id),
  };
}

export function hasChanges(changes: ConsultationChanges): boolean {
  return changes.details.length + changes.added.length + changes.removed.length + changes.reworded.length > 0 || changes.reordered;
}

function labels(questions: readonly Question[]): string {
  return questions.map((q) => q.label).join(', ');
}

/** One sentence for the draft's history: what taking up the correction changed. */
export function describeChanges(changes: ConsultationChanges): string {
  const parts: string[] = [];
  if (changes.details.length > 0) parts.push(`corrected ${changes.details.join(', ')}`);
  if (changes.added.length > 0) parts.push(`added ${labels(changes.added)}`);
  if (changes.reworded.length > 0) parts.push(`reworded ${labels(changes.reworded.map((r) => r.after))} (answers kept)`);
  if (changes.reordered) parts.push('put the questions in a new order');
  const withAnswers = changes.removed.filter((r) => r.answer !== null);
  const withoutAnswers = changes.removed.filter((r) => r.answer === null);
  if (withAnswers.length > 0) parts.push(`removed ${labels(withAnswers.map((r) => r.question))} (the answers are kept below)`);
  if (withoutAnswers.length > 0) parts.push(`removed ${labels(withoutAnswers.map((r) => r.question))} (not answered)`);
  return parts.length === 0 ? 'Took up the corrected consultation: nothing changed for this draft' : `Took up the corrected consultation: ${parts.join('; ')}`;
}
