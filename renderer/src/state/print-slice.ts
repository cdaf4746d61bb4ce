import type { StateCreator } from 'zustand';
import type { LetterVersion } from '../../../shared/letter';
import type { AppState, PrintSlice, StoreDeps } from './store-types';

/** Lets React render the print view before the main process prints the window. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });
}

/**
 * Print / Save as PDF: the letter is rendered from the same Letter model into a
 * print-only view, and the main process prints the window with its print stylesheet.
 */
export const createPrintSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], PrintSlice> =>
  (set, get) => ({
    printState: { kind: 'idle' },

    async printLetter(version: LetterVersion) {
      const draft = get().draft;
      if (!draft) return;
      set({ printState: { kind: 'printing', version } });
      await nextFrame();
      const result = await deps.api['print:savePdf']({ draftId: draft.id, version });
      if (!result.ok) set({ printState: { kind: 'error', message: result.error.message } });
      else if (result.value === null) set({ printState: { kind: 'idle' } });
      else set({ printState: { kind: 'done', path: result.value.path } });
    },

    dismissPrint() {
      set({ printState: { kind: 'idle' } });
    },
  });
