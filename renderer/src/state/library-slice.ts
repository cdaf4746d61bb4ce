import type { StateCreator } from 'zustand';
import type { AppState, LibrarySlice, StoreDeps } from './store-types';
import { firstSection } from '../sections';
import { EMPTY_HISTORY } from './undo-history';

export const createLibrarySlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], LibrarySlice> =>
  (set, get) => ({
    listing: null,
    libraryError: null,

    async loadLibrary() {
      const result = await deps.api['library:list']();
      if (result.ok) set({ listing: result.value, libraryError: null });
      else set({ libraryError: result.error });
    },

    async startResponse(consultationId) {
      await get().flushSave();
      const result = await deps.api['draft:create']({ consultationId });
      if (!result.ok) {
        set({ libraryError: result.error });
        return;
      }
      const draft = result.value;
      set({ draft, draftError: null, revision: 0, savedRevision: 0, saveState: { kind: 'idle' }, exportState: { kind: 'idle' }, undoHistory: EMPTY_HISTORY });
      get().navigate({ screen: 'draft', draftId: draft.id, section: firstSection(draft.consultation) });
    },

    async renameDraft(id, name) {
      const result = await deps.api['draft:rename']({ id, name });
      if (!result.ok) {
        set({ libraryError: result.error });
        return false;
      }
      await get().loadLibrary();
      return true;
    },

    async duplicateDraft(id) {
      const result = await deps.api['draft:duplicate']({ id });
      if (!result.ok) set({ libraryError: result.error });
      await get().loadLibrary();
    },

    async deleteDraft(id) {
      const result = await deps.api['draft:delete']({ id });
      if (!result.ok) set({ libraryError: result.error });
      await get().loadLibrary();
    },

    async restoreBackup(id) {
      const result = await deps.api['draft:restoreBackup']({ id });
      if (!result.ok) set({ libraryError: result.error });
      await get().loadLibrary();
    },
  });
