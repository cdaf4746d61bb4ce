import { describe, expect, it } from 'vitest';
import { parseConsultation } from '../../../shared/import/parse-consultation';
import { readFixtureText } from './fixture-cases';

function questionsIn(text: string): { label: string; text: string; section: string; id: string }[] {
  return parseConsultation(text, { id: 'questions' }).consultation.questions.map(({ label, text: body, section, id }) => ({
    label,
    text: body,
    section,
    id,
  }));
}

function labelsIn(text: string): string[] {
  return questionsIn(text).map((question) => question.label);
}

describe('finding the questions a consultation asks', () => {
  it.each([
    ['#### Dates Q1\n\nDo you agree with the proposed date?', 'Dates Q1'],
    ['Q1: Do you agree with the proposal?', 'Q1'],
    ['**Q12a** Do you agree with the single returns portal?', 'Q12a'],
    ['Question 3 – Do you support option B?', 'Question 3'],
    ['**Question 1.2:** What level should the charge be set at?', 'Question 1.2'],
    ['Q2.3 Do you agree with our proposal?', 'Q2.3'],
    ['Question 3(a): Which option do you prefer?', 'Question 3(a)'],
    ['| Question 4 | Please provide any further comments. |', 'Question 4'],
    ['## Consultation questions\n\n1. Do you agree with the proposed requirement?', '1.'],
  ])('reads the label in "%s" exactly as printed', (text, label) => {
    expect(labelsIn(text)).toEqual([label]);
  });

  it('does not take table-of-contents lines for questions', () => {
    const text = [
      '# Table of Contents',
      '',
      '<b>Q10 Installation timeframes .....</b>\t<b>5</b>',
      'Q11 Do you agree with the aerial requirement? ..... 5',
      'Question 2 Implementation\t7',
      '',
      '# 1. Introduction',
      '',
      'This consultation has one question.',
      '',
      '**Q10** Do you agree with the proposed 30-day installation timeframe?',
    ].join('\n');
    expect(labelsIn(text)).toEqual(['Q10']);
  });

  it('does not take headings or passing mentions for questions', () => {
    const text = [
      '# 2. Summary of responses',
      '',
      'Question 1 asked respondents whether they supported the changes; five of six agreed.',
      '',
      'In Question 2 we asked about the date (see our response to Question 1 above).',
      '',
      "Respondents' views on Questions 1 and 2 are in Attachment 1.",
      '',
      'Q4 2022 is now the earliest release that allows testing.',
      '',
      '## Question 2 – summary of views',
      '',
      'Most respondents preferred a later date, as we said in',
      'Question 2: the date was too early for testing.',
      '',
      '## 5. Questions',
      '',
      '**Q1** Do you agree with the November 2022 SEC Release?',
    ].join('\n');
    expect(labelsIn(text)).toEqual(['Q1']);
  });

  it('joins a question that wraps over several lines with single spaces', () => {
    const text = [
      '## Consultation questions',
      '',
      '1. Do you agree with the proposed minimum installation requirements for domestic',
      'meters in years 2 to 4 of the framework? Please provide evidence to support your',
      'answer.',
      '',
      '2. Do you agree with the flat requirement?',
    ].join('\n');
    expect(questionsIn(text).map((question) => question.text)).toEqual([
      'Do you agree with the proposed minimum installation requirements for domestic meters in years 2 to 4 of the framework? Please provide evidence to support your answer.',
      'Do you agree with the flat requirement?',
    ]);
  });

  it('keeps a hyphenated word together when it wraps at the hyphen', () => {
    const text = 'Q1 Do you agree with the proposed re-\ndesignation date?';
    expect(questionsIn(text)[0]?.text).toBe('Do you agree with the proposed re-designation date?');
  });

  it('follows a question over a page break, leaving out the running header and page number', () => {
    const question = readFixtureText('ofgem-microbusiness-page-break.txt');
    const found = questionsIn(question).find((item) => item.label === 'Q2.3');
    expect(found?.text).toBe(
      "Do you agree with our proposal to require suppliers to include, in every renewal notice, the rates of the contract that will apply if the customer does nothing and the rates of the supplier's cheapest equivalent contract, and to publish those rates on their website? Please explain how this would affect your business.",
    );
  });

  it('takes the list a question introduces as part of its text', () => {
    const text = ['Q5 Which of the following would you prefer:', '', '- option A, a single portal;', '- option B, email returns?', '', 'Next paragraph.'].join('\n');
    expect(questionsIn(text)[0]?.text).toBe('Which of the following would you prefer: option A, a single portal; option B, email returns?');
  });

  it('takes a question from the row after its label row in a response form, not the answer row', () => {
    const text = ['| Question 1 | |', '| Do you agree with the proposed solution? | |', '| Response | [Please enter your response here] |'].join('\n');
    expect(questionsIn(text).map(({ label, text: body }) => ({ label, body }))).toEqual([
      { label: 'Question 1', body: 'Do you agree with the proposed solution?' },
    ]);
  });

  it('keeps a question repeated in a summary annex once, in its chapter', () => {
    const questions = questionsIn(readFixtureText('ofgem-standing-charges-consultation.md'));
    expect(questions.map((question) => `${question.label} | ${question.section}`)).toEqual([
      'Question 1.1 | 2. Lower standing charge tariffs',
      'Question 1.2 | 2. Lower standing charge tariffs',
      'Question 2.1 | 3. Protecting consumers who switch',
      'Question 2.2 | 3. Protecting consumers who switch',
    ]);
  });

  it('keeps two questions that ask the same thing under different labels', () => {
    const text = ['Q1 Please provide any further comments.', '', 'Q2 Please provide any further comments.'].join('\n');
    expect(labelsIn(text)).toEqual(['Q1', 'Q2']);
  });

  it('gives stable, unique ids even when labels repeat', () => {
    const text = ['# Part A', '', 'Q1 Do you agree with A?', '', '# Part B', '', 'Q1 Do you agree with B?', '', 'Dates Q1 Do you agree with the date?'].join('\n');
    expect(questionsIn(text).map((question) => question.id)).toEqual(['q1', 'q1-2', 'dates-q1']);
  });

  it('names the section each question sits in', () => {
    const text = ['# 3. Next Steps', '', '#### Dates Q1', '', 'Do you agree with the date?'].join('\n');
    expect(questionsIn(text)[0]?.section).toBe('3. Next Steps');
  });

  it('does not treat numbered paragraphs outside a questions section as questions', () => {
    const text = ['# 2. Proposals', '', '1. We propose a 30-day installation window.', '', '2. Do suppliers agree? We think so.'].join('\n');
    expect(labelsIn(text)).toEqual([]);
  });

  it('infers which questions ask for agreement', () => {
    const text = ['Q1 Do you agree with the proposal?', '', 'Q2 What would it cost you?'].join('\n');
    expect(parseConsultation(text, { id: 'kinds' }).consultation.questions.map((question) => question.kind)).toEqual(['agree', 'open']);
  });
});
