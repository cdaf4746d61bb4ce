import { startTransition, useEffect, useMemo, useState } from 'react';
import { formatUkTime } from '../../../../shared/uk-time';
import type { DraftSummary } from '../../../../shared/ipc';
import type { Consultation } from '../../../../shared/model';
import { DRAFT_STATUS_LABELS } from '../../../../shared/model/choices';
import { deadlineBoard, type Urgency } from '../../../../shared/deadline-board';
import { useApp, useNow } from '../../state/store-context';
import { useProfile } from '../../state/use-profile';
import { BANK_HOLIDAY_REGION_LABELS, DEFAULT_BANK_HOLIDAY_REGION } from '../../../../shared/working-days';
import { RenameDialog } from './rename-dialog';
import { DeleteDialog } from './delete-dialog';
import { CorrectedDeadline } from './corrected-deadline';
import { FIRST_ROWS } from './first-rows';

type Pending = { kind: 'rename'; draft: DraftSummary } | { kind: 'delete'; draft: DraftSummary } | null;

const URGENCY_WORDS: Record<Urgency, string | null> = {
  overdue: 'Overdue',
  'due-soon': 'Due soon',
  open: null,
  done: null,
  'no-deadline': null,
};

/** The deadline board: drafts by urgency and deadline, in UK time. */
export function DraftList({ drafts, consultations }: { drafts: readonly DraftSummary[]; consultations: readonly Consultation[] }) {
  const navigate = useApp((s) => s.navigate);
  const duplicateDraft = useApp((s) => s.duplicateDraft);
  const [pending, setPending] = useState<Pending>(null);
  const now = useNow();
  const region = useProfile()?.bankHolidayRegion ?? DEFAULT_BANK_HOLIDAY_REGION;
  const rows = useMemo(() => deadlineBoard(drafts, now, region), [drafts, now, region]);
  const [allShown, setAllShown] = useState(false);
  useEffect(() => {
    if (allShown) return;
    // Once the first rows are painted; a transition, so the rest gives way to the user's clicks and keys.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setAllShown(true)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [allShown]);
  const shownRows = allShown ? rows : rows.slice(0, FIRST_ROWS);

  return (
    <section aria-labelledby="drafts-title" className="panel">
      <h2 id="drafts-title">Your response drafts</h2>
      <p className="muted small">Soonest deadline first. Drafts due within three working days ({BANK_HOLIDAY_REGION_LABELS[region]} bank holidays excluded) are marked; times are UK time.</p>
      {drafts.length === 0 ? (
        <p className="muted">No drafts yet. Start a response to one of the consultations below.</p>
      ) : (
        <table className="draft-table" aria-busy={shownRows.length < rows.length}>
          <thead>
            <tr>
              <th scope="col">Draft</th>
              <th scope="col">Status</th>
              <th scope="col">Progress</th>
              <th scope="col">Deadline</th>
              <th scope="col">Last changed</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shownRows.map(({ draft: d, urgency, timeLeft }) => (
              <tr key={d.id} className={`board-row board-row--${urgency}`}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => navigate({ screen: 'draft', draftId: d.id, section: null })}>
                    {d.name}
                  </button>
                  <div className="muted small">{d.consultationTitle}</div>
                </th>
                <td>{DRAFT_STATUS_LABELS[d.status]}</td>
                <td>
                  {d.answered} of {d.questionCount} answered
                </td>
                <td>
                  {URGENCY_WORDS[urgency] ? <span className={`badge badge--${urgency}`}>{URGENCY_WORDS[urgency]}</span> : null}{' '}
                  <span className="board-row__time">{timeLeft}</span>
                  <CorrectedDeadline draft={d} consultations={consultations} />
                </td>
                <td>{formatUkTime(d.updatedAt, 'd MMM yyyy, HH:mm')}</td>
                <td className="row-actions">
                  <button type="button" onClick={() => setPending({ kind: 'rename', draft: d })} aria-label={`Rename ${d.name}`}>
                    Rename
                  </button>
                  <button type="button" onClick={() => void duplicateDraft(d.id)} aria-label={`Duplicate ${d.name}`}>
                    Duplicate
                  </button>
                  <button type="button" className="button--danger" onClick={() => setPending({ kind: 'delete', draft: d })} aria-label={`Delete ${d.name}`}>
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pending?.kind === 'rename' ? <RenameDialog draft={pending.draft} onDone={() => setPending(null)} /> : null}
      {pending?.kind === 'delete' ? <DeleteDialog draft={pending.draft} onDone={() => setPending(null)} /> : null}
    </section>
  );
}
