import { serialiseDraft } from '../../electron/services/draft-file';
import type { ResponseDraft } from '../../shared/model';

/** The clock of every save in the kill test, so the file a version produces is known to the byte. */
export const FAULT_CLOCK = new Date('2020-10-26T10:00:00.000Z');

const MARK = /^Version (\d+)\./;

/**
 * Version `n` of the draft the child saves: the only thing that changes is
 * the counter, written into the rationale (with filler of a length that
 * varies with it, so versions differ in size and a write spans many blocks).
 */
export function versionOf(base: ResponseDraft, n: number): ResponseDraft {
  const filler = `[${n}] The proposed date leaves too little time to test the change with our agents. `.repeat(40 + ((n * 7919) % 1500));
  const first = base.consultation.questions[0]?.id;
  const answer = first === undefined ? undefined : base.answers[first];
  if (first === undefined || !answer) throw new Error('the draft has no answer to change');
  return { ...base, answers: { ...base.answers, [first]: { ...answer, rationale: `Version ${n}. ${filler}` } } };
}

/** The counter a saved draft carries, or null when its rationale is not one the child wrote. */
export function versionNumber(draft: Pick<ResponseDraft, 'consultation' | 'answers'>): number | null {
  const first = draft.consultation.questions[0]?.id ?? '';
  const match = MARK.exec(draft.answers[first]?.rationale ?? '');
  return match ? Number(match[1]) : null;
}

/** The exact text the library writes for version `n` (saves after the first add nothing to the history). */
export function expectedFileText(base: ResponseDraft, n: number): string {
  return serialiseDraft(versionOf(base, n));
}
