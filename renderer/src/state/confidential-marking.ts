import { answerFor } from '../../../shared/draft-changes/content';
import {
  addConfidentialMark,
  confidentialMarkIds,
  newConfidentialMarkId,
  removeConfidentialMarksAt,
  toMarkedText,
} from '../../../shared/markdown/confidential-marks';
import type { ResponseDraft } from '../../../shared/model';

export type MarkOutcome = 'marked' | 'unmarked' | 'nothing';

/** Every part id used anywhere in the draft, so a new one is unique across its answers. */
function idsInDraft(draft: ResponseDraft): Set<string> {
  return new Set(Object.values(draft.answers).flatMap((a) => confidentialMarkIds(a.rationale)));
}

/** True when the plain selection (or the caret) lies wholly within marked words: then the toggle unmarks. */
export function selectionIsMarked(raw: string, start: number, end: number): boolean {
  const { ranges } = toMarkedText(raw);
  const from = Math.min(start, end);
  const to = Math.max(start, end);
  if (from === to) return ranges.some((r) => r.start <= from && from <= r.end && (r.start < from || from < r.end));
  return ranges.some((r) => r.start <= from && to <= r.end);
}

/** Reasons of parts that no longer appear anywhere are dropped; reasons of parts joined into another are kept with it. */
function tidyReasons(draft: ResponseDraft, joined: { into: string; from: string[] } | null): ResponseDraft['confidentiality']['partReasons'] {
  const present = idsInDraft(draft);
  const reasons = { ...draft.confidentiality.partReasons };
  if (joined) {
    const texts = [reasons[joined.into], ...joined.from.map((id) => reasons[id])].map((t) => t?.trim() ?? '').filter((t) => t !== '');
    if (texts.length > 0) reasons[joined.into] = texts.join(' ');
  }
  return Object.fromEntries(Object.entries(reasons).filter(([id]) => present.has(id)));
}

/**
 * Marks the selected words of an answer as confidential, or unmarks them when
 * they are already marked. Marking while the response says nothing is
 * confidential switches it to "named parts", so the letter does not contradict itself.
 */
export function toggleConfidentialMark(draft: ResponseDraft, questionId: string, start: number, end: number): { draft: ResponseDraft; outcome: MarkOutcome } {
  const answer = answerFor(draft, questionId);
  if (!answer) return { draft, outcome: 'nothing' };
  const withRationale = (rationale: string): ResponseDraft => ({
    ...draft,
    answers: { ...draft.answers, [questionId]: { ...answer, rationale } },
  });

  if (selectionIsMarked(answer.rationale, start, end)) {
    const { text, removedIds } = removeConfidentialMarksAt(answer.rationale, start, end);
    if (removedIds.length === 0) return { draft, outcome: 'nothing' };
    const next = withRationale(text);
    return { draft: { ...next, confidentiality: { ...next.confidentiality, partReasons: tidyReasons(next, null) } }, outcome: 'unmarked' };
  }

  const added = addConfidentialMark(answer.rationale, start, end, newConfidentialMarkId(idsInDraft(draft)));
  if (!added) return { draft, outcome: 'nothing' };
  const next = withRationale(added.text);
  const scope = next.confidentiality.scope === 'none' ? 'parts' : next.confidentiality.scope;
  return {
    draft: { ...next, confidentiality: { ...next.confidentiality, scope, partReasons: tidyReasons(next, { into: added.id, from: added.absorbedIds }) } },
    outcome: 'marked',
  };
}
