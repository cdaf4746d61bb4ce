import { useState } from 'react';
import type { DraftSummary } from '../../../../shared/ipc';
import { ModalDialog } from '../../components/modal-dialog';
import { TextField } from '../../components/text-field';
import { useApp } from '../../state/store-context';

export function RenameDialog({ draft, onDone }: { draft: DraftSummary; onDone: () => void }) {
  const renameDraft = useApp((s) => s.renameDraft);
  const [name, setName] = useState(draft.name);
  const trimmed = name.trim();
  const submit = async () => {
    if (trimmed.length === 0) return;
    if (await renameDraft(draft.id, trimmed)) onDone();
  };
  return (
    <ModalDialog
      title="Rename draft"
      onCancel={onDone}
      actions={
        <>
          <button type="button" onClick={onDone}>
            Cancel
          </button>
          <button type="button" className="button button--primary" disabled={trimmed.length === 0} onClick={() => void submit()}>
            Rename
          </button>
        </>
      }
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <TextField label="Draft name" value={name} onChange={setName} error={trimmed.length === 0 ? 'A draft needs a name.' : null} />
      </form>
    </ModalDialog>
  );
}
