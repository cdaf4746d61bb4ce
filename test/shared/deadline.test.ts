import { describe, expect, it } from 'vitest';
import { deadlineInstant, describeDeadline, formatRespondBy, ukZoneName } from '../../shared/deadline';

const dccDeadline = { date: '2020-10-28', time: '16:00' };

describe('respond-by deadlines in UK time', () => {
  it('reads 16:00 on 28 October 2020 as GMT, after the clocks went back', () => {
    const instant = deadlineInstant(dccDeadline);
    expect(instant.toISOString()).toBe('2020-10-28T16:00:00.000Z');
    expect(ukZoneName(instant)).toBe('GMT');
  });

  it('reads 16:00 on a July date as BST, an hour ahead of UTC', () => {
    const instant = deadlineInstant({ date: '2021-07-14', time: '16:00' });
    expect(instant.toISOString()).toBe('2021-07-14T15:00:00.000Z');
    expect(ukZoneName(instant)).toBe('BST');
  });

  it('counts down in days with the deadline in words', () => {
    const view = describeDeadline(dccDeadline, new Date('2020-10-26T10:00:00Z'));
    expect(view.state).toBe('open');
    expect(view.text).toBe('closes in 2 days, 16:00 Wed 28 Oct 2020');
  });

  it('counts a deadline across the clock change by real elapsed time', () => {
    // Clocks went back at 02:00 BST on 25 Oct 2020: 24 Oct 16:00 BST is 15:00 UTC.
    const view = describeDeadline(dccDeadline, new Date('2020-10-24T15:00:00Z'));
    expect(view.msRemaining).toBe((4 * 24 + 1) * 3_600_000);
    expect(view.text).toBe('closes in 4 days, 16:00 Wed 28 Oct 2020');
  });

  it('switches to hours and minutes on the closing day', () => {
    expect(describeDeadline(dccDeadline, new Date('2020-10-28T11:30:00Z')).text).toBe('closes in 4 hours, 16:00 Wed 28 Oct 2020');
    expect(describeDeadline(dccDeadline, new Date('2020-10-28T15:58:30Z')).text).toBe('closes in 1 minute, 16:00 Wed 28 Oct 2020');
  });

  it('says when a consultation has closed', () => {
    const view = describeDeadline(dccDeadline, new Date('2020-10-31T16:00:00Z'));
    expect(view.state).toBe('closed');
    expect(view.text).toBe('closed 3 days ago, 16:00 Wed 28 Oct 2020');
  });

  it('speaks of months and years for deadlines long gone', () => {
    expect(describeDeadline(dccDeadline, new Date('2021-01-15T12:00:00Z')).text).toBe('closed 2 months ago, 16:00 Wed 28 Oct 2020');
    expect(describeDeadline(dccDeadline, new Date('2026-11-29T12:00:00Z')).text).toBe('closed 6 years ago, 16:00 Wed 28 Oct 2020');
  });

  it('is closed at 16:00 exactly: a response not in by the stroke of the deadline is late', () => {
    expect(describeDeadline(dccDeadline, new Date('2020-10-28T15:59:59.999Z')).state).toBe('open');
    const atDeadline = describeDeadline(dccDeadline, new Date('2020-10-28T16:00:00.000Z'));
    expect(atDeadline.state).toBe('closed');
    expect(atDeadline.text).toBe('closed 1 minute ago, 16:00 Wed 28 Oct 2020');
  });

  it('says "1 day", "1 hour", "1 month" and "1 year" when exactly that long is left', () => {
    const hour = 3_600_000;
    const closing = (msLeft: number) => describeDeadline(dccDeadline, new Date(Date.parse('2020-10-28T16:00:00Z') - msLeft)).text.split(',')[0];
    expect(closing(hour)).toBe('closes in 1 hour');
    expect(closing(24 * hour)).toBe('closes in 1 day');
    expect(closing(60 * 24 * hour)).toBe('closes in 1 month');
    expect(closing(365 * 24 * hour)).toBe('closes in 1 year');
  });

  it('keeps apart two deadlines on the same day at different times', () => {
    const morning = { date: '2022-03-10', time: '10:00' };
    const afternoon = { date: '2022-03-10', time: '17:00' };
    expect(formatRespondBy(morning)).toBe('10:00 Thu 10 Mar 2022');
    expect(formatRespondBy(afternoon)).toBe('17:00 Thu 10 Mar 2022');
    expect(deadlineInstant(morning).toISOString()).toBe('2022-03-10T10:00:00.000Z');
    expect(deadlineInstant(afternoon).toISOString()).toBe('2022-03-10T17:00:00.000Z');
  });

  it('keeps a date without a time as a date, open until the end of that UK day', () => {
    const dateOnly = { date: '2021-11-12', time: null };
    expect(formatRespondBy(dateOnly)).toBe('Fri 12 Nov 2021');
    expect(describeDeadline(dateOnly, new Date('2021-11-12T23:00:00Z')).state).toBe('open');
    expect(describeDeadline(dateOnly, new Date('2021-11-13T00:00:00Z')).state).toBe('closed');
  });
});
