import type { Consultation } from '../../../../shared/model';
import { ModalDialog } from '../../components/modal-dialog';
import { useApp } from '../../state/store-context';

/** Asks before a consultation leaves the library, and says what happens to the drafts started from it. */
export function RemoveConsultationDialog({ consultation, drafts, onDone }: { consultation: Consultation; drafts: number; onDone: () => void }) {
  const removeConsultation = useApp((s) => s.removeConsultation);
  return (
    <ModalDialog
      title="Remove this consultation?"
      onCancel={onDone}
      actions={
        <>
          <button type="button" autoFocus onClick={onDone}>
            Keep it
          </button>
          <button type="button" className="button button--danger" onClick={() => void removeConsultation(consultation.id).then(onDone)}>
            Remove consultation
          </button>
        </>
      }
    >
      <p>
        “{consultation.title}” will no longer be offered in the library. Its file is moved to the library’s <code>deleted</code> folder, so it can still be recovered by hand.
      </p>
      <p>
        {drafts === 0
          ? 'No response has been started to it.'
          : `${drafts === 1 ? 'The draft' : `The ${drafts} drafts`} started from it keep${drafts === 1 ? 's' : ''} its own copy of the consultation, so nothing in ${drafts === 1 ? 'it' : 'them'} changes.`}
      </p>
    </ModalDialog>
  );
}
