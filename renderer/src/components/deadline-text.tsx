import { describeDeadline } from '../../../shared/deadline';
import type { RespondBy } from '../../../shared/model';
import { useNow } from '../state/store-context';

/** "closes in 2 days, 16:00 Wed 28 Oct 2020", in UK time, styled by urgency. */
export function DeadlineText({ respondBy, sayWhenPassed = false }: { respondBy: RespondBy | null; sayWhenPassed?: boolean }) {
  const now = useNow();
  if (respondBy === null) return <span className="deadline deadline--unknown">No deadline given</span>;
  const view = describeDeadline(respondBy, now);
  const urgent = view.state === 'open' && view.msRemaining < 3 * 24 * 3_600_000;
  const modifier = view.state === 'closed' ? 'closed' : urgent ? 'soon' : 'open';
  if (sayWhenPassed && view.state === 'closed') {
    return (
      <span className="deadline deadline--closed deadline--passed">
        <strong>Deadline passed:</strong> {view.text} (UK time)
      </span>
    );
  }
  return (
    <span className={`deadline deadline--${modifier}`}>
      {view.text.charAt(0).toUpperCase() + view.text.slice(1)} (UK time)
    </span>
  );
}
