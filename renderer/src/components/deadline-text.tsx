import { describeDeadline } from '../../../shared/deadline';
import { isDueSoon } from '../../../shared/deadline-board';
import type { RespondBy } from '../../../shared/model';
import { DEFAULT_BANK_HOLIDAY_REGION } from '../../../shared/working-days';
import { useNow } from '../state/store-context';
import { useProfile } from '../state/use-profile';

/** "closes in 2 days, 16:00 Wed 28 Oct 2020", in UK time, marked "Due soon" by the deadline board's own rule. */
export function DeadlineText({ respondBy, sayWhenPassed = false }: { respondBy: RespondBy | null; sayWhenPassed?: boolean }) {
  const now = useNow();
  const region = useProfile()?.bankHolidayRegion ?? DEFAULT_BANK_HOLIDAY_REGION;
  if (respondBy === null) return <span className="deadline deadline--unknown">No deadline given</span>;
  const view = describeDeadline(respondBy, now);
  const urgent = view.state === 'open' && isDueSoon(respondBy, now, region);
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
      {urgent ? <span className="badge badge--due-soon">Due soon</span> : null}
      {urgent ? ' ' : null}
      {view.text.charAt(0).toUpperCase() + view.text.slice(1)} (UK time)
    </span>
  );
}
