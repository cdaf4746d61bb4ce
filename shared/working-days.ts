import { TZDate } from '@date-fns/tz';
import Holidays from 'date-holidays';
import { z } from 'zod';
import { UK_TIME_ZONE } from './deadline';

/** The UK's three sets of bank holidays; DCC, Ofgem and DESNZ count in England and Wales. */
export const BankHolidayRegionSchema = z.enum(['england-and-wales', 'scotland', 'northern-ireland']);
export type BankHolidayRegion = z.infer<typeof BankHolidayRegionSchema>;

export const DEFAULT_BANK_HOLIDAY_REGION: BankHolidayRegion = 'england-and-wales';

export const BANK_HOLIDAY_REGION_LABELS: Record<BankHolidayRegion, string> = {
  'england-and-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

/** date-holidays' subdivision codes; Wales has the same bank holidays as England. */
const SUBDIVISION: Record<BankHolidayRegion, string> = {
  'england-and-wales': 'ENG',
  scotland: 'SCT',
  'northern-ireland': 'NIR',
};

const calendars = new Map<BankHolidayRegion, Holidays>();
const holidaysByYear = new Map<string, ReadonlySet<string>>();

/**
 * The bank holidays of one region in one year, as YYYY-MM-DD, substitute days
 * included. Computed by date-holidays from its rules, so there is no list to
 * extend and no last year.
 */
export function bankHolidays(year: number, region: BankHolidayRegion = DEFAULT_BANK_HOLIDAY_REGION): ReadonlySet<string> {
  const key = `${region}:${year}`;
  const known = holidaysByYear.get(key);
  if (known) return known;
  let calendar = calendars.get(region);
  if (!calendar) {
    calendar = new Holidays('GB', SUBDIVISION[region], { types: ['public'] });
    calendars.set(region, calendar);
  }
  // `date` is the local calendar day ("2026-12-28 00:00:00"), whatever the computer's time zone.
  const days = new Set(calendar.getHolidays(year).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
  holidaysByYear.set(key, days);
  return days;
}

/** A calendar day as YYYY-MM-DD, read off the UK wall clock at the given instant. */
export function ukDate(instant: Date): string {
  const uk = new TZDate(instant.getTime(), UK_TIME_ZONE);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${uk.getFullYear()}-${pad(uk.getMonth() + 1)}-${pad(uk.getDate())}`;
}

function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}

function dayOfWeek(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

export function isWorkingDay(isoDate: string, region: BankHolidayRegion = DEFAULT_BANK_HOLIDAY_REGION): boolean {
  const day = dayOfWeek(isoDate);
  return day !== 0 && day !== 6 && !bankHolidays(Number(isoDate.slice(0, 4)), region).has(isoDate);
}

/**
 * Working days after `from` up to and including `to` (both UK dates): a
 * deadline today is 0, tomorrow 1, and Friday to the next Monday is 1.
 */
export function workingDaysBetween(from: string, to: string, region: BankHolidayRegion = DEFAULT_BANK_HOLIDAY_REGION): number {
  if (to <= from) return 0;
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (isWorkingDay(day, region)) count += 1;
  }
  return count;
}

/** Monday of the UK week containing the date. */
export function startOfUkWeek(isoDate: string): string {
  return addDays(isoDate, -((dayOfWeek(isoDate) + 6) % 7));
}

export { addDays as addCalendarDays };
