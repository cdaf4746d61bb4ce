import type { StateCreator } from 'zustand';
import type { AppState, DraftSlice, StoreDeps } from './store-types';
import { mainOwnedFields } from '../../../shared/save-merge';
import { isLocked } from '../../../shared/workflow';
import { EMPTY_HISTORY, recordEdit, redoStep, undoStep } from './undo-history';
import type { ResponseDraft } from '../../../shared/model';

/** Whether two versions say the same thing; when a colleague's change came in, undo must not take it back. */
function sameContent(a: ResponseDraft, b: ResponseDraft): boolean {
  const words = (d: ResponseDraft) => JSON.stringify([d.name, d.answers, d.respondent, d.confidentiality, d.signatory, d.introduction, d.comments, d.consultation, d.letterWording]);
  return words(a) === words(b);
}

/**
 * The open draft and its autosave. Each edit bumps `revision`; a save notes the
 * revision it is writing before it awaits, so an edit made while the write is
 * under way is never marked saved by it.
 */
export const createDraftSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], DraftSlice> =>
  (set, get) => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let inFlight: Promise<void> | null = null;

    function cancelTimer(): void {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    }

    async function saveOnce(): Promise<void> {
      const { draft, revision } = get();
      if (!draft) return;
      set({ saveState: { kind: 'saving' } });
      try {
        const result = await deps.api['draft:save']({ draft });
        if (get().draft?.id !== draft.id) return;
        if (!result.ok) {
          set({ saveState: { kind: 'error', message: result.error.message } });
          return;
        }
        const current = get().draft;
        if (!current) return;
        const { merged, owned, ownRevision, savedAt } = result.value;
        const saved = { savedRevision: revision, saveState: { kind: 'saved', at: savedAt } as const };
        if (merged && current === draft) {
          // Nothing typed while saving: take the draft merged with colleagues' changes.
          set({ draft: merged, ...saved, ...(sameContent(merged, draft) ? {} : { undoHistory: EMPTY_HISTORY }) });
        } else {
          // Text typed meanwhile stays; it builds on this window's own line, and the next save merges it.
          set({ draft: { ...current, ...owned, syncRevision: ownRevision ?? current.syncRevision }, ...saved });
        }
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        set({ saveState: { kind: 'error', message: `Could not reach the library to save (${detail}). Your text is still here; it will be saved on your next change.` } });
      }
    }

    let pollTimer: ReturnType<typeof setInterval> | null = null;

    function stopPolling(): void {
      if (pollTimer !== null) clearInterval(pollTimer);
      pollTimer = null;
    }

    /** Others' saved changes and who else has the draft open; their changes are taken in only between edits. */
    async function refreshShared(): Promise<void> {
      const draft = get().draft;
      if (!draft) return;
      const result = await deps.api['draft:shared']({ id: draft.id, knownRevision: draft.syncRevision ?? null }).catch(() => null);
      if (!result?.ok || get().draft?.id !== draft.id) return;
      const { draft: merged, others } = result.value;
      set({ othersPresent: others });
      const idle = get().draft === draft && inFlight === null && get().revision === get().savedRevision;
      if (merged && idle) set({ draft: merged, ...(sameContent(merged, draft) ? {} : { undoHistory: EMPTY_HISTORY }) });
    }

    function startPolling(): void {
      stopPolling();
      const every = deps.sharedPollMs ?? 0;
      if (every > 0) pollTimer = setInterval(() => void refreshShared(), every);
    }

    function markEdited(): void {
      set({ revision: get().revision + 1 });
      cancelTimer();
      timer = setTimeout(() => {
        timer = null;
        void flushSave();
      }, deps.autosaveDelayMs);
    }

    function applyStep(step: typeof undoStep): void {
      const current = get().draft;
      if (!current || isLocked(current.status)) return;
      const result = step(get().undoHistory, current);
      if (!result) return;
      // Only the content goes back; the timeline and workflow state stay as they are now.
      set({ draft: { ...result.draft, ...mainOwnedFields(current), updatedAt: deps.clock().toISOString() }, undoHistory: result.history });
      markEdited();
    }

    async function flushSave(): Promise<void> {
      cancelTimer();
      while (inFlight) await inFlight;
      const { draft, revision, savedRevision } = get();
      if (!draft || revision === savedRevision) return;
      inFlight = saveOnce().finally(() => {
        inFlight = null;
      });
      await inFlight;
    }

    return {
      draft: null,
      draftError: null,
      undoHistory: EMPTY_HISTORY,
      revision: 0,
      savedRevision: 0,
      saveState: { kind: 'idle' },
      othersPresent: [],
      refreshShared,

      async openDraft(id) {
        const previous = get().draft?.id;
        if (previous === id) return;
        await flushSave();
        // Colleagues stop seeing this person in the draft they have moved away from.
        if (previous) void deps.api['draft:leave']({ id: previous }).catch(() => null);
        const result = await deps.api['draft:open']({ id });
        if (result.ok) {
          set({ draft: result.value, draftError: null, revision: 0, savedRevision: 0, saveState: { kind: 'idle' }, exportState: { kind: 'idle' }, undoHistory: EMPTY_HISTORY, othersPresent: [] });
          startPolling();
          void refreshShared();
        } else {
          set({ draft: null, draftError: result.error });
        }
      },

      async closeDraft() {
        await flushSave();
        if (get().hasUnsavedChanges()) return;
        stopPolling();
        const left = get().draft?.id;
        if (left) void deps.api['draft:leave']({ id: left }).catch(() => null);
        set({ draft: null, draftError: null, saveState: { kind: 'idle' }, othersPresent: [] });
        get().navigate({ screen: 'library' });
        await get().loadLibrary();
      },

      editDraft(edit, groupKey = null) {
        const current = get().draft;
        // A signed-off, sent or closed draft is read-only; the main process would refuse the save too.
        if (!current || isLocked(current.status)) return;
        const now = deps.clock();
        const edited = { ...edit(current), updatedAt: now.toISOString() };
        set({ draft: edited, undoHistory: recordEdit(get().undoHistory, current, groupKey, performance.now()) });
        markEdited();
      },

      undo() {
        applyStep(undoStep);
      },

      redo() {
        applyStep(redoStep);
      },

      flushSave,

      hasUnsavedChanges: () => get().draft !== null && get().revision !== get().savedRevision,

      adoptSavedDraft(saved) {
        const current = get().draft;
        if (!current || current.id !== saved.id) return;
        // With nothing unsaved the window takes the draft as saved; otherwise the fields the main process
        // owns are taken from disk and text typed meanwhile is kept.
        if (!get().hasUnsavedChanges() && inFlight === null) set({ draft: saved });
        else set({ draft: { ...current, ...mainOwnedFields(saved) } });
      },
    };
  };
