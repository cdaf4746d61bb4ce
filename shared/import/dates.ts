/** Dates and times as UK consultations print them, read into IsoDate / "HH:MM". */

export interface FoundDate {
  iso: string;
  /** Where the date (including any weekday in front of it) starts and ends in the text. */
  index: number;
  end: number;
}

export interface FoundTime {
  time: string;
  index: number;
  end: number;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const WEEKDAY = '(?:(?:Mon|Tues|Tue|Wednes|Wed|Thurs|Thu|Fri|Satur|Sat|Sun)(?:day)?,?\\s+(?:the\\s+)?)?';
// A PDF prints a superscript ordinal apart from its number ("10 th February 2012").
const ORDINAL = '(?:\\s?(?:st|nd|rd|th))?';
// "19April 2021" (a lost space) is still a date.
const DAY_MONTH_YEAR = new RegExp(`\\b${WEEKDAY}(\\d{1,2})${ORDINAL}\\s*(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'gi');
const MONTH_DAY_YEAR = new RegExp(`\\b${WEEKDAY}${MONTH}\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})\\b`, 'gi');
const NUMERIC_UK = /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/g;
// A day and month with no year ("by 1600 on 12 November", "by 5pm Thursday 26 August").
const DAY_MONTH = new RegExp(`\\b${WEEKDAY}(\\d{1,2})${ORDINAL}\\s*(?:of\\s+)?${MONTH}\\b(?!,?\\s+\\d{4})`, 'gi');
const MONTH_DAY = new RegExp(`\\b${WEEKDAY}${MONTH}\\s+(\\d{1,2})${ORDINAL}\\b(?!,?\\s+\\d{4})(?![:.]\\d)`, 'gi');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string | undefined): number {
  return MONTHS[(name ?? '').toLowerCase().slice(0, name?.toLowerCase().startsWith('sept') ? 4 : 3)] ?? 0;
}

/** Every full date (day, month and year) in the text, in order. */
export function findDates(text: string): FoundDate[] {
  const all: FoundDate[] = [];
  const add = (match: RegExpExecArray, iso: string | null): void => {
    if (iso !== null) all.push({ iso, index: match.index, end: match.index + match[0].length });
  };
  for (const match of text.matchAll(DAY_MONTH_YEAR)) add(match, isoDate(Number(match[3]), monthNumber(match[2]), Number(match[1])));
  for (const match of text.matchAll(MONTH_DAY_YEAR)) add(match, isoDate(Number(match[3]), monthNumber(match[1]), Number(match[2])));
  // Day first, as UK documents print them ("closes: 18/03/15"); a two-digit year is this century's.
  for (const match of text.matchAll(NUMERIC_UK)) {
    const year = (match[3] ?? '').length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
    add(match, isoDate(year, Number(match[2]), Number(match[1])));
  }
  for (const match of text.matchAll(ISO)) add(match, isoDate(Number(match[1]), Number(match[2]), Number(match[3])));
  // Where two readings overlap, the one starting first (then the longer) wins.
  all.sort((a, b) => a.index - b.index || b.end - a.end);
  const found: FoundDate[] = [];
  for (const date of all) {
    const last = found[found.length - 1];
    if (!last || date.index >= last.end) found.push(date);
  }
  return found;
}

function clock(hours: number, minutes: number): string | null {
  if (!Number.isInteger(hours) || !Number.isInteger(minutes) || hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

function twelveHour(hours: number, minutes: number, meridiem: string): string | null {
  if (hours < 1 || hours > 12) return null;
  const pm = meridiem.toLowerCase().startsWith('p');
  return clock((hours % 12) + (pm ? 12 : 0), minutes);
}

const MERIDIEM = '(a\\.?m\\.?|p\\.?m\\.?)(?![A-Za-z])';
// "5pm AEDST 1 November 2013", "17:00 CET on …": a zone named between the time and the date.
const TIME_ZONE =
  '(?:\\s*\\(?(?:UK time|UK|GMT|BST|London time|UTC|CES?T|EES?T|WES?T|AE[DS]{1,2}T|AC[DS]T|AWST|NZ[DS]T|[ECMP][DS]T|ET)\\)?(?![A-Za-z]))?';

interface TimeForm {
  read: (m: RegExpExecArray) => string | null;
  /** A bare "1600" is only a time where the words around it say so ("by 1600", "1600 hrs"). */
  needsCue: boolean;
  whole: RegExp;
  before: RegExp;
  after: RegExp;
}

function timeForm(pattern: string, read: TimeForm['read'], needsCue = false): TimeForm {
  return {
    read,
    needsCue,
    whole: new RegExp(`^${pattern}`, 'i'),
    // "by5pm": extraction sometimes drops the space after "by" or "at".
    before: new RegExp(`(?:^|[^\\w:.]|(?<=\\b(?:by|at)))(${pattern})${TIME_ZONE}\\s*(?:,\\s*)?(?:on\\s+)?(?:the\\s+)?$`, 'i'),
    after: new RegExp(`^(\\s*(?:,|\\bat\\b|\\bby\\b)?\\s*)(${pattern})(?![\\w:])`, 'i'),
  };
}

// Most specific first: "11:59pm" must not be read as "11:59".
const TIME_FORMS: readonly TimeForm[] = [
  timeForm(`(\\d{1,2})[:.](\\d{2})\\s*${MERIDIEM}`, (m) => twelveHour(Number(m[1]), Number(m[2]), m[3] ?? '')),
  timeForm(`(\\d{1,2})\\s*${MERIDIEM}`, (m) => twelveHour(Number(m[1]), 0, m[2] ?? '')),
  timeForm('(?:12\\s*)?(?:midday|noon)(?:\\s*\\(12(?:[:.]00)?\\s*(?:pm)?\\))?', () => '12:00'),
  timeForm('(?:12\\s*)?midnight', () => '23:59'),
  timeForm('(\\d{1,2})[:.](\\d{2})(?:\\s*(?:hrs|hours|h)\\b)?', (m) => clock(Number(m[1]), Number(m[2]))),
  timeForm('([01]\\d|2[0-3])([0-5]\\d)(\\s*(?:hrs|hours|h)\\b)?', (m) => clock(Number(m[1]), Number(m[2])), true),
];

const HHMM_CUE = /(?:\b(?:by|at|before|until|till|from)|:)\s*$/i;

/** A time ending right at the end of `before` ("… 5pm on ", "… 1600 hrs on Monday "). */
export function timeBefore(before: string): FoundTime | null {
  for (const form of TIME_FORMS) {
    const match = form.before.exec(before);
    if (!match?.[1]) continue;
    const inner = form.whole.exec(match[1]);
    const time = inner ? form.read(inner) : null;
    if (time === null || !inner) continue;
    const index = match.index + match[0].indexOf(match[1]);
    if (form.needsCue && inner[3] === undefined && !HHMM_CUE.test(before.slice(0, index))) continue;
    return { time, index, end: index + match[1].length };
  }
  return null;
}

/** A time starting right at the start of `after` (" at 16:00", ", 5pm"). */
export function timeAfter(after: string): FoundTime | null {
  for (const form of TIME_FORMS) {
    // A bare four-digit number after a date is a year or a reference, not a time.
    if (form.needsCue) continue;
    const match = form.after.exec(after);
    if (!match?.[2]) continue;
    const inner = form.whole.exec(match[2]);
    const time = inner ? form.read(inner) : null;
    if (time === null) continue;
    const index = (match[1] ?? '').length;
    return { time, index, end: index + match[2].length };
  }
  return null;
}

export interface PartialDate {
  month: number;
  day: number;
  index: number;
  end: number;
}

/** Every day-and-month printed without a year, in order (full dates are not included). */
export function findDatesWithoutYear(text: string): PartialDate[] {
  const all: PartialDate[] = [];
  const add = (match: RegExpExecArray, month: number, day: number): void => {
    if (month >= 1 && day >= 1 && day <= 31) all.push({ month, day, index: match.index, end: match.index + match[0].length });
  };
  for (const match of text.matchAll(DAY_MONTH)) add(match, monthNumber(match[2]), Number(match[1]));
  for (const match of text.matchAll(MONTH_DAY)) add(match, monthNumber(match[1]), Number(match[2]));
  const full = findDates(text);
  return all
    .filter((date) => !full.some((other) => date.index < other.end && other.index < date.end))
    .sort((a, b) => a.index - b.index);
}

/** The day and month in the first year that puts them on or after `after` (an IsoDate), or null. */
export function dateOnOrAfter(date: Pick<PartialDate, 'month' | 'day'>, after: string): string | null {
  const year = Number(after.slice(0, 4));
  const sameYear = isoDate(year, date.month, date.day);
  if (sameYear !== null && sameYear >= after) return sameYear;
  return isoDate(year + 1, date.month, date.day);
}
