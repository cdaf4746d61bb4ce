import { describe, expect, it } from 'vitest';
import { parseConsultation } from '../../../shared/import/parse-consultation';

// Shapes first met in the thirtieth held-out set of the corpus (an ARC Act review submission, a Scottish Government page
// of questions, CER, European Commission, FCA, Ofwat and National Grid pages, scored on the parser as on main); each test
// is written so that undoing its rule makes it fail. The wording is taken from those documents.
const parse = (text: string) => parseConsultation(text, { id: 'held-out-30' }).consultation;
const questions = (text: string): [string, string][] => parse(text).questions.map((question) => [question.label, question.text]);

describe('a question and what follows it up', () => {
  it('keeps the paragraphs that follow a labelled question up ("For example, …:" with its list, "If so, …?", "If not, please …") and stops at the answer', () => {
    const text = [
      'Responses',
      '',
      'Q1. How could the purpose in the ARC Act be revised to reflect the current and future role of the ARC?',
      '',
      'For example, should the ARC Act be amended to specify in legislation:',
      '(a) the scope of research funding supported by the ARC',
      '(b) the balance of Discovery and Linkage research programs',
      '(c) the role of the ARC in actively shaping the research landscape in Australia',
      '(d) any other functions?',
      '',
      'If so, what scope, functions and role?',
      '',
      'If not, please suggest alternative ways to clarify and define these functions.',
      '',
      'The Academy of the Humanities supports the unique role of the Australian Research Council (ARC) as the principal source of merit-based funding for non-medical research in Australia.',
    ].join('\n');
    expect(questions(text)).toEqual([
      [
        'Q1',
        'How could the purpose in the ARC Act be revised to reflect the current and future role of the ARC? For example, should the ARC Act be amended to specify in legislation: (a) the scope of research funding supported by the ARC (b) the balance of Discovery and Linkage research programs (c) the role of the ARC in actively shaping the research landscape in Australia (d) any other functions? If so, what scope, functions and role? If not, please suggest alternative ways to clarify and define these functions.',
      ],
    ]);
  });

  // (This guard's wording is ours: chapter prose after a boxed question, as GOV.UK documents print it.)
  it('leaves out prose after a question that gives an example without asking, and takes an "e.g." that asks', () => {
    const text = [
      'Question 3: Do you agree that suppliers should publish their smart meter installation figures each quarter?',
      '',
      'For example, some suppliers already publish these figures on their websites.',
      '',
      'Question 4: Should the figures cover non-domestic sites?',
      '',
      'e.g. would a site with two meters count once or twice?',
    ].join('\n');
    expect(questions(text)).toEqual([
      ['Question 3', 'Do you agree that suppliers should publish their smart meter installation figures each quarter?'],
      ['Question 4', 'Should the figures cover non-domestic sites? e.g. would a site with two meters count once or twice?'],
    ]);
  });

  it('does not run a page’s navigation line ("« Previous | Contents | Next »") into the last question', () => {
    const text = [
      'Consultation Questions',
      '1. Should eligibility be extended to stations where facilities at the station are reduced for legitimate reasons such as reduced patronage from that location?',
      '2. Should the eligibility also extend to schemes where two stations are combined into a single station?',
      '3. How many of the criteria would need to be fulfilled in order for a scheme to be considered to have limited effect?',
      '« Previous | Contents | Next »',
    ].join('\n');
    expect(questions(text).map(([label]) => label)).toEqual(['1.', '2.', '3.']);
    expect(questions(text)[2]?.[1]).toBe('How many of the criteria would need to be fulfilled in order for a scheme to be considered to have limited effect?');
  });
});

describe('deadlines worded in other ways', () => {
  it('reads a date whose ordinal a PDF printed apart from its number ("10 th February 2012")', () => {
    const text = [
      'Market Monitoring in the Electricity & Gas Retail Markets',
      'DOCUMENT TYPE: Consultation Paper REFERENCE: CER 11/221 DATE PUBLISHED: 16 th December 2011 CLOSING DATE: 10 th February 2012',
    ].join('\n');
    expect(parse(text).respondBy).toEqual({ date: '2012-02-10', time: null });
  });

  it('takes an invitation to respond ("We invite stakeholders to consent to the proposed modifications by no later than …")', () => {
    const text = [
      'Responding to this consultation',
      '',
      'We invite stakeholders to consent to the proposed modifications by no later than 14 August 2018. Each relevant water company should also respond.',
    ].join('\n');
    expect(parse(text).respondBy).toEqual({ date: '2018-08-14', time: null });
  });

  it('closes a named consultation period printed day-first ("Consultation period: 24/03/2006 - 24/09/2006") on its second date', () => {
    const text = [
      'Green paper - A European Strategy for Sustainable, Competitive and Secure Energy',
      '',
      'Consultation period: 24/03/2006 - 24/09/2006',
      '',
      'Objective of the consultation',
    ].join('\n');
    expect(parse(text).respondBy).toEqual({ date: '2006-09-24', time: null });
  });

  it('takes, of a list of dates for parts of a consultation, the one given for the most parts', () => {
    const text = [
      'Quarterly Consultation No 36 Consultation Paper CP22/10 June 2022',
      '',
      'How to respond The Financial Conduct Authority invites comments on this Consultation Paper. Comments should reach us by 27 June for chapter 3 and 18 July for chapters 2, 4, 5 and 6.',
    ].join('\n');
    expect(parse(text).respondBy).toEqual({ date: '2022-07-18', time: null });
  });

  it('takes no deadline from a code modification’s final report, which recounts when its consultation closed', () => {
    const text = [
      'What stage is this document at? Stage 06: Final CUSC Modification Report Connection and Use of System Code',
      '',
      'The Code Administrator Consultation closed on the 2nd February 2016 and received three responses.',
    ].join('\n');
    expect(parse(text).respondBy).toBeNull();
  });
});

describe('titles', () => {
  it('skip a site’s "News feeds" and its "Public consultation" section line above the page’s own heading', () => {
    const text = [
      'News feeds',
      '',
      '',
      'Public consultation',
      '',
      'Green paper - A European Strategy for Sustainable, Competitive and Secure Energy',
      '',
      'Consultation period: 24/03/2006 - 24/09/2006',
    ].join('\n');
    expect(parse(text).title).toBe('Green paper - A European Strategy for Sustainable, Competitive and Secure Energy');
  });
});
