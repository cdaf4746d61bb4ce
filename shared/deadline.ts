import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { RespondBy } from './model';

export const UK_TIME_ZONE = 'Europe/London';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Deadlines worked out before, by date and time. The library shows hundreds of
 * drafts, several times each (board, urgency, this week's count), and most
 * share their consultation's deadline; each time-zone conversion costs tens of
 * microseconds of Intl formatting.
 */
const instants = new Map<string, number>();
const labels = new Map<string, string>();
const REMEMBERED_DEADLINES = 5000;

function remembered<T>(cache: Map<string, T>, respondBy: RespondBy, work: () => T): T {
  const key = `${respondBy.date} ${respondBy.time ?? ''}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const value = work();
  if (cache.size >= REMEMBERED_DEADLINES) cache.clear();
  cache.set(key, value);
  return value;
}

/**
 * The instant a deadline passes. A deadline printed without a time is taken
 * to run to the end of that day in the UK, so it is never shown as closed early.
 */
export function deadlineInstant(respondBy: RespondBy): Date {
  return new Date(remembered(instants, respondBy, () => {
    const [year, month, day] = respondBy.date.split('-').map(Number) as [number, number, number];
    if (respondBy.time === null) return new TZDate(year, month - 1, day + 1, 0, 0, UK_TIME_ZONE).getTime() - 1;
    const [hours, minutes] = respondBy.time.split(':').map(Number) as [number, number];
    return new TZDate(year, month - 1, day, hours, minutes, UK_TIME_ZONE).getTime();
  }));
}

/** "16:00 Wed 28 Oct 2020", or "Wed 28 Oct 2020" when no time was given. */
export function formatRespondBy(respondBy: RespondBy): string {
  return remembered(labels, respondBy, () => {
    const [year, month, day] = respondBy.date.split('-').map(Number) as [number, number, number];
    // A calendar day's name and number are the same in every time zone, so the computer's own noon of that day will do.
    const noon = new Date(2000, 0, 1, 12);
    noon.setFullYear(year, month - 1, day);
    const date = format(noon, 'EEE d MMM yyyy');
    return respondBy.time === null ? date : `${respondBy.time} ${date}`;
  });
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
