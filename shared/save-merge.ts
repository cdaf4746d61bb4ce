import { AppError } from './app-error';
import type { HistoryEntry, MainOwnedFields, ResponseDraft } from './model';
import { isLocked } from './workflow';
import { commentTargetLabel } from './comment-target';

/** Edits within this span of the last "edited" entry extend it rather than add another. */
const EDIT_SESSION_MS = 60 * 60 * 1000;

export function mainOwnedFields(draft: ResponseDraft): MainOwnedFields {
  const { history, status, signOff, sent, exportFolder, createdAt } = draft;
  return { history, status, signOff, sent, exportFolder, createdAt };
}

function commentEvents(onDisk: ResponseDraft, incoming: ResponseDraft, at: string): HistoryEntry[] {
  const before = new Map(onDisk.comments.map((c) => [c.id, c]));
  const events: HistoryEntry[] = [];
  for (const comment of incoming.comments) {
    const previous = before.get(comment.id);
    if (!previous) events.push({ kind: 'commented', at, summary: `${comment.author} commented on ${commentTargetLabel(incoming, comment.target)}` });
    if (comment.resolved && !previous?.resolved) events.push({ kind: 'comment-resolved', at, summary: `${comment.resolvedBy ?? 'Someone'} resolved a comment on ${commentTargetLabel(incoming, comment.target)}` });
  }
  return events;
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
  const events = [...editedEvent(onDisk.history, at, now), ...commentEvents(onDisk, incoming, at)];
  return { ...incoming, ...mainOwnedFields(onDisk), history: [...onDisk.history, ...events] };
}
