import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/app-error';
import { consultationChanges, hasChanges } from '../../../shared/consultation/consultation-changes';
import { takeUpCorrectedConsultation } from '../../../shared/consultation/take-up-correction';
import { newDraft, ResponseDraftSchema, type Consultation, type Question, type ResponseDraft } from '../../../shared/model';

const q = (id: string, label: string, text: string): Question => ({ id, label, text, section: 'Questions', kind: 'open' });

const saved: Consultation = {
  id: 'imported-mp205',
  title: 'MP205 Refinement Consultation',
  reference: 'MP205',
  issuer: 'SECAS',
  issuedOn: '2022-02-18',
  respondBy: { date: '2022-03-04', time: '17:00' },
  responseEmail: 'sec.change@smartenergycodecompany.co.uk',
  classification: 'SECAS Public',
  questions: [q('q-1', 'Question 1', 'Do you agree with the proposed solution?'), q('q-2', 'Question 2', 'Will MP205 impact you?'), q('q-3', 'Question 3', 'Any further comments?')],
  publicationNotice: 'Responses will be published.',
  source: 'imported',
};

const NOW = new Date('2022-02-25T10:30:00.000Z');

function draftWithAnswers(): ResponseDraft {
  const draft = newDraft(saved, { id: 'acme-mp205', now: new Date('2022-02-20T09:00:00.000Z') });
  return {
    ...draft,
    answers: {
      'q-1': { position: 'agree', rationale: 'We support the retry logic.', confidential: false },
      'q-2': { position: null, rationale: 'Our systems need six months; the cost figures are commercially sensitive.', confidential: true },
      'q-3': { position: null, rationale: '', confidential: false },
    },
  };
}

const corrected = (change: Partial<Consultation>): Consultation => ({ ...saved, ...change, correctedAt: '2022-02-24T15:00:00.000Z' });

describe('taking up a corrected consultation in a draft already started', () => {
  it('keeps every answer with its question when questions are reworded, relabelled and reordered', () => {
    const fixed = corrected({
      questions: [q('q-2', 'Q2', 'Will MP205 impact your organisation, and what lead time would you need?'), q('q-1', 'Q1', 'Do you agree with the proposed solution for MP205?'), saved.questions[2]!],
    });
    const updated = takeUpCorrectedConsultation(draftWithAnswers(), fixed, NOW);

    expect(updated.consultation).toEqual(fixed);
    expect(Object.entries(updated.answers).map(([id, a]) => [id, a.rationale])).toEqual([
      ['q-2', 'Our systems need six months; the cost figures are commercially sensitive.'],
      ['q-1', 'We support the retry logic.'],
      ['q-3', ''],
    ]);
    expect(Object.values(updated.answers)[0]!.confidential).toBe(true);
    expect(ResponseDraftSchema.safeParse(updated).success).toBe(true);
    expect(updated.history.at(-1)).toMatchObject({
      kind: 'consultation-updated',
      at: NOW.toISOString(),
      summary: 'Took up the corrected consultation: reworded Q2, Q1 (answers kept); put the questions in a new order',
      removedAnswers: [],
    });
  });

  it('gives an added question an empty answer and says so in the history', () => {
    const updated = takeUpCorrectedConsultation(draftWithAnswers(), corrected({ questions: [...saved.questions, q('q-new', 'Question 4', 'Should the retry window be configurable?')] }), NOW);
    expect(Object.entries(updated.answers).at(-1)).toEqual(['q-new', { position: null, rationale: '', confidential: false }]);
    expect(updated.history.at(-1)?.summary).toBe('Took up the corrected consultation: added Question 4');
  });

  it('keeps the words of an answer whose question was removed, in the history, and names unanswered removals', () => {
    const updated = takeUpCorrectedConsultation(draftWithAnswers(), corrected({ questions: [saved.questions[0]!] }), NOW);
    expect(Object.keys(updated.answers)).toEqual(['q-1']);
    const entry = updated.history.at(-1)!;
    expect(entry.summary).toBe('Took up the corrected consultation: removed Question 2 (the answers are kept below); removed Question 3 (not answered)');
    expect(entry.kind === 'consultation-updated' ? entry.removedAnswers : null).toEqual([
      {
        questionId: 'q-2',
        questionLabel: 'Question 2',
        questionText: 'Will MP205 impact you?',
        position: null,
        rationale: 'Our systems need six months; the cost figures are commercially sensitive.',
        confidential: true,
      },
    ]);
  });

  it('names the corrected details, with the new deadline in UK time', () => {
    const updated = takeUpCorrectedConsultation(
      draftWithAnswers(),
      corrected({ respondBy: { date: '2022-03-11', time: '17:00' }, responseEmail: 'consultations@secas.example', title: 'MP205 Refinement Consultation (corrected)' }),
      NOW,
    );
    expect(updated.consultation.respondBy).toEqual({ date: '2022-03-11', time: '17:00' });
    expect(updated.answers).toEqual(draftWithAnswers().answers);
    expect(updated.history.at(-1)?.summary).toBe(
      'Took up the corrected consultation: corrected the title (now “MP205 Refinement Consultation (corrected)”), the deadline (now 17:00 Fri 11 Mar 2022), the response address (now “consultations@secas.example”)',
    );
  });

  it('leaves a signed-off or sent draft exactly as it was', () => {
    for (const status of ['signed-off', 'sent', 'closed'] as const) {
      const locked = { ...draftWithAnswers(), status };
      expect(() => takeUpCorrectedConsultation(locked, corrected({ questions: [saved.questions[0]!] }), NOW)).toThrow(AppError);
      expect(locked.consultation).toBe(saved);
    }
  });

  it('refuses a consultation other than the one the draft responds to', () => {
    expect(() => takeUpCorrectedConsultation(draftWithAnswers(), { ...saved, id: 'another' }, NOW)).toThrow(/different consultation/);
  });

  it('finds nothing to change when the consultation is the same', () => {
    expect(hasChanges(consultationChanges(saved, draftWithAnswers().answers, corrected({})))).toBe(false);
    expect(hasChanges(consultationChanges(saved, draftWithAnswers().answers, corrected({ classification: 'SECAS Internal' })))).toBe(true);
  });
});
