import type { ResponseDraft } from '../../../shared/model';

/** How many steps back the user can go; drafts share unchanged parts, so this costs little memory. */
export const UNDO_LIMIT = 200;

/** Keystrokes in one field this close together are undone as one step. */
export const TYPING_GROUP_MS = 1500;

export interface UndoHistory {
  past: ResponseDraft[];
  future: ResponseDraft[];
  /** The field the last step was typing in, and when, for grouping keystrokes. */
  lastGroup: { key: string; at: number } | null;
}

export const EMPTY_HISTORY: UndoHistory = { past: [], future: [], lastGroup: null };

/**
 * Records the draft as it was before an edit. Consecutive edits to the same
 * field within TYPING_GROUP_MS extend the current step instead of adding one.
 */
export function recordEdit(history: UndoHistory, before: ResponseDraft, groupKey: string | null, now: number): UndoHistory {
  const extendsStep = groupKey !== null && history.lastGroup?.key === groupKey && now - history.lastGroup.at < TYPING_GROUP_MS;
  const lastGroup = groupKey === null ? null : { key: groupKey, at: now };
  if (extendsStep) return { ...history, future: [], lastGroup };
  return { past: [...history.past, before].slice(-UNDO_LIMIT), future: [], lastGroup };
}

export function undoStep(history: UndoHistory, current: ResponseDraft): { history: UndoHistory; draft: ResponseDraft } | null {
  const previous = history.past[history.past.length - 1];
  if (!previous) return null;
  return { history: { past: history.past.slice(0, -1), future: [current, ...history.future], lastGroup: null }, draft: previous };
}

export function redoStep(history: UndoHistory, current: ResponseDraft): { history: UndoHistory; draft: ResponseDraft } | null {
  const next = history.future[0];
  if (!next) return null;
  return { history: { past: [...history.past, current].slice(-UNDO_LIMIT), future: history.future.slice(1), lastGroup: null }, draft: next };
}
