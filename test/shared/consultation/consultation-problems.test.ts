import { describe, expect, it } from 'vitest';
import { consultationProblems } from '../../../shared/consultation/consultation-problems';
import type { Consultation } from '../../../shared/model';

const typed: Consultation = {
  id: 'typed-1',
  title: 'Ofgem call for input on standing charges',
  reference: '',
  issuer: 'Ofgem',
  issuedOn: null,
  respondBy: { date: '2024-02-16', time: null },
  responseEmail: 'standingcharges@ofgem.gov.uk',
  classification: '',
  questions: [{ id: 'q-1', label: 'Q1', text: 'Should standing charges be lowered?', section: '', kind: 'open' }],
  publicationNotice: '',
  source: 'typed',
};

describe('what stops a typed-in consultation from being saved, in plain English', () => {
  it('finds nothing wrong with a complete consultation', () => {
    expect(consultationProblems(typed)).toEqual([]);
  });

  it('asks for a title, including one of spaces only', () => {
    expect(consultationProblems({ ...typed, title: '' })).toEqual(['Give the consultation a title']);
    expect(consultationProblems({ ...typed, title: '   ' })).toEqual(['Give the consultation a title']);
  });

  it('says an unfinished email address is not complete', () => {
    expect(consultationProblems({ ...typed, responseEmail: 'standingcharges@' })).toEqual([
      'That email address is not complete: it should look like name@example.org, or be left empty',
    ]);
  });

  it('refuses a consultation with no questions', () => {
    expect(consultationProblems({ ...typed, questions: [] })).toEqual(['Add at least one question: a response answers the consultation’s questions']);
  });

  it('names the question that has no wording or label', () => {
    const blank = { ...typed, questions: [typed.questions[0]!, { id: 'q-2', label: 'Q2', text: '', section: '', kind: 'open' as const }, { id: 'q-3', label: '', text: 'Why?', section: '', kind: 'open' as const }] };
    expect(consultationProblems(blank)).toEqual(['Question 2 (Q2) has no wording: type the question, or remove it', 'Give question 3 a label, such as Q3']);
  });

  it('never shows the schema’s own words, whatever is wrong', () => {
    const everythingWrong = {
      ...typed,
      title: 'x'.repeat(1001),
      issuer: 'x'.repeat(201),
      issuedOn: '16/02/2024',
      respondBy: { date: 'soon', time: '4pm' },
      responseEmail: 'not an address',
      questions: [{ id: '', label: 'x'.repeat(101), text: 'x'.repeat(20_001), section: '', kind: 'maybe' }],
    } as unknown as Consultation;
    const problems = consultationProblems(everythingWrong);
    expect(problems.length).toBeGreaterThanOrEqual(7);
    for (const problem of problems) expect(problem).not.toMatch(/Invalid|Expected|Too big|Too small|YYYY|HH:MM|string|regex|enum|\bpath\b/i);
    expect(problems).toContain('The title is too long: shorten it to 1,000 characters or fewer');
    expect(problems).toContain('The deadline time is not a time of day: use hours and minutes, such as 16:00');
  });
});
