/**
 * Bank holidays as date-holidays computes them: the source of truth for the
 * small table the app ships (shared/bank-holiday-table.ts). Node only; the
 * renderer must not import date-holidays, whose data for every country and
 * time-zone library weigh over a megabyte.
 */
import Holidays from 'date-holidays';
import type { BankHolidayRegion } from '../shared/bank-holiday-regions';

/** date-holidays' subdivision codes; Wales has the same bank holidays as England. */
const SUBDIVISION: Record<BankHolidayRegion, string> = {
  'england-and-wales': 'ENG',
  scotland: 'SCT',
  'northern-ireland': 'NIR',
};

const calendars = new Map<BankHolidayRegion, Holidays>();

/** The region's bank holidays of the year as sorted YYYY-MM-DD dates, substitute days included. */
export function bankHolidaysFromDateHolidays(year: number, region: BankHolidayRegion): string[] {
  let calendar = calendars.get(region);
  if (!calendar) {
    calendar = new Holidays('GB', SUBDIVISION[region], { types: ['public'] });
    calendars.set(region, calendar);
  }
  // `date` is the local calendar day ("2026-12-28 00:00:00"), whatever the computer's time zone.
  const days = new Set(calendar.getHolidays(year).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
  return [...days].sort();
}
