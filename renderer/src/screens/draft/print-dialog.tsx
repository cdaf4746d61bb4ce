import { useState } from 'react';
import type { ResponseDraft } from '../../../../shared/model';
import { publicationAvailability } from '../../../../shared/letter';
import { CancelOrConfirm, ModalDialog } from '../../components/modal-dialog';
import { useApp } from '../../state/store-context';

/** Print / Save as PDF: choose the full letter or the publication version. */
export function PrintDialog({ draft }: { draft: ResponseDraft }) {
  const setPanel = useApp((s) => s.setPanel);
  const printLetter = useApp((s) => s.printLetter);
  const [version, setVersion] = useState<'full' | 'publication'>('full');
  const publication = publicationAvailability(draft);
  return (
    <ModalDialog
      title="Print / Save as PDF"
      onCancel={() => setPanel(null)}
      actions={<CancelOrConfirm confirmLabel="Save as PDF…" onCancel={() => setPanel(null)} onConfirm={() => void printLetter(version)} />}
    >
      <fieldset className="positions">
        <legend>Which letter</legend>
        <label className="choice">
          <input type="radio" name="print-version" checked={version === 'full'} onChange={() => setVersion('full')} />
          The full letter
        </label>
        <label className="choice">
          <input type="radio" name="print-version" disabled={!publication.available} checked={version === 'publication'} onChange={() => setVersion('publication')} />
          <span>
            The publication version
            {!publication.available ? <span className="choice__hint"> — {publication.reason}</span> : null}
          </span>
        </label>
      </fieldset>
      {draft.signOff === null ? <p className="field__hint">The draft is not signed off, so the letter is marked DRAFT.</p> : null}
    </ModalDialog>
  );
}
