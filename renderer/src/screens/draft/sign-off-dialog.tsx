import { useState } from 'react';
import { ModalDialog } from '../../components/modal-dialog';
import { TextField } from '../../components/text-field';

interface SignOffDialogProps {
  signer: { name: string; jobTitle: string };
  dateText: string;
  /** What is incomplete; signing off then needs a reason. */
  issues: string[];
  onConfirm: (incompleteReason: string | null) => void;
  onCancel: () => void;
}

/**
 * Asks before a sign-off locks the draft. Incomplete items are listed and
 * block the sign-off unless the signer records why; the reason goes into the history.
 */
export function SignOffDialog({ signer, dateText, issues, onConfirm, onCancel }: SignOffDialogProps) {
  const [reason, setReason] = useState('');
  const needsReason = issues.length > 0;
  const canConfirm = !needsReason || reason.trim() !== '';
  return (
    <ModalDialog
      title={needsReason ? 'Sign off with items incomplete?' : 'Sign off this response?'}
      onCancel={onCancel}
      actions={
        <>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="button button--primary" disabled={!canConfirm} onClick={() => onConfirm(needsReason ? reason.trim() : null)}>
            {needsReason ? 'Sign off anyway' : 'Sign off'}
          </button>
        </>
      }
    >
      <p>
        {signer.name}, {signer.jobTitle}, signs off on {dateText}. The draft then becomes read-only and the exported letter is the signed one.
      </p>
      {needsReason ? (
        <>
          <p>
            <strong>{issues.length === 1 ? 'One item is' : `${issues.length} items are`} not complete:</strong>
          </p>
          <ul className="sign-off-issues">
            {issues.map((issue, i) => (
              <li key={i}>{issue}</li>
            ))}
          </ul>
          <TextField
            label="Why sign off with these items incomplete?"
            multiline
            rows={3}
            required
            value={reason}
            onChange={setReason}
            hint="Recorded in the draft’s history with the list above."
          />
        </>
      ) : (
        <p>Everything is complete.</p>
      )}
    </ModalDialog>
  );
}
