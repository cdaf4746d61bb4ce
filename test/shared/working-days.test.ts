import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { bankHolidays, isWorkingDay, ukDate, workingDaysBetween } from '../../shared/working-days';

const run = promisify(execFile);

describe('bank holidays by region, from date-holidays', () => {
  it('counts England and Wales bank holidays, substitute days included', () => {
    // Christmas 2020 was a Friday; Boxing Day (Saturday) moved to Monday 28th.
    expect(workingDaysBetween('2020-12-24', '2020-12-29')).toBe(1);
    expect(isWorkingDay('2026-04-06', 'england-and-wales')).toBe(false); // Easter Monday
    expect(isWorkingDay('2026-08-31', 'england-and-wales')).toBe(false); // Summer bank holiday
    expect(isWorkingDay('2026-01-02', 'england-and-wales')).toBe(true);
  });

  it('counts Scotland’s own: 2 January, the August holiday, St Andrew’s Day, and no Easter Monday', () => {
    expect(isWorkingDay('2026-01-02', 'scotland')).toBe(false);
    expect(isWorkingDay('2026-08-03', 'scotland')).toBe(false);
    expect(isWorkingDay('2026-08-31', 'scotland')).toBe(true);
    expect(isWorkingDay('2026-11-30', 'scotland')).toBe(false);
    expect(isWorkingDay('2026-04-06', 'scotland')).toBe(true);
    // Thursday 31 Dec 2026 to Monday 4 Jan 2027: Friday 1 Jan is a holiday everywhere, 4 Jan is too in Scotland (2 Jan falls on Saturday).
    expect(workingDaysBetween('2026-12-31', '2027-01-05', 'england-and-wales')).toBe(2);
    expect(workingDaysBetween('2026-12-31', '2027-01-05', 'scotland')).toBe(1);
  });

  it('counts Northern Ireland’s own: St Patrick’s Day and the Twelfth (moved to Monday when it falls on a Sunday)', () => {
    expect(isWorkingDay('2026-03-17', 'northern-ireland')).toBe(false);
    expect(isWorkingDay('2026-03-17', 'england-and-wales')).toBe(true);
    expect(isWorkingDay('2026-07-13', 'northern-ireland')).toBe(false);
    expect(isWorkingDay('2026-07-13', 'scotland')).toBe(true);
  });

  it('knows the years well ahead: Good Friday 2040 and the Boxing Day substitute of 2037 are known', () => {
    expect(bankHolidays(2040, 'england-and-wales').has('2040-03-30')).toBe(true);
    expect(bankHolidays(2037, 'england-and-wales').has('2037-12-28')).toBe(true);
    expect(bankHolidays(2099, 'england-and-wales').size).toBeGreaterThanOrEqual(8);
    expect(workingDaysBetween('2040-03-29', '2040-04-03')).toBe(1);
  });

  it('gives the same holidays whatever time zone the computer is set to', { timeout: 60_000 }, async () => {
    const script = [
      "import { bankHolidays, ukDate } from './shared/working-days.ts';",
      "console.log(JSON.stringify({ days: [...bankHolidays(2026, 'northern-ireland')], late: ukDate(new Date('2026-07-12T23:30:00Z')) }));",
    ].join('\n');
    const expected = JSON.stringify({ days: [...bankHolidays(2026, 'northern-ireland')], late: '2026-07-13' });
    for (const tz of ['Pacific/Auckland', 'America/Los_Angeles']) {
      const { stdout } = await run('npx', ['tsx', '--eval', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
      expect({ tz, out: stdout.trim() }).toEqual({ tz, out: expected });
    }
  });
});

describe('ukDate', () => {
  it('reads the date off the UK wall clock: 23:30 UTC in summer is already the next day in London', () => {
    expect(ukDate(new Date('2026-07-12T23:30:00Z'))).toBe('2026-07-13');
    // In winter London is on UTC.
    expect(ukDate(new Date('2026-01-12T23:30:00Z'))).toBe('2026-01-12');
  });
});

describe('counting working days only as far as needed', () => {
  it('stops at the number asked for, and counts exactly below it', () => {
    expect(workingDaysBetween('2026-01-05', '2036-01-05', 'england-and-wales', 4)).toBe(4);
    // Thursday 24 Dec 2020 to Tuesday 29th: only Tuesday is a working day (Friday 25th, Monday 28th are holidays).
    expect(workingDaysBetween('2020-12-24', '2020-12-29', 'england-and-wales', 4)).toBe(1);
    expect(workingDaysBetween('2026-01-05', '2036-01-05')).toBeGreaterThan(2500);
  });
});
