/** The UK's three sets of bank holidays; DCC, Ofgem and DESNZ count in England and Wales. (No schema here: the window's first screen reads this.) */
export const BANK_HOLIDAY_REGIONS = ['england-and-wales', 'scotland', 'northern-ireland'] as const;
export type BankHolidayRegion = (typeof BANK_HOLIDAY_REGIONS)[number];

export function isBankHolidayRegion(value: string): value is BankHolidayRegion {
  return (BANK_HOLIDAY_REGIONS as readonly string[]).includes(value);
}

export const DEFAULT_BANK_HOLIDAY_REGION: BankHolidayRegion = 'england-and-wales';

export const BANK_HOLIDAY_REGION_LABELS: Record<BankHolidayRegion, string> = {
  'england-and-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

/**
 * The years shared/bank-holiday-table.ts covers, generated from date-holidays.
 * Outside them only weekends are known: such dates are decades from any deadline.
 */
export const BANK_HOLIDAY_TABLE_FIRST_YEAR = 2000;
export const BANK_HOLIDAY_TABLE_LAST_YEAR = 2100;
