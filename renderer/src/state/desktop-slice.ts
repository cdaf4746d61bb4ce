import type { StateCreator } from 'zustand';
import type { AppState, DesktopSlice, StoreDeps } from './store-types';
import { runMenuCommand } from './menu-commands';

/** The desktop side of the window: menu commands, draft files, and the find and print panels. */
export const createDesktopSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], DesktopSlice> =>
  (set, get) => ({
    panel: null,
    lastEditingSection: null,
    fileMessage: null,

    setPanel(panel) {
      set({ panel });
    },

    async openDraftFile(path) {
      await get().flushSave();
      const result = await deps.api['draftFile:open']({ path });
      if (!result.ok) set({ fileMessage: { kind: 'error', text: result.error.message } });
      else if (result.value) get().navigate({ screen: 'draft', draftId: result.value.id, section: null });
    },

    async saveCopyAs() {
      const draft = get().draft;
      if (!draft) return;
      await get().flushSave();
      const result = await deps.api['draftFile:saveCopy']({ id: draft.id });
      if (!result.ok) set({ fileMessage: { kind: 'error', text: result.error.message } });
      else if (result.value) set({ fileMessage: { kind: 'info', text: `A copy was saved to ${result.value.path}. A colleague can open it with File > Open.` } });
    },

    dismissFileMessage() {
      set({ fileMessage: null });
    },

    listenToMainProcess() {
      const stopMenu = deps.api.subscribe('menu:command', (command) => void runMenuCommand(get(), command));
      const stopOpened = deps.api.subscribe('draft:opened', ({ draftId }) => {
        void get()
          .flushSave()
          .then(() => get().navigate({ screen: 'draft', draftId, section: null }));
      });
      const stopProgress = deps.api.subscribe('work:progress', (progress) => get().noteWorkProgress(progress));
      const stopChanged = deps.api.subscribe('draft:changed', ({ draftId }) => {
        if (get().draft?.id === draftId) void get().refreshShared();
      });
      return () => {
        stopMenu();
        stopOpened();
        stopProgress();
        stopChanged();
      };
    },
  });
