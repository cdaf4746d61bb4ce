import { isLocked } from '../../../../shared/workflow';
import { ukLongCalendarDate } from '../../../../shared/letter/uk-date';
import { useApp } from '../../state/store-context';

/** Says why the fields are read-only, and where to reopen the draft. */
export function LockBanner() {
  const navigate = useApp((s) => s.navigate);
  const draftId = useApp((s) => s.draft?.id ?? null);
  const status = useApp((s) => s.draft?.status ?? 'drafting');
  const signOff = useApp((s) => s.draft?.signOff ?? null);
  const sent = useApp((s) => s.draft?.sent ?? null);
  if (draftId === null || !isLocked(status)) return null;
  const why =
    status === 'sent' && sent
      ? `Sent on ${ukLongCalendarDate(sent.sentOn)}.`
      : status === 'closed'
        ? 'Closed without response.'
        : signOff
          ? `Signed off by ${signOff.name} on ${ukLongCalendarDate(signOff.date)}.`
          : 'Signed off.';
  return (
    <div className="lock-banner" role="note">
      {why} This draft is read-only.{' '}
      {status !== 'sent' ? (
        <button type="button" className="link-button" onClick={() => navigate({ screen: 'draft', draftId, section: 'review' })}>
          Reopen…
        </button>
      ) : null}
    </div>
  );
}
