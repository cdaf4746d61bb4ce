import { useId, useState } from 'react';
import type { Signatory } from '../../../../shared/model';
import { readSignatureImage } from '../../../../shared/signature-image';
import { AppError } from '../../../../shared/app-error';
import { ukLongCalendarDate } from '../../../../shared/letter/uk-date';
import { SectionHeading } from '../../components/section-heading';
import { TextField } from '../../components/text-field';
import { useApp } from '../../state/store-context';
import { useDraftLocked } from '../../state/use-draft-locked';
import { SectionPager } from './section-pager';
import { CommentsPanel } from './comments-panel';
import { LetterWordingFields } from './letter-wording-fields';
import { changeSignatory } from '../../../../shared/draft-changes/content';

export function SignatorySection() {
  const signatory = useApp((s) => s.draft?.signatory);
  const signOff = useApp((s) => s.draft?.signOff ?? null);
  const editDraft = useApp((s) => s.editDraft);
  const locked = useDraftLocked();
  const [imageError, setImageError] = useState<string | null>(null);
  const fileId = useId();
  if (!signatory) return null;
  const update = (change: Partial<Signatory>) => editDraft((d) => changeSignatory(d, change, new Date()), `signatory:${Object.keys(change).join()}`);

  const chooseImage = async (file: File | undefined) => {
    if (!file) return;
    try {
      update({ signature: readSignatureImage(new Uint8Array(await file.arrayBuffer())) });
      setImageError(null);
    } catch (error) {
      setImageError(error instanceof AppError ? error.message : 'That file could not be read as a picture.');
    }
  };

  return (
    <div className="form-section">
      <SectionHeading sectionKey="signatory">Signatory</SectionHeading>
      <p>The person who signs the response on the organisation’s behalf, usually the Head of Regulation.</p>
      {signOff ? (
        <p className="notice-ok">
          Signed off by {signOff.name}, {signOff.jobTitle}, on {ukLongCalendarDate(signOff.date)}.
        </p>
      ) : null}
      <TextField label="Signatory name" required readOnly={locked} autoComplete="off" value={signatory.name} onChange={(name) => update({ name })} />
      <TextField label="Signatory job title" required readOnly={locked} autoComplete="off" value={signatory.jobTitle} onChange={(jobTitle) => update({ jobTitle })} />

      <div className="field">
        <label htmlFor={fileId}>Signature image (PNG or JPEG, up to 500 KB)</label>
        {signatory.signature ? (
          <div className="signature-preview">
            <img src={`data:${signatory.signature.mimeType};base64,${signatory.signature.dataBase64}`} alt={`Signature of ${signatory.name || 'the signatory'}`} />
            {locked ? null : (
              <button type="button" onClick={() => update({ signature: null })}>
                Remove signature image
              </button>
            )}
          </div>
        ) : null}
        <input id={fileId} type="file" accept="image/png,image/jpeg" disabled={locked} onChange={(e) => void chooseImage(e.target.files?.[0])} />
        {imageError ? (
          <div className="field__error" role="alert">
            {imageError}
          </div>
        ) : null}
      </div>
      <LetterWordingFields />
      <CommentsPanel target={{ kind: 'section', section: 'signatory' }} />
      <SectionPager current="signatory" />
    </div>
  );
}
