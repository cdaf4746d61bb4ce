import { deadlineInstant, describeDeadline } from './deadline';
import type { DraftSummary } from './ipc';
import type { DraftStatus, RespondBy } from './model';
import { addCalendarDays, DEFAULT_BANK_HOLIDAY_REGION, startOfUkWeek, ukDate, workingDaysBetween, type BankHolidayRegion } from './working-days';

/** Drafts in these states still need work before their deadline. */
const OUTSTANDING: ReadonlySet<DraftStatus> = new Set(['drafting', 'in-review', 'signed-off']);

export const DUE_SOON_WORKING_DAYS = 3;

export type Urgency = 'overdue' | 'due-soon' | 'open' | 'done' | 'no-deadline';

export interface BoardRow {
  draft: DraftSummary;
  urgency: Urgency;
  /** "closes in 2 days, 16:00 Wed 28 Oct 2020", or why there is none. */
  timeLeft: string;
}

/**
 * Whether an open deadline falls within the next three working days (today counted; `region`'s bank
 * holidays are not working days): the one rule for "Due soon", wherever a deadline is shown.
 */
export function isDueSoon(respondBy: RespondBy, now: Date, region: BankHolidayRegion = DEFAULT_BANK_HOLIDAY_REGION): boolean {
  return workingDaysBetween(ukDate(now), respondBy.date, region, DUE_SOON_WORKING_DAYS + 1) <= DUE_SOON_WORKING_DAYS;
}

/** `region` is whose bank holidays are not working days (the profile's choice). */
export function urgencyOf(draft: DraftSummary, now: Date, region: BankHolidayRegion = DEFAULT_BANK_HOLIDAY_REGION): Urgency {
  if (!OUTSTANDING.has(draft.status)) return 'done';
  if (draft.respondBy === null) return 'no-deadline';
  const view = describeDeadline(draft.respondBy, now);
  if (view.state === 'closed') return 'overdue';
  return isDueSoon(draft.respondBy, now, region) ? 'due-soon' : 'open';
}

const URGENCY_ORDER: Record<Urgency, number> = { overdue: 0, 'due-soon': 1, open: 2, 'no-deadline': 3, done: 4 };

/**
 * The library's deadline board: outstanding drafts first, soonest deadline
 * first; sent and closed drafts last, most recent deadline first.
 */
export function deadlineBoard(drafts: readonly DraftSummary[], now: Date, region: BankHolidayRegion = DEFAULT_BANK_HOLIDAY_REGION): BoardRow[] {
  const rows = drafts.map((draft) => ({
    draft,
    urgency: urgencyOf(draft, now, region),
    timeLeft: draft.respondBy === null ? 'No deadline given' : describeDeadline(draft.respondBy, now).text,
    instant: draft.respondBy === null ? Number.POSITIVE_INFINITY : deadlineInstant(draft.respondBy).getTime(),
  }));
  rows.sort((a, b) => {
    const byUrgency = URGENCY_ORDER[a.urgency] - URGENCY_ORDER[b.urgency];
    if (byUrgency !== 0) return byUrgency;
    const byDeadline = a.urgency === 'done' ? b.instant - a.instant : a.instant - b.instant;
    return byDeadline !== 0 ? byDeadline : a.draft.name.localeCompare(b.draft.name);
  });
  return rows.map(({ draft, urgency, timeLeft }) => ({ draft, urgency, timeLeft }));
}

/** Outstanding drafts whose deadline falls in the current UK week (Monday to Sunday) and has not passed. */
export function countDueThisWeek(drafts: readonly DraftSummary[], now: Date, region: BankHolidayRegion = DEFAULT_BANK_HOLIDAY_REGION): number {
  const monday = startOfUkWeek(ukDate(now));
  const sunday = addCalendarDays(monday, 6);
  return drafts.filter((d) => {
    const urgency = urgencyOf(d, now, region);
    return (urgency === 'due-soon' || urgency === 'open') && d.respondBy !== null && d.respondBy.date >= monday && d.respondBy.date <= sunday;
  }).length;
}
