import { describe, expect, it } from 'vitest';
import { parseConsultation } from '../../../shared/import/parse-consultation';

function questionsIn(text: string): { label: string; text: string; confidence: string }[] {
  const { consultation, findings } = parseConsultation(text, { id: 'shapes' });
  return consultation.questions.map((question, index) => ({
    label: question.label,
    text: question.text,
    confidence: findings.questions[index]?.confidence ?? 'missing',
  }));
}

const labelsIn = (text: string): string[] => questionsIn(text).map((question) => question.label);

describe('question shapes real consultations use', () => {
  it('keeps sub-questions as their own questions with their printed labels', () => {
    const text = [
      'Questions',
      'Q1. (a) Does your site already use the CLP classification system?',
      'Q1. (b) If yes, please provide details of how you use both systems at the same time.',
      'Q2. How are you planning to comply with this part of the legislation?',
    ].join('\n');
    expect(questionsIn(text).map(({ label, text: body }) => [label, body])).toEqual([
      ['Q1. (a)', 'Does your site already use the CLP classification system?'],
      ['Q1. (b)', 'If yes, please provide details of how you use both systems at the same time.'],
      ['Q2', 'How are you planning to comply with this part of the legislation?'],
    ]);
  });

  it('reads CQ1, Q1(a) and letter-and-number labels', () => {
    expect(labelsIn('CQ1: Do you agree with the proposed charging statement?')).toEqual(['CQ1']);
    expect(labelsIn('Q1(a) Do you agree with the first option?')).toEqual(['Q1(a)']);
    expect(labelsIn('Question Two What benefits do you believe it will bring?')).toEqual(['Question Two']);
    expect(labelsIn(['A1 – What is your view on the proposed threshold?', '', 'B2 - Does the draft guidance cover your site?'].join('\n'))).toEqual(['A1', 'B2']);
  });

  it('does not read a letter-and-number heading that asks nothing as a question', () => {
    expect(labelsIn('A1 – Introduction and background\n\nThis annex sets out the background.')).toEqual([]);
  });

  it('takes a label alone on its line after a sub-heading without a full stop, as PDF text has it', () => {
    const text = [
      'Chapter 2 - Alternative HAN Principles',
      'Mandate to use Shared Solution',
      'Q1',
      'Do you agree with the proposal that we do not need to mandate the use of',
      'the collective solutions?',
      'No comment',
      'Scope of Regulation',
      'Q2',
      'Do you agree with the proposed scope of regulation?',
    ].join('\n');
    expect(questionsIn(text).map(({ label, text: body }) => [label, body])).toEqual([
      ['Q1', 'Do you agree with the proposal that we do not need to mandate the use of the collective solutions?'],
      ['Q2', 'Do you agree with the proposed scope of regulation?'],
    ]);
  });

  it('leaves tick-box answer lines out of the question and does not end the questions at them', () => {
    const text = [
      '## Questions',
      '',
      'Q1.1 Do you agree with the proposed definition of licensed work?',
      'Yes No',
      'If you disagree please explain why.',
      '',
      '12 years ◘ 18 years ◘ Other ◘',
      '',
      '1. How long should records be kept?',
    ].join('\n');
    expect(questionsIn(text).map(({ label, text: body }) => [label, body])).toEqual([
      ['Q1.1', 'Do you agree with the proposed definition of licensed work? If you disagree please explain why.'],
      ['1.', 'How long should records be kept?'],
    ]);
  });

  it('finds plain numbered questions after an introduction, not only under a "Questions" heading', () => {
    const text = [
      'The consultation seeks the following views:',
      '',
      '1. Do you agree with the proposed 30-day installation window?',
      '2. What evidence can you provide on the costs?',
    ].join('\n');
    expect(labelsIn(text)).toEqual(['1.', '2.']);
  });

  it('finds unlabelled questions in a list after a lead-in inviting views, and marks them for checking', () => {
    const text = [
      'We are inviting submissions on:',
      '',
      '- the effects on energy usage of extending British Summer Time;',
      '- the effect on emission reduction targets.',
    ].join('\n');
    expect(questionsIn(text)).toEqual([
      { label: 'Item 1', text: 'the effects on energy usage of extending British Summer Time;', confidence: 'low' },
      { label: 'Item 2', text: 'the effect on emission reduction targets.', confidence: 'low' },
    ]);
  });

  it('does not take a list of plans or audiences for questions', () => {
    const text = ['We plan to:', '', '- reconfirm that polluting heating systems will be prohibited after 2045;', '- require landlords to meet the standard by 2028.'].join('\n');
    expect(labelsIn(text)).toEqual([]);
  });

  it('finds labels inside a form that came out of the PDF as one long line, but not mentions', () => {
    const form =
      'Health and Safety Executive Reply Form Completing this Questionnaire You can move between questions by pressing the Tab keys. ' +
      'Please type your replies within the grey boxes. Confidentiality Please indicate below if you do not wish details of your comments to be available. ' +
      'As in Q1. Earlier responses were mixed. L22: Provision and Use of Work Equipment Q1. How would you rate this guidance in terms of ease of understanding? Very good Good Fair Poor';
    expect(questionsIn(form).map(({ label, text }) => [label, text])).toEqual([['Q1', 'How would you rate this guidance in terms of ease of understanding?']]);
  });
});

describe('surveys and forms without the usual labels', () => {
  it('reads a survey that prints "Question Title" above every numbered question (SurveyMonkey)', () => {
    const text = [
      'If you have completed this survey in hard copy, please scan and email to',
      '',
      'Question Title',
      '',
      '* 1. Please state your name (optional).',
      '',
      'Question Title',
      '',
      '* 2. Please provide the postcode of your primary work area.',
      '',
      '14% of survey complete.',
    ].join('\n');
    const { consultation } = parseConsultation(text, { id: 'survey' });
    expect(consultation.questions.map(({ label, text: body, section }) => [label, body, section])).toEqual([
      ['1.', 'Please state your name (optional).', ''],
      ['2.', 'Please provide the postcode of your primary work area.', ''],
    ]);
  });

  it('reads numbers run into their questions when they count up one by one', () => {
    const text = ['Poll', '', '1Do you agree / disagree with the draft Vision?', '', '2Do you agree / disagree with the draft Objectives?', '', '3Energy: Do you agree / disagree with the draft Priorities?'].join('\n');
    expect(labelsIn(text)).toEqual(['1', '2', '3']);
  });

  it('finds questions a form prints one to a line without labels, and marks them for checking', () => {
    const text = [
      'Feedback closes at noon on Thursday, 29 April 2021.',
      '',
      'Community housing',
      '',
      'Do you support rates being used to subsidise rents for community housing?',
      'Should the council build more community housing units?',
      '(300 words maximum)',
    ].join('\n');
    expect(questionsIn(text)).toEqual([
      { label: 'Item 1', text: 'Do you support rates being used to subsidise rents for community housing?', confidence: 'low' },
      { label: 'Item 2', text: 'Should the council build more community housing units?', confidence: 'low' },
    ]);
  });
});

describe('a numbered sequence with a gap', () => {
  const collated = (first: string): string =>
    [
      'DCUSA DCP 178 Consultation Responses – Collated Comments',
      '',
      first,
      '',
      'Working Group summary: It was noted that customers are broadly supportive of DCP 178.',
      '',
      'Question Two What benefits do you believe it will bring to your organisation?',
      '',
      'Question Three Do you agree with the proposed implementation date?',
    ].join('\n');

  it('finds the missing member inside a line, in its place in the order (a table header run into it)', () => {
    expect(questionsIn(collated('Party Response Working Group Comments Question One Do you support this change?')).map(({ label, text }) => [label, text])).toEqual([
      ['Question One', 'Do you support this change?'],
      ['Question Two', 'What benefits do you believe it will bring to your organisation?'],
      ['Question Three', 'Do you agree with the proposed implementation date?'],
    ]);
  });

  it('does not take a mention of the missing member, or one out of its place', () => {
    expect(labelsIn(collated('Respondents were asked in Question One Do you support this change?'))).toEqual(['Question Two', 'Question Three']);
    const late = `${collated('Party Response Working Group Comments')}\n\nNotes from the meeting Question One Do you support this change?`;
    expect(labelsIn(late)).toEqual(['Question Two', 'Question Three']);
  });
});

describe('unlabelled questions with their context', () => {
  it('keeps one sentence of context printed before the question on its line, and questions that mention consultation', () => {
    const text = [
      'Do you support onshore wind energy developments in your community?',
      'Highland Council recently voted to centralise 60% of community benefit funding. To what extent do you agree with this decision?',
      'Completely disagree',
      'How important is it to you that renewable energy projects in your area include a community consultation process?',
    ].join('\n');
    expect(questionsIn(text).map((question) => question.text)).toEqual([
      'Do you support onshore wind energy developments in your community?',
      'Highland Council recently voted to centralise 60% of community benefit funding. To what extent do you agree with this decision?',
      'How important is it to you that renewable energy projects in your area include a community consultation process?',
    ]);
  });
});

describe('what is never a question', () => {
  it('is not a heading of the consultation process that happens to ask', () => {
    const text = ['Why are we consulting?', '', 'We want views.', '', 'How can you respond?', '', 'Online.', '', 'What happens next?', '', 'We publish a response.'].join('\n');
    expect(labelsIn(text)).toEqual([]);
  });

  it('is not a page of frequently asked questions, each answered by the paragraph below it', () => {
    const text = [
      'Do you have to accept a smart meter?',
      '',
      'No. Your supplier should explain the benefits, but you can choose not to have one installed.',
      '',
      'What will your new meter cost you?',
      '',
      'There is no upfront charge: the cost is spread across the bills of all customers over several years.',
    ].join('\n');
    expect(labelsIn(text)).toEqual([]);
  });

  it('is not a lone question line in a document that asks nothing else', () => {
    expect(labelsIn(['Smart meters', '', 'Do you have a smart meter yet?', '', 'Most homes now do.'].join('\n'))).toEqual([]);
  });

  it('is not an unlabelled question line where the document labels its questions', () => {
    const text = ['Q1. Do you agree with the proposed date?', '', 'Do you think the date could move again?'].join('\n');
    expect(labelsIn(text)).toEqual(['Q1']);
  });

  it('is not a number run into a word where the numbers do not count up', () => {
    const text = ['3Energy: Do you agree with the draft Priorities?', '', '7Transport: Do you agree with the draft Targets?'].join('\n');
    expect(labelsIn(text)).toEqual([]);
  });

  it('is not a contents line, even one that asks', () => {
    const text = ['Contents', '', 'Q1 Do you agree with the date? ..... 4', 'Question 2 What else? ..... 5', '', '1. Introduction', '', 'Text.'].join('\n');
    expect(labelsIn(text)).toEqual([]);
  });

  it.each([
    'Respondents disagreed with this (see Question 2) and asked for more time.',
    'As we said in our response to Q5 above, the date moves.',
    'Views on Question 3 are summarised in chapter 4.',
  ])('is not a cross-reference: "%s"', (sentence) => {
    expect(labelsIn(`## Questions\n\n${sentence}`)).toEqual([]);
  });

  it('is not a numbered section heading, even in a questions annex', () => {
    const text = ['## Annex A: Questions', '', '2. Why Change?', '', 'The current arrangements are unclear.', '', '3. Solution', '', 'We propose a new form.'].join('\n');
    expect(labelsIn(text)).toEqual([]);
  });

  it('is not a run of numbered paragraphs that mostly state things', () => {
    const text = ['1. We propose a 30-day installation window.', '', '2. Do suppliers agree? We think so.', '', '3. The window starts in April.'].join('\n');
    expect(labelsIn(text)).toEqual([]);
  });
});
