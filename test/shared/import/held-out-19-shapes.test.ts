import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../shared/import/find-deadline';
import { readDocument } from '../../../shared/import/document-structure';
import { parseConsultation } from '../../../shared/import/parse-consultation';

// Shapes first met in the nineteenth held-out set of the corpus; each test is written so that undoing its rule makes it
// fail. The wording is taken from those documents.
const parse = (text: string) => parseConsultation(text, { id: 'held-out-19' }).consultation;

describe('matters a committee would welcome evidence on, in groups under sub-headings', () => {
  const page = [
    'The Transport Committee will hold an inquiry into the implications of accelerating the shift to zero emissions vehicles. We would welcome written evidence on the following matters:',
    'Accelerating the shift to zero emission vehicles',
    '- The particular challenges around decarbonising buses and how these should be addressed;',
    '- The Government’s ambition to phase out the sale of new diesel heavy goods vehicles, including the scope to use hydrogen as an alternative fuel.',
    'Road pricing',
    '- The case for introducing some form of road pricing and the economic, fiscal, environmental and social impacts of doing so;',
    '- Which particular road pricing or pay-as-you-drive schemes would be most appropriate for the UK context;',
  ];

  it('are each a question, and the sub-headings are not part of them', () => {
    expect(parse(page.join('\n')).questions.map((question) => question.text)).toEqual([
      'The particular challenges around decarbonising buses and how these should be addressed;',
      'The Government’s ambition to phase out the sale of new diesel heavy goods vehicles, including the scope to use hydrogen as an alternative fuel.',
      'The case for introducing some form of road pricing and the economic, fiscal, environmental and social impacts of doing so;',
      'Which particular road pricing or pay-as-you-drive schemes would be most appropriate for the UK context;',
    ]);
  });

  it('leave out a last point the text stops in the middle of', () => {
    const cut = [...page, '- The le'].join('\n');
    expect(parse(cut).questions).toHaveLength(4);
    // A last point that is whole, like its siblings, stays.
    const whole = [...page, '- The level of charges'].join('\n');
    expect(parse(whole).questions.map((question) => question.text)).toContain('The level of charges');
  });
});

describe('a question printed after the section it belongs to', () => {
  it('keeps its label, and the numbered paragraphs below it are not part of it', () => {
    const text = [
      '3.1. Proposed Regulatory Approach',
      'Section B1: Q4. What are your views on the broad principles for regulation outlined above? What else do we need to consider?',
      '3.1.1. There were 63 responses to this question, from across respondent groups.',
      '3.1.2. The broad principles were generally accepted with over half of those who replied.',
    ].join('\n');
    const [question, ...others] = parse(text).questions;
    expect(question?.label).toBe('Q4');
    expect(question?.text).toBe('What are your views on the broad principles for regulation outlined above? What else do we need to consider?');
    expect(others).toEqual([]);
  });
});

describe('a question with lettered answers below it', () => {
  it('is the question alone, though it ends with a colon and the answers ask', () => {
    const text = [
      '1. How would you describe the homes in your neighbourhood ?',
      '',
      '  • a) A mixture of old and new properties.',
      '  • b) Mostly older properties.',
      '',
      '2. Are the homes in your area mostly:',
      '',
      '  • a) Split between owner-occupied and rented?',
      '  • b) Owner-occupied?',
      '  • c) Rented?',
      '',
      '3. How many community buildings are there in your area?',
    ].join('\n');
    expect(parse(text).questions.map((question) => question.text)).toEqual([
      'How would you describe the homes in your neighbourhood ?',
      'Are the homes in your area mostly:',
      'How many community buildings are there in your area?',
    ]);
  });

  it('but lettered sub-questions below a lead-in are part of it', () => {
    const text = ['Q1. Thinking about the proposals in chapter 2:', '', '(a) Do you agree with the proposed scope?', '(b) Do you agree with the proposed timing?'].join('\n');
    expect(parse(text).questions.map((question) => question.text).join(' ')).toContain('Do you agree with the proposed timing?');
  });
});

describe('a page listing several consultations with their closing dates', () => {
  it('gives no deadline, and offers each closing date to look at', () => {
    const text = [
      'Closed activities',
      'Heat networks regulation: registration guidance',
      'Closed 15 December 2025',
      'Heat networks regulation: fair pricing protection guidance',
      'Closed 27 October 2025',
      'Requirement to offer lower standing charge tariffs',
      'Closed 22 October 2025',
    ].join('\n');
    const found = findDeadline(readDocument(text));
    expect(found.respondBy).toBeNull();
    expect(found.span).toBeNull();
    expect(found.alternatives.map((span) => text.slice(span.start, span.end))).toEqual(['15 December 2025', '27 October 2025', '22 October 2025']);
    // Two equally worded dates are still read, with low confidence and the other shown.
    const two = findDeadline(readDocument(text.split('\n').slice(0, 5).join('\n')));
    expect(two.respondBy).toEqual({ date: '2025-12-15', time: null });
    expect(two.confidence).toBe('low');
  });
});

describe('a cover that prints its date twice above the title', () => {
  it('takes the title, without the closing date run onto it', () => {
    const text = ['February 2020 2020', '', 'HEAT NETWORKS: BUILDING A MARKET FRAMEWORK Closing date: 1 June 2020', '', '© Crown copyright 2020'].join('\n');
    const consultation = parse(text);
    expect(consultation.title).toBe('HEAT NETWORKS: BUILDING A MARKET FRAMEWORK');
    expect(consultation.respondBy).toEqual({ date: '2020-06-01', time: null });
  });
});
