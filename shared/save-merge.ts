import { AppError } from './app-error';
import type { HistoryEntry, MainOwnedFields, ResponseDraft } from './model';
import { isLocked } from './workflow';
import { commentEvents } from './draft-changes/comments';
import { EDITED_THE_DRAFT, editedParts } from './edited-parts';

/** Edits to a part within this span of its last "edited" entry extend it rather than add another. */
const EDIT_SESSION_MS = 60 * 60 * 1000;

/** Kinds that do not end an editing session: comments come and go while people write. */
const WITHIN_SESSION = new Set<HistoryEntry['kind']>(['edited', 'commented', 'comment-resolved']);

export function mainOwnedFields(draft: ResponseDraft): MainOwnedFields {
  const { history, status, signOff, sent, exportFolder, createdAt, conflicts } = draft;
  return { history, status, signOff, sent, exportFolder, createdAt, conflicts };
}

/** The "edited" lines of the current session: those since the last other step, each less than the session span ago. */
function sessionEdits(history: readonly HistoryEntry[], now: Date): Set<string> {
  const seen = new Set<string>();
  for (let i = history.length - 1; i >= 0; i -= 1) {
    const entry = history[i]!;
    if (!WITHIN_SESSION.has(entry.kind)) break;
    if (entry.kind === 'edited' && now.getTime() - Date.parse(entry.at) < EDIT_SESSION_MS) seen.add(entry.summary);
  }
  return seen;
}

/**
 * One line per part edited in a session, saying which question or section. A
 * save that changed nothing nameable is covered by any line of the session, or
 * by the comment lines it brings.
 */
function editedEvents(onDisk: ResponseDraft, incoming: ResponseDraft, at: string, now: Date, commentLines: number): HistoryEntry[] {
  const seen = sessionEdits(onDisk.history, now);
  const parts = editedParts(onDisk, incoming);
  if (parts.length === 0) return seen.size > 0 || commentLines > 0 ? [] : [{ kind: 'edited', at, summary: EDITED_THE_DRAFT }];
  return parts.filter((summary) => !seen.has(summary)).map((summary) => ({ kind: 'edited', at, summary }));
}

/**
 * What a save from the window writes: the window's content with the fields
 * the main process owns taken from disk, plus timeline entries for the edit
 * and for comments added or resolved. A locked draft refuses the save.
 */
export function mergeSave(onDisk: ResponseDraft, incoming: ResponseDraft, now: Date): ResponseDraft {
  if (isLocked(onDisk.status)) {
    throw new AppError('locked', 'This draft is signed off, sent or closed, so it is read-only. Reopen it for changes first.');
  }
  const at = now.toISOString();
  const comments = commentEvents(onDisk, incoming, now);
  const events = [...editedEvents(onDisk, incoming, at, now, comments.length), ...comments];
  return { ...incoming, ...mainOwnedFields(onDisk), history: [...onDisk.history, ...events] };
}
