import { useEffect } from 'react';
import { useAppStore } from './state/store-context';
import { viewFromHash, viewToHash } from './state/navigation-slice';

/** Keeps the URL hash and the store's view in step, so reloads and Back return to the same screen. */
export function useHashNavigation(): void {
  const store = useAppStore();
  useEffect(() => {
    const fromHash = () => {
      const view = viewFromHash(window.location.hash);
      if (viewToHash(view) !== viewToHash(store.getState().view)) store.getState().navigate(view);
    };
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.view !== previous.view) {
        const hash = viewToHash(state.view);
        if (window.location.hash !== hash) window.history.pushState(null, '', hash);
      }
    });
    window.addEventListener('hashchange', fromHash);
    window.addEventListener('popstate', fromHash);
    return () => {
      unsubscribe();
      window.removeEventListener('hashchange', fromHash);
      window.removeEventListener('popstate', fromHash);
    };
  }, [store]);
}
