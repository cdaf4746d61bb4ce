import type { ResponseDraft } from '../../../../shared/model';
import { isLocked } from '../../../../shared/workflow';
import { ukLongCalendarDate } from '../../../../shared/letter/uk-date';
import { useApp } from '../../state/store-context';

/** Says why the fields are read-only, and where to reopen the draft. */
export function LockBanner({ draft }: { draft: ResponseDraft }) {
  const navigate = useApp((s) => s.navigate);
  if (!isLocked(draft.status)) return null;
  const why =
    draft.status === 'sent' && draft.sent
      ? `Sent on ${ukLongCalendarDate(draft.sent.sentOn)}.`
      : draft.status === 'closed'
        ? 'Closed without response.'
        : draft.signOff
          ? `Signed off by ${draft.signOff.name} on ${ukLongCalendarDate(draft.signOff.date)}.`
          : 'Signed off.';
  return (
    <div className="lock-banner" role="note">
      {why} This draft is read-only.{' '}
      {draft.status !== 'sent' ? (
        <button type="button" className="link-button" onClick={() => navigate({ screen: 'draft', draftId: draft.id, section: 'review' })}>
          Reopen…
        </button>
      ) : null}
    </div>
  );
}
