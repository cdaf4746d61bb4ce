import { useEffect } from 'react';
import { useAppStore } from './state/store-context';

/**
 * Saves unsaved edits when the window is closing or hidden. A close with
 * unsaved edits is held back until the save finishes and then repeated; if the
 * save fails, the error stays on screen and a second close goes through.
 */
export function useSaveOnClose(): void {
  const store = useAppStore();
  useEffect(() => {
    let heldBack = false;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      const state = store.getState();
      if (!state.hasUnsavedChanges() || heldBack) return;
      heldBack = true;
      event.preventDefault();
      void state.flushSave().then(() => {
        if (!store.getState().hasUnsavedChanges()) window.close();
      });
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void store.getState().flushSave();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('visibilitychange', onHidden);
    const onBlur = () => void store.getState().flushSave();
    window.addEventListener('blur', onBlur);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('blur', onBlur);
    };
  }, [store]);
}
