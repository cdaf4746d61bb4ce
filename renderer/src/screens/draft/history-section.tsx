import { useMemo } from 'react';
import { formatUkTime } from '../../../../shared/uk-time';
import type { HistoryEntry } from '../../../../shared/model';
import { SectionHeading } from '../../components/section-heading';
import { useApp } from '../../state/store-context';
import { RemovedAnswers } from './removed-answers';

const KIND_LABELS: Record<HistoryEntry['kind'], string> = {
  created: 'Created',
  renamed: 'Renamed',
  edited: 'Edited',
  'review-requested': 'Sent for review',
  'returned-to-drafting': 'Back to drafting',
  commented: 'Comment',
  'comment-resolved': 'Comment resolved',
  'signed-off': 'Signed off',
  reopened: 'Reopened',
  exported: 'Exported',
  sent: 'Sent',
  closed: 'Closed',
  reused: 'Reused an answer',
  'consultation-updated': 'Consultation corrected',
};

/** The draft's timeline, newest last, as a reader would scan it. */
export function HistorySection() {
  const history = useApp((s) => s.draft?.history);
  // Lines two people added at about the same time are merged in no particular order; a reader wants the clock's.
  const inTimeOrder = useMemo(() => (history ? [...history].sort((x, y) => Date.parse(x.at) - Date.parse(y.at)) : null), [history]);
  if (!inTimeOrder) return null;
  return (
    <div className="form-section">
      <SectionHeading sectionKey="history">History</SectionHeading>
      <ol className="timeline" aria-label="Timeline of this draft">
        {inTimeOrder.map((entry, i) => (
          <li key={i} className={`timeline__entry timeline__entry--${entry.kind}`}>
            <time dateTime={entry.at}>{formatUkTime(entry.at, 'EEE d MMM yyyy, HH:mm')}</time>
            <span>
              <span className="timeline__kind">{KIND_LABELS[entry.kind]}</span>
              {entry.by ? <span className="timeline__by">{entry.by}</span> : null}
            </span>
            <span className="timeline__summary">
              {entry.summary}
              {entry.kind === 'exported' || entry.kind === 'sent' ? <code title="SHA-256"> {entry.sha256.slice(0, 12)}…</code> : null}
              {entry.kind === 'exported' && !entry.signedOff ? <span className="muted"> (before sign-off: marked DRAFT)</span> : null}
              {entry.kind === 'consultation-updated' ? <RemovedAnswers answers={entry.removedAnswers} /> : null}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
