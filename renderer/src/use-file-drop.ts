import { useEffect } from 'react';
import { useAppStore } from './state/store-context';

/**
 * A consultation document dropped anywhere on the window is imported. Without
 * this the browser would try to open the file in place of the app.
 */
export function useFileDrop(): void {
  const store = useAppStore();
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      void store.getState().importFile(file);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [store]);
}
