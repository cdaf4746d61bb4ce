import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { UK_TIME_ZONE } from '../deadline';

/** "26 October 2020": the date on the letter is the UK date, wherever the computer's clock is set. */
export function ukLongDate(instant: Date): string {
  return format(new TZDate(instant.getTime(), UK_TIME_ZONE), 'd MMMM yyyy');
}

/** "21 October 2020" for a YYYY-MM-DD calendar date. */
export function ukLongCalendarDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return format(new Date(year, month - 1, day, 12), 'd MMMM yyyy');
}
