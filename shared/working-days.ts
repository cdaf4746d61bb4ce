import { TZDate } from '@date-fns/tz';
import { BANK_HOLIDAY_TABLE } from './bank-holiday-table';
import { BANK_HOLIDAY_TABLE_FIRST_YEAR, DEFAULT_BANK_HOLIDAY_REGION, type BankHolidayRegion } from './bank-holiday-regions';
import { UK_TIME_ZONE } from './deadline';

export { BANK_HOLIDAY_REGION_LABELS, BANK_HOLIDAY_REGIONS, DEFAULT_BANK_HOLIDAY_REGION, isBankHolidayRegion, type BankHolidayRegion } from './bank-holiday-regions';

const holidaysByYear = new Map<string, ReadonlySet<string>>();

/**
 * The bank holidays of one region in one year, as YYYY-MM-DD, substitute days
 * included. Read from a table generated from date-holidays (see
 * scripts/generate-bank-holidays.ts) rather than date-holidays itself, which
 * would bring every country's data into the renderer. Years outside the
 * table (before 2000, after 2100) have none.
 */
export function bankHolidays(year: number, region: BankHolidayRegion = DEFAULT_BANK_HOLIDAY_REGION): ReadonlySet<string> {
  const key = `${region}:${year}`;
  const known = holidaysByYear.get(key);
  if (known) return known;
  const monthDays = BANK_HOLIDAY_TABLE[region][year - BANK_HOLIDAY_TABLE_FIRST_YEAR] ?? '';
  const days = new Set(monthDays.split(' ').filter((day) => day !== '').map((day) => `${year}-${day}`));
  holidaysByYear.set(key, days);
  return days;
}

/** The last answer of ukDate: the library asks it for the same "now" once per draft. */
let lastUkDate: { ms: number; date: string } | null = null;

/** A calendar day as YYYY-MM-DD, read off the UK wall clock at the given instant. */
export function ukDate(instant: Date): string {
  const ms = instant.getTime();
  if (lastUkDate?.ms === ms) return lastUkDate.date;
  const uk = new TZDate(ms, UK_TIME_ZONE);
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${uk.getFullYear()}-${pad(uk.getMonth() + 1)}-${pad(uk.getDate())}`;
  lastUkDate = { ms, date };
  return date;
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
 * With `countUpTo`, counting stops there: enough to tell "within N working
 * days" without walking to a deadline years away.
 */
export function workingDaysBetween(from: string, to: string, region: BankHolidayRegion = DEFAULT_BANK_HOLIDAY_REGION, countUpTo = Number.POSITIVE_INFINITY): number {
  if (to <= from) return 0;
  let count = 0;
  for (let day = addDays(from, 1); day <= to && count < countUpTo; day = addDays(day, 1)) {
    if (isWorkingDay(day, region)) count += 1;
  }
  return count;
}

/** Monday of the UK week containing the date. */
export function startOfUkWeek(isoDate: string): string {
  return addDays(isoDate, -((dayOfWeek(isoDate) + 6) % 7));
}

export { addDays as addCalendarDays };
