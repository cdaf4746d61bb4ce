import { describe, expect, it } from 'vitest';
import { countDueThisWeek, deadlineBoard, urgencyOf } from '../../shared/deadline-board';
import type { DraftSummary } from '../../shared/ipc';
import type { DraftStatus } from '../../shared/model';
import { workingDaysBetween } from '../../shared/working-days';

function summary(name: string, date: string | null, status: DraftStatus = 'drafting', time: string | null = '16:00'): DraftSummary {
  return {
    id: name.toLowerCase().replace(/\W+/g, '-'),
    name,
    consultationId: `c-${name}`,
    consultationTitle: `Consultation ${name}`,
    issuer: 'Smart DCC',
    respondBy: date === null ? null : { date, time },
    status,
    updatedAt: '2020-10-01T09:00:00.000Z',
    answered: 0,
    questionCount: 1,
  };
}

describe('working days in England and Wales', () => {
  it('skips the weekend: Friday to the next Monday is one working day', () => {
    expect(workingDaysBetween('2020-10-23', '2020-10-26')).toBe(1);
    expect(workingDaysBetween('2020-10-23', '2020-10-28')).toBe(3);
  });

  it('skips bank holidays: Christmas 2020 fell on Friday with Boxing Day moved to Monday 28th', () => {
    expect(workingDaysBetween('2020-12-24', '2020-12-29')).toBe(1);
  });
});

describe('the deadline board', () => {
  it('makes a draft due within three working days stand out, counting across a weekend', () => {
    // Friday 23 Oct 2020, 10:00 BST; the DCC deadline is Wednesday 28 Oct at 16:00 GMT.
    const friday = new Date('2020-10-23T09:00:00Z');
    expect(urgencyOf(summary('DCC', '2020-10-28'), friday)).toBe('due-soon');
    expect(urgencyOf(summary('Later', '2020-10-29'), friday)).toBe('open');
  });

  it('counts the deadline in UK time across the clock change (25 Oct 2020)', () => {
    // 28 Oct 16:00 is GMT; one minute before in UTC terms is still open, one minute after is overdue.
    expect(urgencyOf(summary('DCC', '2020-10-28'), new Date('2020-10-28T15:59:00Z'))).toBe('due-soon');
    expect(urgencyOf(summary('DCC', '2020-10-28'), new Date('2020-10-28T16:01:00Z'))).toBe('overdue');
    // In July (BST) the same wall-clock deadline passes at 15:00 UTC.
    expect(urgencyOf(summary('Summer', '2021-07-14'), new Date('2021-07-14T15:01:00Z'))).toBe('overdue');
  });

  it('orders overdue, then due soon, then open by deadline, and finished drafts last', () => {
    const now = new Date('2020-10-23T09:00:00Z');
    const rows = deadlineBoard(
      [
        summary('Sent one', '2020-10-20', 'sent'),
        summary('Open later', '2020-12-01'),
        summary('No deadline', null),
        summary('Overdue', '2020-10-22'),
        summary('Due soon', '2020-10-27'),
        summary('Open sooner', '2020-11-10'),
        summary('Closed', '2020-10-21', 'closed'),
      ],
      now,
    );
    expect(rows.map((r) => r.draft.name)).toEqual(['Overdue', 'Due soon', 'Open sooner', 'Open later', 'No deadline', 'Closed', 'Sent one']);
    expect(rows.map((r) => r.urgency)).toEqual(['overdue', 'due-soon', 'open', 'open', 'no-deadline', 'done', 'done']);
    expect(rows[0]!.timeLeft).toBe('closed 18 hours ago, 16:00 Thu 22 Oct 2020');
  });

  it('counts outstanding drafts due this UK week (Monday to Sunday)', () => {
    const monday = new Date('2020-10-26T08:00:00Z');
    const drafts = [
      summary('This week', '2020-10-28'),
      summary('Sunday', '2020-11-01', 'drafting', null),
      summary('Next week', '2020-11-02'),
      summary('Already sent', '2020-10-28', 'sent'),
      summary('Last week', '2020-10-23'),
    ];
    expect(countDueThisWeek(drafts, monday)).toBe(2);
  });

  it('counts the week that began on Monday when asked on a Thursday', () => {
    const thursday = new Date('2020-10-29T08:00:00Z');
    const drafts = [
      summary('Overdue since Tuesday', '2020-10-27'),
      summary('Friday', '2020-10-30'),
      summary('Sunday', '2020-11-01', 'drafting', null),
      summary('Next Monday', '2020-11-02'),
      summary('Next Wednesday', '2020-11-04'),
      summary('Last Friday', '2020-10-23'),
    ];
    // Friday and Sunday; the overdue one is counted apart, as overdue.
    expect(countDueThisWeek(drafts, thursday)).toBe(2);
  });
});

describe('the deadline board in each bank-holiday region', () => {
  // Wednesday 25 Nov 2020; the deadline is Tuesday 1 Dec. Monday 30 Nov is St Andrew's Day, a bank holiday in Scotland only.
  const wednesday = new Date('2020-11-25T10:00:00Z');
  const draft = summary('Scottish holiday', '2020-12-01');

  it('counts St Andrew’s Day as a working day in England and Wales and Northern Ireland, but not in Scotland', () => {
    expect(urgencyOf(draft, wednesday)).toBe('open');
    expect(urgencyOf(draft, wednesday, 'northern-ireland')).toBe('open');
    expect(urgencyOf(draft, wednesday, 'scotland')).toBe('due-soon');
    expect(deadlineBoard([draft], wednesday, 'scotland')[0]!.urgency).toBe('due-soon');
  });

  it('counts St Patrick’s Day as a holiday in Northern Ireland only', () => {
    // Friday 13 Mar 2020; deadline Thursday 19 Mar, after Tuesday 17 Mar: four working days, or three in Northern Ireland.
    const friday = new Date('2020-03-13T10:00:00Z');
    const stPatrick = summary('St Patrick', '2020-03-19');
    expect(urgencyOf(stPatrick, friday, 'england-and-wales')).toBe('open');
    expect(urgencyOf(stPatrick, friday, 'northern-ireland')).toBe('due-soon');
  });
});
