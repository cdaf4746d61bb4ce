import { describe, expect, it } from 'vitest';
import { applyWorkflowAction, sendableExports, type WorkflowAction } from '../../../shared/workflow';
import type { ResponseDraft, ReviewComment } from '../../../shared/model';
import { SAMPLE_NOW, sampleDraft } from '../../support/sample-draft';
import { refused } from '../../support/refusals';

/**
 * What the timeline says about each step, which steps sign-off refuses and with what words, and which exported
 * file may be recorded as the one sent: what an auditor reads later, and what stops a wrong letter being filed.
 */
const later = (minutes: number) => new Date(SAMPLE_NOW.getTime() + minutes * 60_000);
const signOff: WorkflowAction = { kind: 'sign-off', name: 'Jordan Lee', jobTitle: 'Head of Regulation', date: '2020-10-26' };
const AFTER_DEADLINE = new Date('2026-12-01T12:00:00Z');

function exported(draft: ResponseDraft, at: Date, options: { signedOff: boolean; sha256: string; exportKind?: 'letter-full' | 'letter-publication' | 'email'; fileName?: string }): ResponseDraft {
  const { signedOff, sha256, exportKind = 'letter-full', fileName = 'Acme - response.docx' } = options;
  return { ...draft, history: [...draft.history, { kind: 'exported', at: at.toISOString(), summary: 'Exported', exportKind, fileName, sha256, signedOff }] };
}

function comment(id: string, resolved: boolean): ReviewComment {
  return { id, target: { kind: 'question', questionId: 'dates-q1' }, author: 'Sam', at: SAMPLE_NOW.toISOString(), text: 'Check dates', resolved, resolvedBy: resolved ? 'Priya' : null, resolvedAt: resolved ? SAMPLE_NOW.toISOString() : null };
}

const lastLine = (draft: ResponseDraft) => draft.history.at(-1)!;

describe('review comments and sign-off', () => {
  it('signs off once every comment is resolved', () => {
    const draft = sampleDraft({ comments: [comment('c-1', true), comment('c-2', true)] });
    expect(applyWorkflowAction(draft, signOff, SAMPLE_NOW).status).toBe('signed-off');
  });

  it('counts only the open comments, and names how many', () => {
    const draft = sampleDraft({ comments: [comment('c-1', false), comment('c-2', true), comment('c-3', false)] });
    const error = refused(() => applyWorkflowAction(draft, signOff, SAMPLE_NOW));
    expect(error.code).toBe('locked');
    expect(error.message).toBe('Resolve the 2 open review comments before signing off.');
  });
});

describe('sign-off with items still incomplete', () => {
  const unanswered = () => sampleDraft({ answers: {} });

  it('lists every item in the refusal and asks to complete them', () => {
    const error = refused(() => applyWorkflowAction(unanswered(), signOff, AFTER_DEADLINE));
    expect(error.message).toBe(
      '2 items are incomplete, so the draft cannot be signed off without a reason: Dates Q1 has no position yet (agree, partly agree, disagree or no comment). ' +
        'The deadline has passed: the consultation closed 6 years ago, 16:00 Wed 28 Oct 2020. Complete them, or record why you are signing off anyway.',
    );
  });

  it('asks to complete "it" when one item is left', () => {
    const error = refused(() => applyWorkflowAction(unanswered(), signOff, SAMPLE_NOW));
    expect(error.message).toBe(
      'One item is incomplete, so the draft cannot be signed off without a reason: Dates Q1 has no position yet (agree, partly agree, disagree or no comment). Complete it, or record why you are signing off anyway.',
    );
  });

  it('records in the timeline which items were incomplete and the reason given', () => {
    const one = applyWorkflowAction(unanswered(), { ...signOff, incomplete: { items: ['Dates Q1 has no position yet.'], reason: 'Agreed with the DCC.' } }, SAMPLE_NOW);
    expect(lastLine(one).summary).toBe('Signed off by Jordan Lee, Head of Regulation, with one item incomplete (Dates Q1 has no position yet.). Reason given: Agreed with the DCC.');
    const two = applyWorkflowAction(unanswered(), { ...signOff, incomplete: { items: ['Dates Q1 has no position yet.', 'The deadline has passed.'], reason: 'Late by agreement.' } }, AFTER_DEADLINE);
    expect(lastLine(two).summary).toBe(
      'Signed off by Jordan Lee, Head of Regulation, with 2 items incomplete (Dates Q1 has no position yet. The deadline has passed.). Reason given: Late by agreement.',
    );
  });

  it('cuts a very long reason to 2000 characters ending in "…", and keeps one that fits whole', () => {
    const withReason = (length: number) => {
      const prefix = 'Signed off by Jordan Lee, Head of Regulation, with one item incomplete (X). Reason given: ';
      const action = { ...signOff, incomplete: { items: ['X'], reason: 'r'.repeat(length - prefix.length) } };
      return lastLine(applyWorkflowAction(unanswered(), action, SAMPLE_NOW)).summary;
    };
    expect(withReason(2000)).toHaveLength(2000);
    expect(withReason(2000).endsWith('rr')).toBe(true);
    const cut = withReason(2001);
    expect(cut).toHaveLength(2000);
    expect(cut.endsWith('r…')).toBe(true);
  });
});

describe('returning a draft from review, and closing it', () => {
  it('returns a draft in review to drafting and says so in the timeline', () => {
    const inReview = applyWorkflowAction(sampleDraft(), { kind: 'request-review' }, later(1));
    const back = applyWorkflowAction(inReview, { kind: 'return-to-drafting' }, later(2));
    expect(back.status).toBe('drafting');
    expect(lastLine(back)).toEqual({ kind: 'returned-to-drafting', at: later(2).toISOString(), summary: 'Returned to drafting after review' });
    expect(back.answers).toEqual(inReview.answers);
  });

  it('closes a draft without a response, with or without a reason, and locks it', () => {
    const closed = applyWorkflowAction(sampleDraft(), { kind: 'close', reason: 'Another team answers this one.' }, later(1));
    expect(closed.status).toBe('closed');
    expect(lastLine(closed)).toEqual({ kind: 'closed', at: later(1).toISOString(), summary: 'Closed without response: Another team answers this one.' });
    const plain = applyWorkflowAction(sampleDraft(), { kind: 'close', reason: '' }, later(1));
    expect(lastLine(plain).summary).toBe('Closed without response');
    expect(refused(() => applyWorkflowAction(closed, { kind: 'request-review' }, later(2))).code).toBe('locked');
  });
});

describe('which exported file may be recorded as sent', () => {
  it('has none for a draft never signed off', () => {
    expect(sendableExports(exported(sampleDraft(), later(1), { signedOff: false, sha256: 'a'.repeat(64) }))).toEqual([]);
  });

  it('offers the signed letter and its email, never the publication version', () => {
    let draft = applyWorkflowAction(sampleDraft(), signOff, later(1));
    draft = exported(draft, later(2), { signedOff: true, sha256: 'a'.repeat(64) });
    draft = exported(draft, later(2), { signedOff: true, sha256: 'b'.repeat(64), exportKind: 'letter-publication', fileName: 'Acme - response (publication).docx' });
    draft = exported(draft, later(2), { signedOff: true, sha256: 'c'.repeat(64), exportKind: 'email', fileName: 'Acme - response.eml' });
    expect(sendableExports(draft).map((h) => h.exportKind)).toEqual(['letter-full', 'email']);
    const error = refused(() => applyWorkflowAction(draft, { kind: 'mark-sent', sentOn: '2020-10-27', sha256: 'b'.repeat(64) }, later(3)));
    expect(error.message).toBe('Choose a file exported after sign-off; only the signed letter or its email can be recorded as sent.');
  });

  it('does not offer a letter signed off before the draft was reopened and signed again', () => {
    let draft = applyWorkflowAction(sampleDraft(), signOff, later(1));
    draft = exported(draft, later(2), { signedOff: true, sha256: 'a'.repeat(64), fileName: 'Old wording.docx' });
    draft = applyWorkflowAction(draft, { kind: 'reopen', reason: 'Q1 changes' }, later(3));
    draft = applyWorkflowAction(draft, signOff, later(4));
    expect(sendableExports(draft)).toEqual([]);
    expect(refused(() => applyWorkflowAction(draft, { kind: 'mark-sent', sentOn: '2020-10-27', sha256: 'a'.repeat(64) }, later(5))).code).toBe('invalid-argument');
    draft = exported(draft, later(5), { signedOff: true, sha256: 'd'.repeat(64), fileName: 'New wording.docx' });
    const sent = applyWorkflowAction(draft, { kind: 'mark-sent', sentOn: '2020-10-27', sha256: 'd'.repeat(64) }, later(6));
    expect(lastLine(sent).summary).toBe('Sent on 2020-10-27: "New wording.docx"');
  });
});
