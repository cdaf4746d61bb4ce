import { describe, expect, it } from 'vitest';
import { blockingItems, checkReadiness, signOffIssues } from '../../../shared/letter/readiness';
import { SAMPLE_NOW, sampleDraft } from '../../support/sample-draft';
import { confidentialDraft } from './letter-fixtures';

describe('checkReadiness', () => {
  it('finds nothing to fix in the finished sample response', () => {
    expect(checkReadiness(sampleDraft())).toEqual([]);
  });

  it('warns about a Do-you-agree question with no position', () => {
    const draft = sampleDraft({ answers: { 'dates-q1': { position: null, rationale: 'Some words', confidential: false } } });
    expect(checkReadiness(draft)).toEqual([
      expect.objectContaining({ severity: 'warning', section: 'questions', questionId: 'dates-q1', message: expect.stringContaining('Dates Q1 has no position') }),
    ]);
  });

  it('warns about an answer with a position but an empty rationale', () => {
    const draft = sampleDraft({ answers: { 'dates-q1': { position: 'agree', rationale: '  ', confidential: false } } });
    expect(checkReadiness(draft)).toEqual([expect.objectContaining({ severity: 'warning', questionId: 'dates-q1' })]);
  });

  it('accepts "no comment" without reasons', () => {
    const draft = sampleDraft({ answers: { 'dates-q1': { position: 'no-comment', rationale: '', confidential: false } } });
    expect(checkReadiness(draft)).toEqual([]);
  });

  it('warns when confidentiality is asked for without reasons', () => {
    const draft = sampleDraft({ confidentiality: { scope: 'whole', otherParts: '', reasons: '', partReasons: {} } });
    expect(checkReadiness(draft)).toEqual([
      expect.objectContaining({ severity: 'warning', section: 'confidentiality', message: expect.stringContaining('reasons') }),
    ]);
  });

  it('blocks a "parts" response that names no part, because the letter would be false', () => {
    const draft = sampleDraft({ confidentiality: { scope: 'parts', otherParts: '', reasons: 'Sensitive', partReasons: {} } });
    const items = checkReadiness(draft);
    expect(items).toEqual([expect.objectContaining({ severity: 'block', section: 'confidentiality' })]);
    expect(blockingItems(items, ['letter-full'])).toHaveLength(1);
  });

  it('accepts a "parts" response that describes its confidential parts in words only', () => {
    const draft = sampleDraft({ confidentiality: { scope: 'parts', otherParts: 'Annex A', reasons: 'Sensitive', partReasons: {} } });
    expect(checkReadiness(draft).filter((i) => i.severity === 'block')).toEqual([]);
  });

  it('warns that the publication version removes whole answers only when other parts are named too', () => {
    const draft = confidentialDraft({ confidentiality: { scope: 'parts', otherParts: 'Annex A', reasons: 'Sensitive', partReasons: {} } });
    expect(checkReadiness(draft)).toEqual([
      expect.objectContaining({ severity: 'warning', section: 'confidentiality', message: expect.stringContaining('“Annex A”') }),
    ]);
  });

  it('warns about answers marked confidential while the response says nothing is', () => {
    const draft = confidentialDraft({ confidentiality: { scope: 'none', otherParts: '', reasons: '', partReasons: {} } });
    expect(checkReadiness(draft)).toEqual([
      expect.objectContaining({ severity: 'warning', section: 'confidentiality', message: expect.stringContaining('Dates Q2 is marked confidential') }),
    ]);
  });

  it('blocks a letter with no organisation', () => {
    const draft = sampleDraft();
    const items = checkReadiness({ ...draft, respondent: { ...draft.respondent, organisation: ' ' } });
    expect(items).toEqual([expect.objectContaining({ severity: 'block', section: 'respondent' })]);
  });

  it('only warns when no one signs', () => {
    const items = checkReadiness(sampleDraft({ signatory: { name: '', jobTitle: '', signature: null } }));
    expect(items).toEqual([expect.objectContaining({ severity: 'warning', section: 'signatory' })]);
  });

  it('blocks only the email when the consultation has no response address, and says so', () => {
    const draft = sampleDraft();
    const items = checkReadiness({ ...draft, consultation: { ...draft.consultation, responseEmail: '' } });
    expect(items).toEqual([
      expect.objectContaining({ severity: 'block', blocks: ['email'], message: expect.stringContaining('the email cannot be prepared') }),
    ]);
    expect(blockingItems(items, ['letter-full', 'letter-publication'])).toEqual([]);
    expect(blockingItems(items, ['email'])).toHaveLength(1);
  });
});

describe('review comments in the readiness list', () => {
  it('lists unresolved review comments as a warning, and drops them once resolved', () => {
    const comment = { id: 'c-1', target: { kind: 'question' as const, questionId: 'dates-q1' }, author: 'Sam Reviewer', at: SAMPLE_NOW.toISOString(), text: 'Cite the PPMID dates', resolved: false, resolvedBy: null, resolvedAt: null };
    const open = checkReadiness(sampleDraft({ comments: [comment] }));
    expect(open).toContainEqual({ severity: 'warning', section: 'review', message: 'One review comment is not resolved yet (Dates Q1).' });
    const resolved = checkReadiness(sampleDraft({ comments: [{ ...comment, resolved: true, resolvedBy: 'Priya', resolvedAt: SAMPLE_NOW.toISOString() }] }));
    expect(resolved.some((item) => item.section === 'review')).toBe(false);
  });
});

describe('what is incomplete at sign-off', () => {
  it('names a deadline already passed, and nothing when the response is complete and in time', () => {
    const draft = sampleDraft();
    expect(signOffIssues(draft, SAMPLE_NOW)).toEqual([]);
    const sixYearsLate = new Date('2026-12-01T12:00:00Z');
    expect(signOffIssues(draft, sixYearsLate)).toEqual([expect.stringMatching(/^The deadline has passed: the consultation closed 6 years ago, 16:00 Wed 28 Oct 2020\.$/)]);
  });
});
