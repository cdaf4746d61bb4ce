import { AppError } from '../app-error';
import { isLocked } from '../workflow';
import type { ConflictRecord, ExportedFile, ExportKind, HistoryEntry, ResponseDraft } from '../model';

/** Changes the library makes to whole drafts: names, copies, exports and reuse notes, each with its timeline line. */

export function renameDraft(draft: ResponseDraft, name: string, now: Date): ResponseDraft {
  const at = now.toISOString();
  return { ...draft, name, history: [...draft.history, { kind: 'renamed', at, summary: `Renamed from "${draft.name}" to "${name}"` }] };
}

/** A new draft with the same content, back at drafting, without the review, sign-off and sending of the original. */
export function duplicateDraft(source: ResponseDraft, id: string, now: Date): ResponseDraft {
  const at = now.toISOString();
  return {
    ...source,
    id,
    name: `Copy of ${source.name}`,
    createdAt: at,
    updatedAt: at,
    status: 'drafting',
    comments: [],
    signOff: null,
    sent: null,
    conflicts: [],
    history: [{ kind: 'created', at, summary: `Duplicated from "${source.name}"` }],
  };
}

/** The copy written by File > Save a copy as…: everything kept, a new id, and a line saying where it went. */
export function copyDraftTo(source: ResponseDraft, id: string, path: string, now: Date): ResponseDraft {
  const at = now.toISOString();
  return { ...source, id, updatedAt: at, history: [...source.history, { kind: 'created', at, summary: `Copied from "${source.name}" to ${path}` }] };
}

const KIND_WORDS: Record<ExportKind, string> = {
  'letter-full': 'the response letter',
  'letter-publication': 'the publication version',
  email: 'the email draft',
};

/** The history lines for files exported from a draft; `signedOff` is the state of the version exported. */
export function exportEntries(files: readonly ExportedFile[], now: Date, signedOff: boolean): HistoryEntry[] {
  const at = now.toISOString();
  return files.map((file) => ({
    kind: 'exported',
    at,
    summary: `Exported ${KIND_WORDS[file.kind]} as "${file.fileName}"`,
    exportKind: file.kind,
    fileName: file.fileName,
    sha256: file.sha256,
    signedOff,
  }));
}

/** Adds the export lines to `draft`, whose current status is the one exported. */
export function recordExports(draft: ResponseDraft, files: readonly ExportedFile[], now: Date): ResponseDraft {
  return { ...draft, history: [...draft.history, ...exportEntries(files, now, draft.status === 'signed-off')] };
}

/** Notes on the timeline that a question was started from an answer in another draft. */
export function noteReuse(draft: ResponseDraft, questionId: string, source: ResponseDraft, fromQuestionId: string, now: Date): ResponseDraft {
  if (isLocked(draft.status)) throw new AppError('locked', 'This draft is read-only; reopen it for changes first.');
  const fromQuestion = source.consultation.questions.find((q) => q.id === fromQuestionId);
  if (!fromQuestion) throw new AppError('not-found', 'That earlier answer is no longer in its draft.');
  const question = draft.consultation.questions.find((q) => q.id === questionId);
  if (!question) throw new AppError('not-found', 'That question is not in this draft.');
  const entry: HistoryEntry = {
    kind: 'reused',
    at: now.toISOString(),
    summary: `Started ${question.label} from the answer to ${fromQuestion.label} in "${source.name}"`,
    questionId,
    fromDraftId: source.id,
    fromDraftName: source.name,
    fromQuestionLabel: fromQuestion.label,
  };
  return { ...draft, history: [...draft.history, entry] };
}

/** Records a step or edit that could not be taken as made, so nobody's work vanishes unexplained. */
export function addConflict<T extends Pick<ResponseDraft, 'conflicts'>>(draft: T, conflict: ConflictRecord): T {
  return { ...draft, conflicts: [...draft.conflicts, conflict] };
}
