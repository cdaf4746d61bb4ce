import type { StateCreator } from 'zustand';
import type { WorkKind, WorkProgress } from '../../../shared/work-progress';
import type { AppState, StoreDeps, WorkSlice } from './store-types';

/** Progress of the running import and export, as the main process reports it, and the way to stop them. */
export const createWorkSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], WorkSlice> =>
  (set, get) => ({
    workProgress: { import: null, export: null },

    noteWorkProgress(progress: WorkProgress) {
      set({ workProgress: { ...get().workProgress, [progress.kind]: progress } });
    },

    clearWorkProgress(kind: WorkKind) {
      set({ workProgress: { ...get().workProgress, [kind]: null } });
    },

    async cancelWork(kind: WorkKind) {
      await deps.api['work:cancel']({ kind });
    },
  });
