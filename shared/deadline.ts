import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { RespondBy } from './model';

export const UK_TIME_ZONE = 'Europe/London';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The instant a deadline passes. A deadline printed without a time is taken
 * to run to the end of that day in the UK, so it is never shown as closed early.
 */
export function deadlineInstant(respondBy: RespondBy): Date {
  const [year, month, day] = respondBy.date.split('-').map(Number) as [number, number, number];
  if (respondBy.time === null) {
    return new Date(new TZDate(year, month - 1, day + 1, 0, 0, UK_TIME_ZONE).getTime() - 1);
  }
  const [hours, minutes] = respondBy.time.split(':').map(Number) as [number, number];
  return new Date(new TZDate(year, month - 1, day, hours, minutes, UK_TIME_ZONE).getTime());
}

/** "16:00 Wed 28 Oct 2020", or "Wed 28 Oct 2020" when no time was given. */
export function formatRespondBy(respondBy: RespondBy): string {
  const [year, month, day] = respondBy.date.split('-').map(Number) as [number, number, number];
  const date = format(new TZDate(year, month - 1, day, 12, 0, UK_TIME_ZONE), 'EEE d MMM yyyy');
  return respondBy.time === null ? date : `${respondBy.time} ${date}`;
}

/** The UK offset name in force at the deadline: "GMT" or "BST". */
export function ukZoneName(instant: Date): 'GMT' | 'BST' {
  return new TZDate(instant.getTime(), UK_TIME_ZONE).getTimezoneOffset() === 0 ? 'GMT' : 'BST';
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

const YEAR = 365 * DAY;
const MONTH = 30.44 * DAY;

function spanInWords(ms: number): string {
  if (ms >= YEAR) return plural(Math.floor(ms / YEAR), 'year');
  if (ms >= 60 * DAY) return plural(Math.floor(ms / MONTH), 'month');
  if (ms >= DAY) return plural(Math.floor(ms / DAY), 'day');
  if (ms >= HOUR) return plural(Math.floor(ms / HOUR), 'hour');
  return plural(Math.max(1, Math.floor(ms / MINUTE)), 'minute');
}

export type DeadlineState = 'open' | 'closed';

export interface DeadlineView {
  state: DeadlineState;
  /** e.g. "closes in 2 days, 16:00 Wed 28 Oct 2020" */
  text: string;
  instant: Date;
  msRemaining: number;
}

/** The countdown shown beside every consultation, in UK time. */
export function describeDeadline(respondBy: RespondBy, now: Date): DeadlineView {
  const instant = deadlineInstant(respondBy);
  const msRemaining = instant.getTime() - now.getTime();
  const when = formatRespondBy(respondBy);
  const text =
    msRemaining > 0
      ? `closes in ${spanInWords(msRemaining)}, ${when}`
      : `closed ${spanInWords(-msRemaining)} ago, ${when}`;
  return { state: msRemaining > 0 ? 'open' : 'closed', text, instant, msRemaining };
}
