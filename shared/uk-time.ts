import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { UK_TIME_ZONE } from './deadline';

/** Formats an instant on the UK wall clock, whatever the computer's own time zone. */
export function formatUkTime(isoInstant: string, pattern: string): string {
  return format(new TZDate(Date.parse(isoInstant), UK_TIME_ZONE), pattern);
}
