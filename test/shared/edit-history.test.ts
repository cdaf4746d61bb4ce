import { describe, expect, it } from 'vitest';
import { changeAnswer, changeConfidentiality, changeRespondent } from '../../shared/draft-changes/content';
import { mergeSave } from '../../shared/save-merge';
import type { ResponseDraft } from '../../shared/model';
import { SAMPLE_NOW, sampleDraft } from '../support/sample-draft';

const later = (minutes: number) => new Date(SAMPLE_NOW.getTime() + minutes * 60_000);
const edits = (draft: ResponseDraft) => draft.history.filter((h) => h.kind === 'edited').map((h) => h.summary);

/** Saves the change as the window would: the change made to the saved copy, merged over what is on disk. */
function save(onDisk: ResponseDraft, change: (d: ResponseDraft) => ResponseDraft, minutes: number): ResponseDraft {
  return mergeSave(onDisk, change(onDisk), later(minutes));
}

describe('History lines for edits', () => {
  it('names the question or section edited', () => {
    let draft = sampleDraft();
    draft = save(draft, (d) => changeAnswer(d, 'dates-q1', { rationale: 'We agree.' }, later(1)), 1);
    draft = save(draft, (d) => changeConfidentiality(d, { scope: 'whole', reasons: 'Commercial plans.' }, later(2)), 2);
    draft = save(draft, (d) => changeRespondent(d, { telephone: '0113 496 0999' }, later(3)), 3);
    expect(edits(draft)).toEqual(['Edited the answer to Dates Q1', 'Edited the confidentiality statement', 'Edited the respondent details']);
  });

  it('keeps one line per section in an editing session, however many saves it takes', () => {
    let draft = sampleDraft();
    for (let minute = 1; minute <= 30; minute += 1) {
      draft = save(draft, (d) => changeAnswer(d, 'dates-q1', { rationale: `Typing, minute ${minute}.` }, later(minute)), minute);
      if (minute === 10) draft = save(draft, (d) => changeRespondent(d, { telephone: '0113 496 0999' }, later(minute)), minute);
    }
    expect(edits(draft)).toEqual(['Edited the answer to Dates Q1', 'Edited the respondent details']);
  });

  it('starts a new line after an hour, or after another step such as an export', () => {
    let draft = save(sampleDraft(), (d) => changeAnswer(d, 'dates-q1', { rationale: 'First.' }, later(1)), 1);
    draft = save(draft, (d) => changeAnswer(d, 'dates-q1', { rationale: 'After lunch.' }, later(90)), 90);
    expect(edits(draft)).toEqual(['Edited the answer to Dates Q1', 'Edited the answer to Dates Q1']);

    const exported: ResponseDraft = { ...draft, history: [...draft.history, { kind: 'review-requested', at: later(91).toISOString(), summary: 'Marked ready for review' }] };
    const afterReview = save(exported, (d) => changeAnswer(d, 'dates-q1', { rationale: 'Reviewer’s fix.' }, later(92)), 92);
    expect(afterReview.history.at(-1)).toMatchObject({ kind: 'edited', summary: 'Edited the answer to Dates Q1' });
  });

  it('says “Edited the draft” for a save that changed nothing nameable, once per session', () => {
    let draft = save(sampleDraft(), (d) => d, 1);
    draft = save(draft, (d) => d, 2);
    expect(edits(draft)).toEqual(['Edited the draft']);
  });
});

describe('History lines for comments', () => {
  it('records a save that only adds a comment as the comment, not as an edit', () => {
    const comment = { id: 'c-1', target: { kind: 'question' as const, questionId: 'dates-q1' }, author: 'Sam Green', at: later(1).toISOString(), text: 'Cite the figure.', resolved: false, resolvedBy: null, resolvedAt: null };
    const draft = save(sampleDraft(), (d) => ({ ...d, comments: [comment] }), 1);
    expect(draft.history.map((h) => h.kind)).toEqual(['created', 'commented']);
  });
});
