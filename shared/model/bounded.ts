import { z } from 'zod';

/**
 * The most of each list or map a draft may hold. Each is counted before any entry is checked, so a file or a
 * message holding a hundred thousand entries is refused at once rather than checked entry by entry for seconds.
 * Each is far beyond what real work makes: a draft answers at most 500 questions, and a year of daily work on one
 * adds a few thousand lines to its timeline.
 */
export const MAX_ANSWERS = 500;
export const MAX_MARKED_PARTS = 2000;
export const MAX_COMMENTS = 5000;
export const MAX_HISTORY_LINES = 20_000;
export const MAX_CONFLICTS = 2000;

/** A record of at most `max` entries, refused on its count before any entry is checked. */
export function boundedRecord<Key extends z.core.$ZodRecordKey, Value extends z.ZodType>(key: Key, value: Value, max: number, what: string) {
  const fewEnough = (input: unknown): boolean => typeof input !== 'object' || input === null || Object.keys(input).length <= max;
  return z.custom<unknown>(fewEnough, { message: `More than ${max} ${what}` }).pipe(z.record(key, value));
}
