import { describe, expect, it } from 'vitest';
import { BANK_HOLIDAY_TABLE_FIRST_YEAR, BANK_HOLIDAY_TABLE_LAST_YEAR, BANK_HOLIDAY_REGIONS } from '../../shared/bank-holiday-regions';
import { bankHolidays } from '../../shared/working-days';
import { bankHolidaysFromDateHolidays } from '../../scripts/bank-holidays-source';

describe('the bank holiday table the renderer ships', () => {
  it('holds exactly what date-holidays computes for every region and every year it covers (regenerate with scripts/generate-bank-holidays.ts)', () => {
    const differences: string[] = [];
    for (const region of BANK_HOLIDAY_REGIONS) {
      for (let year = BANK_HOLIDAY_TABLE_FIRST_YEAR; year <= BANK_HOLIDAY_TABLE_LAST_YEAR; year += 1) {
        const table = [...bankHolidays(year, region)].sort().join(' ');
        const library = bankHolidaysFromDateHolidays(year, region).join(' ');
        if (table !== library) differences.push(`${region} ${year}: table ${table} / date-holidays ${library}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it('covers 2020 to 2035 at least, with one-off holidays such as the 2022 Jubilee and the 2023 Coronation', () => {
    expect(BANK_HOLIDAY_TABLE_FIRST_YEAR).toBeLessThanOrEqual(2020);
    expect(BANK_HOLIDAY_TABLE_LAST_YEAR).toBeGreaterThanOrEqual(2035);
    expect(bankHolidays(2022, 'england-and-wales').has('2022-06-03')).toBe(true);
    expect(bankHolidays(2023, 'scotland').has('2023-05-08')).toBe(true);
  });

  it('knows no holidays outside the years it covers, rather than guessing', () => {
    expect(bankHolidays(BANK_HOLIDAY_TABLE_FIRST_YEAR - 1).size).toBe(0);
    expect(bankHolidays(BANK_HOLIDAY_TABLE_LAST_YEAR + 1).size).toBe(0);
  });
});
