import type { StateCreator } from 'zustand';
import type { ExportKind } from '../../../shared/model';
import type { AppState, ExportSlice, StoreDeps } from './store-types';

/**
 * Exports run in the main process from the draft on disk, so the open draft is
 * saved first; the history the export adds is then taken back into the store.
 */
export const createExportSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], ExportSlice> =>
  (set, get) => ({
    exportState: { kind: 'idle' },

    async chooseExportFolder() {
      const draft = get().draft;
      if (!draft) return;
      await get().flushSave();
      const result = await deps.api['export:chooseFolder']({ draftId: draft.id });
      if (!result.ok) set({ exportState: { kind: 'error', message: result.error.message } });
      else if (result.value) get().adoptSavedDraft(result.value);
    },

    async runExport(kinds: ExportKind[], overwrite: boolean) {
      const draft = get().draft;
      if (!draft) return;
      set({ exportState: { kind: 'running' } });
      get().clearWorkProgress('export');
      await get().flushSave();
      if (get().hasUnsavedChanges()) {
        set({ exportState: { kind: 'error', message: 'The draft could not be saved, so nothing was exported. Fix the save problem shown above and try again.' } });
        return;
      }
      const result = await deps.api['export:run']({ draftId: draft.id, kinds, overwrite });
      get().clearWorkProgress('export');
      if (result.ok) {
        get().adoptSavedDraft(result.value.draft);
        set({ exportState: { kind: 'done', files: result.value.files } });
      } else if (result.error.code === 'cancelled') {
        set({ exportState: { kind: 'idle' } });
      } else if (result.error.code === 'file-exists') {
        set({ exportState: { kind: 'confirm-overwrite', kinds, message: result.error.message } });
      } else {
        set({ exportState: { kind: 'error', message: result.error.message } });
      }
    },

    async openExportedFile(fileName: string) {
      const draft = get().draft;
      if (!draft) return;
      const result = await deps.api['export:openFile']({ draftId: draft.id, fileName });
      if (!result.ok) set({ exportState: { kind: 'error', message: result.error.message } });
    },

    resetExport() {
      set({ exportState: { kind: 'idle' } });
    },
  });
