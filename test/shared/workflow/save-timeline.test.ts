import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/app-error';
import { addComment } from '../../../shared/draft-changes';
import { EDITED_THE_DRAFT } from '../../../shared/edited-parts';
import { mergeSave } from '../../../shared/save-merge';
import { applyWorkflowAction } from '../../../shared/workflow';
import type { ResponseDraft } from '../../../shared/model';
import { SAMPLE_NOW, sampleDraft } from '../../support/sample-draft';

/**
 * The timeline a save adds to: one line per part edited in a sitting, so a reviewer sees what changed since
 * they last looked, without a line per autosave and without losing an edit made after a review step.
 */
const later = (minutes: number) => new Date(SAMPLE_NOW.getTime() + minutes * 60_000);
const EDITED_Q1 = 'Edited the answer to Dates Q1';

function withQ1(draft: ResponseDraft, rationale: string): ResponseDraft {
  return { ...draft, answers: { ...draft.answers, 'dates-q1': { ...draft.answers['dates-q1']!, rationale } } };
}

const lines = (draft: ResponseDraft) => draft.history.slice(1).map((h) => [h.kind, h.summary]);

describe('the timeline lines a save adds', () => {
  it('adds one line for many autosaves of one answer within the hour, and a line of its own for another part', () => {
    let draft = mergeSave(sampleDraft(), withQ1(sampleDraft(), 'First words.'), later(1));
    draft = mergeSave(draft, withQ1(draft, 'First words, more.'), later(5));
    draft = mergeSave(draft, withQ1(draft, 'First words, more, done.'), later(20));
    draft = mergeSave(draft, { ...withQ1(draft, 'First words, more, done!'), name: 'Our DCC answer' }, later(30));
    expect(lines(draft)).toEqual([
      ['edited', EDITED_Q1],
      ['edited', 'Renamed the draft “Our DCC answer”'],
    ]);
  });

  it('starts a new line once an hour has passed, to the minute', () => {
    let draft = mergeSave(sampleDraft(), withQ1(sampleDraft(), 'First words.'), later(1));
    draft = mergeSave(draft, withQ1(draft, 'Second words.'), later(60));
    expect(lines(draft)).toEqual([['edited', EDITED_Q1]]);
    draft = mergeSave(draft, withQ1(draft, 'Third words.'), later(61));
    expect(lines(draft)).toEqual([
      ['edited', EDITED_Q1],
      ['edited', EDITED_Q1],
    ]);
  });

  it('records an edit made after the draft came back from review, even within the hour', () => {
    let draft = mergeSave(sampleDraft(), withQ1(sampleDraft(), 'Before review.'), later(1));
    draft = applyWorkflowAction(draft, { kind: 'request-review' }, later(2));
    draft = applyWorkflowAction(draft, { kind: 'return-to-drafting' }, later(3));
    draft = mergeSave(draft, withQ1(draft, 'After review.'), later(4));
    expect(lines(draft).map(([kind]) => kind)).toEqual(['edited', 'review-requested', 'returned-to-drafting', 'edited']);
  });

  it('gives a save that only adds a comment its comment line and no "Edited the draft"', () => {
    const draft = sampleDraft();
    const commented = addComment(draft, { id: 'c-1', target: { kind: 'question', questionId: 'dates-q1' }, author: 'Sam', text: 'Check the date.' }, later(1));
    const saved = mergeSave(draft, commented, later(1));
    expect(lines(saved)).toEqual([['commented', 'Sam commented on Dates Q1']]);
  });

  it('covers a save that changed nothing nameable by an edit line of the sitting, but not by a comment line', () => {
    const draft = sampleDraft();
    const commented = mergeSave(draft, addComment(draft, { id: 'c-1', target: { kind: 'question', questionId: 'dates-q1' }, author: 'Sam', text: 'Check the date.' }, later(1)), later(1));
    const unchanged = mergeSave(commented, commented, later(2));
    expect(lines(unchanged)).toEqual([
      ['commented', 'Sam commented on Dates Q1'],
      ['edited', EDITED_THE_DRAFT],
    ]);
    expect(lines(mergeSave(unchanged, unchanged, later(3)))).toEqual(lines(unchanged));
  });

  it('refuses a save to a signed-off draft, saying how to change it', () => {
    const signed = applyWorkflowAction(sampleDraft(), { kind: 'sign-off', name: 'Jordan Lee', jobTitle: 'Head of Regulation', date: '2020-10-26' }, later(1));
    let error: unknown = null;
    try {
      mergeSave(signed, withQ1(signed, 'Too late.'), later(2));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe('This draft is signed off, sent or closed, so it is read-only. Reopen it for changes first.');
  });
});
