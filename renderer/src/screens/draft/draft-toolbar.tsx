import { useApp } from '../../state/store-context';
import { useDraftLocked } from '../../state/use-draft-locked';

/** Undo, redo, find and print, for those who reach for buttons rather than the menu. */
export function DraftToolbar() {
  const canUndo = useApp((s) => s.undoHistory.past.length > 0);
  const canRedo = useApp((s) => s.undoHistory.future.length > 0);
  const undo = useApp((s) => s.undo);
  const redo = useApp((s) => s.redo);
  const setPanel = useApp((s) => s.setPanel);
  const locked = useDraftLocked();
  return (
    <div className="toolbar" role="toolbar" aria-label="Draft tools">
      <button type="button" disabled={!canUndo || locked} onClick={undo} title="Undo (Ctrl+Z)">
        Undo
      </button>
      <button type="button" disabled={!canRedo || locked} onClick={redo} title="Redo (Ctrl+Shift+Z)">
        Redo
      </button>
      <button type="button" onClick={() => setPanel('find')} title="Find in draft (Ctrl+F)">
        Find
      </button>
      <button type="button" onClick={() => setPanel('print')} title="Print / Save as PDF (Ctrl+P)">
        PDF
      </button>
    </div>
  );
}
