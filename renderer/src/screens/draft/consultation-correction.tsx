import { useEffect, useState } from 'react';
import { consultationChanges, hasChanges } from '../../../../shared/consultation/consultation-changes';
import type { Answer, Consultation } from '../../../../shared/model';
import { formatUkTime } from '../../../../shared/uk-time';
import { isLocked } from '../../../../shared/workflow';
import { ModalDialog } from '../../components/modal-dialog';
import { useApp } from '../../state/store-context';

/**
 * Offers the open draft the library's corrected consultation. The changes are
 * shown before anything happens; a signed-off or sent draft is only told.
 */
export function ConsultationCorrection() {
  // Not the whole draft: the banner must not re-render on every keystroke.
  const consultation = useApp((s) => s.draft?.consultation ?? null);
  const status = useApp((s) => s.draft?.status ?? 'drafting');
  const listing = useApp((s) => s.listing);
  const loadLibrary = useApp((s) => s.loadLibrary);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (listing === null) void loadLibrary();
  }, [listing, loadLibrary]);

  const corrected = listing?.consultations.find((c) => c.id === consultation?.id);
  if (!consultation || !corrected?.correctedAt) return null;
  if (!hasChanges(consultationChanges(consultation, {}, corrected))) return null;
  const when = formatUkTime(corrected.correctedAt, 'd MMMM yyyy, HH:mm');

  if (isLocked(status)) {
    return (
      <div className="correction-banner" role="note">
        The consultation was corrected in the library on {when}. This draft is signed off, sent or closed, so it keeps the consultation it was signed against.
      </div>
    );
  }
  return (
    <div className="correction-banner" role="note">
      The consultation was corrected in the library on {when}.{' '}
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        Update this draft…
      </button>
      {open ? <UpdateDialog corrected={corrected} correctedAt={corrected.correctedAt} onDone={() => setOpen(false)} /> : null}
    </div>
  );
}

const NO_ANSWERS: Readonly<Record<string, Answer>> = {};

function UpdateDialog({ corrected, correctedAt, onDone }: { corrected: Consultation; correctedAt: string; onDone: () => void }) {
  const consultation = useApp((s) => s.draft?.consultation);
  const answers = useApp((s) => s.draft?.answers ?? NO_ANSWERS);
  const takeUpCorrection = useApp((s) => s.takeUpCorrection);
  const error = useApp((s) => s.consultationError);
  const [busy, setBusy] = useState(false);
  if (!consultation) return null;
  const changes = consultationChanges(consultation, answers, corrected);
  const answered = changes.removed.filter((r) => r.answer !== null);
  const unanswered = changes.removed.filter((r) => r.answer === null);
  const apply = async () => {
    setBusy(true);
    const done = await takeUpCorrection(correctedAt);
    setBusy(false);
    if (done) onDone();
  };
  return (
    <ModalDialog
      title="Update this draft to the corrected consultation?"
      onCancel={onDone}
      actions={
        <>
          <button type="button" autoFocus onClick={onDone}>
            Not now
          </button>
          <button type="button" className="button button--primary" disabled={busy} onClick={() => void apply()}>
            Update this draft
          </button>
        </>
      }
    >
      <p>Your answers stay with their questions, matched question by question. This is what changes:</p>
      <ul className="correction-changes">
        {changes.details.length > 0 ? <li>Corrected: {changes.details.join('; ')}.</li> : null}
        {changes.added.length > 0 ? <li>New questions, to be answered: {changes.added.map((q) => q.label).join(', ')}.</li> : null}
        {changes.reworded.length > 0 ? <li>Reworded or relabelled, your answers kept: {changes.reworded.map((r) => r.after.label).join(', ')}.</li> : null}
        {changes.reordered ? <li>The questions are asked in a new order; the letter follows it.</li> : null}
        {unanswered.length > 0 ? <li>Removed, not answered: {unanswered.map((r) => r.question.label).join(', ')}.</li> : null}
      </ul>
      {answered.length > 0 ? (
        <div className="alert alert--warning">
          <p>
            <strong>Removed questions you had answered:</strong> {answered.map((r) => r.question.label).join(', ')}. Those answers leave the letter, but nothing is thrown away: they are kept word for word in this draft’s History, where you can read and copy them.
          </p>
        </div>
      ) : null}
      {error ? (
        <div className="alert alert--error" role="alert">
          {error}
        </div>
      ) : null}
    </ModalDialog>
  );
}
