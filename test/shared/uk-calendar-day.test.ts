import { describe, expect, it } from 'vitest';
import { countDueThisWeek, urgencyOf } from '../../shared/deadline-board';
import { describeDeadline } from '../../shared/deadline';
import type { DraftSummary } from '../../shared/ipc';
import { ukDate } from '../../shared/working-days';

/** 00:30 BST on Monday 1 June 2026: still Sunday 31 May by UTC. */
const HALF_PAST_MIDNIGHT_BST = new Date('2026-05-31T23:30:00.000Z');

function due(date: string, time: string | null = '16:00'): DraftSummary {
  return {
    id: `due-${date}`,
    name: `Due ${date}`,
    consultationId: 'c',
    consultationTitle: 'A consultation',
    issuer: 'Smart DCC',
    respondBy: { date, time },
    status: 'drafting',
    updatedAt: '2026-05-01T09:00:00.000Z',
    answered: 0,
    questionCount: 1,
  };
}

describe('the UK calendar day, between midnight and 01:00 in summer', () => {
  it('is the UK date: a sign-off or sent date stamped at 00:30 BST on 1 June is 1 June', () => {
    expect(ukDate(HALF_PAST_MIDNIGHT_BST)).toBe('2026-06-01');
    expect(ukDate(new Date('2026-05-31T22:59:59.999Z'))).toBe('2026-05-31');
  });

  it('counts "due soon" from the UK day: a Thursday deadline is three working days away at 00:30 BST on Monday', () => {
    expect(urgencyOf(due('2026-06-04'), HALF_PAST_MIDNIGHT_BST)).toBe('due-soon');
    expect(urgencyOf(due('2026-06-05'), HALF_PAST_MIDNIGHT_BST)).toBe('open');
  });

  it('counts "due this week" in the UK week that has just begun', () => {
    expect(countDueThisWeek([due('2026-06-05'), due('2026-06-07')], HALF_PAST_MIDNIGHT_BST)).toBe(2);
    expect(countDueThisWeek([due('2026-06-08')], HALF_PAST_MIDNIGHT_BST)).toBe(0);
  });

  it('is the same day by UTC and UK in winter, when the UK keeps GMT (the control)', () => {
    expect(ukDate(new Date('2026-01-15T00:30:00.000Z'))).toBe('2026-01-15');
  });
});

describe('a deadline given as a date only, in summer', () => {
  const dateOnly = { date: '2026-06-01', time: null };

  it('is open until midnight in London, an hour before midnight UTC', () => {
    expect(describeDeadline(dateOnly, new Date('2026-06-01T22:59:00.000Z')).state).toBe('open');
    expect(describeDeadline(dateOnly, new Date('2026-06-01T23:00:00.000Z')).state).toBe('closed');
    expect(describeDeadline(dateOnly, new Date('2026-06-01T23:30:00.000Z')).text).toBe('closed 30 minutes ago, Mon 1 Jun 2026');
  });

  it('shows as overdue on the board at 00:30 BST the next day', () => {
    expect(urgencyOf(due('2026-06-01', null), new Date('2026-06-01T23:30:00.000Z'))).toBe('overdue');
  });
});
