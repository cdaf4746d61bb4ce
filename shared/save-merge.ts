import { AppError } from './app-error';
import type { HistoryEntry, MainOwnedFields, ResponseDraft } from './model';
import { isLocked } from './workflow';
import { commentEvents } from './draft-changes/comments';

/** Edits within this span of the last "edited" entry extend it rather than add another. */
const EDIT_SESSION_MS = 60 * 60 * 1000;

export function mainOwnedFields(draft: ResponseDraft): MainOwnedFields {
  const { history, status, signOff, sent, exportFolder, createdAt, conflicts } = draft;
  return { history, status, signOff, sent, exportFolder, createdAt, conflicts };
}

function editedEvent(history: readonly HistoryEntry[], at: string, now: Date): HistoryEntry[] {
  const last = history[history.length - 1];
  const sameSession = last?.kind === 'edited' && now.getTime() - Date.parse(last.at) < EDIT_SESSION_MS;
  return sameSession ? [] : [{ kind: 'edited', at, summary: 'Edited the draft' }];
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
  const events = [...editedEvent(onDisk.history, at, now), ...commentEvents(onDisk, incoming, now)];
  return { ...incoming, ...mainOwnedFields(onDisk), history: [...onDisk.history, ...events] };
}
