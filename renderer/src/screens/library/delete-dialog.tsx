import type { DraftSummary } from '../../../../shared/ipc';
import { ModalDialog } from '../../components/modal-dialog';
import { useApp } from '../../state/store-context';

export function DeleteDialog({ draft, onDone }: { draft: DraftSummary; onDone: () => void }) {
  const deleteDraft = useApp((s) => s.deleteDraft);
  return (
    <ModalDialog
      title="Delete this draft?"
      onCancel={onDone}
      actions={
        <>
          <button type="button" autoFocus onClick={onDone}>
            Keep it
          </button>
          <button
            type="button"
            className="button button--danger"
            onClick={() => {
              void deleteDraft(draft.id).then(onDone);
            }}
          >
            Delete draft
          </button>
        </>
      }
    >
      <p>
        “{draft.name}” will be removed from the library. Its file is moved to the library’s <code>deleted</code> folder, so it can still be recovered by hand.
      </p>
    </ModalDialog>
  );
}
