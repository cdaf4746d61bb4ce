import { describe, expect, it } from 'vitest';
import { mergeSave } from '../../../shared/save-merge';
import { allowedActions, applyWorkflowAction, isLocked, sendableExports, type WorkflowAction } from '../../../shared/workflow';
import type { ResponseDraft } from '../../../shared/model';
import { SAMPLE_NOW, sampleDraft } from '../../support/sample-draft';
import { refused } from '../../support/refusals';

const later = (minutes: number) => new Date(SAMPLE_NOW.getTime() + minutes * 60_000);
const signOff: WorkflowAction = { kind: 'sign-off', name: 'Jordan Lee', jobTitle: 'Head of Regulation', date: '2020-10-26' };

function exported(draft: ResponseDraft, at: Date, signedOff: boolean, sha256 = 'b'.repeat(64)): ResponseDraft {
  return {
    ...draft,
    history: [...draft.history, { kind: 'exported', at: at.toISOString(), summary: 'Exported', exportKind: 'letter-full', fileName: 'Acme - response.docx', sha256, signedOff }],
  };
}

describe('what may change in each state', () => {
  it('locks signed-off, sent and closed drafts and nothing else', () => {
    expect(['drafting', 'in-review', 'signed-off', 'sent', 'closed'].map((s) => isLocked(s as ResponseDraft['status']))).toEqual([false, false, true, true, true]);
  });

  it('offers only the steps each state allows', () => {
    expect(allowedActions('drafting')).toEqual(['request-review', 'sign-off', 'close']);
    expect(allowedActions('in-review')).toEqual(['return-to-drafting', 'sign-off', 'close']);
    expect(allowedActions('signed-off')).toEqual(['reopen', 'mark-sent', 'close']);
    expect(allowedActions('sent')).toEqual([]);
    expect(allowedActions('closed')).toEqual(['reopen']);
  });

  it('refuses a step the state does not allow', () => {
    expect(refused(() => applyWorkflowAction(sampleDraft(), { kind: 'reopen', reason: 'why' }, SAMPLE_NOW)).code).toBe('locked');
  });
});

describe('review, sign-off and reopening', () => {
  it('records review, sign-off and reopening in the history, with who and why', () => {
    const inReview = applyWorkflowAction(sampleDraft(), { kind: 'request-review' }, later(1));
    expect(inReview.status).toBe('in-review');
    const signed = applyWorkflowAction(inReview, signOff, later(2));
    expect(signed).toMatchObject({ status: 'signed-off', signOff: { name: 'Jordan Lee', jobTitle: 'Head of Regulation', date: '2020-10-26', at: later(2).toISOString() } });
    const reopened = applyWorkflowAction(signed, { kind: 'reopen', reason: 'DCC extended the deadline' }, later(3));
    expect(reopened).toMatchObject({ status: 'drafting', signOff: null });
    expect(reopened.history.slice(1).map((h) => [h.kind, h.summary])).toEqual([
      ['review-requested', 'Marked ready for review'],
      ['signed-off', 'Signed off by Jordan Lee, Head of Regulation'],
      ['reopened', 'Reopened for changes: DCC extended the deadline'],
    ]);
  });

  it('will not sign off while review comments are open', () => {
    const comment = { id: 'c-1', target: { kind: 'question' as const, questionId: 'dates-q1' }, author: 'Sam', at: SAMPLE_NOW.toISOString(), text: 'Check dates', resolved: false, resolvedBy: null, resolvedAt: null };
    const error = refused(() => applyWorkflowAction(sampleDraft({ comments: [comment] }), signOff, SAMPLE_NOW));
    expect(error.message).toBe('Resolve the open review comment before signing off.');
  });

  it('refuses a save from the window once signed off, and keeps main-owned fields on ordinary saves', () => {
    const signed = applyWorkflowAction(sampleDraft(), signOff, SAMPLE_NOW);
    expect(refused(() => mergeSave(signed, { ...signed, name: 'edited' }, later(1))).code).toBe('locked');
    const draft = sampleDraft();
    const merged = mergeSave(draft, { ...draft, status: 'sent', name: 'Renamed in the window' }, later(1));
    expect(merged).toMatchObject({ status: 'drafting', name: 'Renamed in the window' });
    expect(merged.history.map((h) => h.kind)).toEqual(['created', 'edited']);
    expect(mergeSave(merged, merged, later(5)).history.map((h) => h.kind)).toEqual(['created', 'edited']);
    expect(mergeSave(merged, merged, later(120)).history.map((h) => h.kind)).toEqual(['created', 'edited', 'edited']);
  });
});

describe('recording what was sent', () => {
  it('accepts only a file exported after sign-off', () => {
    const beforeSignOff = exported(sampleDraft(), later(1), false, 'a'.repeat(64));
    const signed = applyWorkflowAction(beforeSignOff, signOff, later(2));
    const withSigned = exported(signed, later(3), true, 'c'.repeat(64));
    expect(sendableExports(withSigned).map((h) => h.sha256)).toEqual(['c'.repeat(64)]);
    expect(refused(() => applyWorkflowAction(withSigned, { kind: 'mark-sent', sentOn: '2020-10-27', sha256: 'a'.repeat(64) }, later(4))).code).toBe('invalid-argument');

    const sent = applyWorkflowAction(withSigned, { kind: 'mark-sent', sentOn: '2020-10-27', sha256: 'c'.repeat(64) }, later(4));
    expect(sent).toMatchObject({ status: 'sent', sent: { sentOn: '2020-10-27', fileName: 'Acme - response.docx', sha256: 'c'.repeat(64) } });
    expect(sent.history.at(-1)).toMatchObject({ kind: 'sent', sha256: 'c'.repeat(64) });
    expect(isLocked(sent.status)).toBe(true);
  });
});

describe('sign-off with incomplete items', () => {
  const afterDeadline = new Date('2026-12-01T12:00:00Z');

  it('refuses a complete draft once its deadline has passed, unless the signer says why', () => {
    const error = refused(() => applyWorkflowAction(sampleDraft(), signOff, afterDeadline));
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toMatch(/One item is incomplete.*The deadline has passed/);

    const late = { ...signOff, incomplete: { items: ['The deadline has passed.'], reason: 'DCC agreed to take it late.' } };
    expect(applyWorkflowAction(sampleDraft(), late, afterDeadline).status).toBe('signed-off');
  });

  it('refuses confidential parts without their reasons', () => {
    const confidential = sampleDraft({ confidentiality: { scope: 'whole', otherParts: '', reasons: '', partReasons: {} } });
    expect(refused(() => applyWorkflowAction(confidential, signOff, SAMPLE_NOW)).message).toContain('Say why the response is confidential');
  });
});
