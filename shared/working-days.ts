import { TZDate } from '@date-fns/tz';
import { UK_TIME_ZONE } from './deadline';

/**
 * Bank holidays in England and Wales (gov.uk), where DCC, Ofgem and DESNZ
 * count their working days. Extend the list each year.
 */
const BANK_HOLIDAYS = new Set([
  '2020-01-01', '2020-04-10', '2020-04-13', '2020-05-08', '2020-05-25', '2020-08-31', '2020-12-25', '2020-12-28',
  '2021-01-01', '2021-04-02', '2021-04-05', '2021-05-03', '2021-05-31', '2021-08-30', '2021-12-27', '2021-12-28',
  '2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27',
  '2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26',
  '2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26',
  '2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26',
  '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28',
  '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28',
]);

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

export function isWorkingDay(isoDate: string): boolean {
  const day = dayOfWeek(isoDate);
  return day !== 0 && day !== 6 && !BANK_HOLIDAYS.has(isoDate);
}

/**
 * Working days after `from` up to and including `to` (both UK dates): a
 * deadline today is 0, tomorrow 1, and Friday to the next Monday is 1.
 */
export function workingDaysBetween(from: string, to: string): number {
  if (to <= from) return 0;
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (isWorkingDay(day)) count += 1;
  }
  return count;
}

/** Monday of the UK week containing the date. */
export function startOfUkWeek(isoDate: string): string {
  return addDays(isoDate, -((dayOfWeek(isoDate) + 6) % 7));
}

export { addDays as addCalendarDays };
