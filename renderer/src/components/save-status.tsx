import { formatUkTime } from '../../../shared/uk-time';
import { useApp } from '../state/store-context';

/** "Saving…", "Saved at 14:32" or the error, announced politely to screen readers. */
export function SaveStatus() {
  const saveState = useApp((s) => s.saveState);
  const unsaved = useApp((s) => s.revision !== s.savedRevision);
  const flushSave = useApp((s) => s.flushSave);

  if (saveState.kind === 'error') {
    return (
      <div className="save-status save-status--error" role="alert">
        <span>Not saved: {saveState.message}</span>
        <button type="button" onClick={() => void flushSave()}>
          Try again
        </button>
      </div>
    );
  }
  let text = '';
  if (saveState.kind === 'saving' || (unsaved && saveState.kind !== 'idle')) text = 'Saving…';
  else if (unsaved) text = 'Unsaved changes';
  else if (saveState.kind === 'saved') text = `Saved at ${formatUkTime(saveState.at, 'HH:mm')}`;
  return (
    <div className="save-status" role="status" aria-live="polite">
      {text}
    </div>
  );
}
