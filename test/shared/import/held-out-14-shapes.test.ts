import { describe, expect, it } from 'vitest';
import { parseConsultation } from '../../../shared/import/parse-consultation';

// Shapes first met in the fourteenth held-out set of the corpus (a respondent's blog, a supplier's letter, a members'
// survey, Oftel's summary of questions, pages recounting a consultation's period); each test is written so that undoing
// its rule makes it fail. The wording is taken from those documents.
const parse = (text: string) => parseConsultation(text, { id: 'held-out-14' }).consultation;
const textsIn = (text: string): string[] => parse(text).questions.map((question) => question.text);

describe('questions reprinted in a response', () => {
  it("stops a reprinted question where the respondent's answer starts", () => {
    const text = [
      'Welsh renewable electricity targets',
      '',
      'Q1 Do you agree with Proposal 1, to retain the scope of the previous generation target?',
      'Disagree. Wales should, like Scotland, be aiming to generate far more renewable electricity than necessary.',
      '',
      'Q2 Proposal 2 states: That the Welsh Government use the CCC’s Balanced Pathway. Do you agree?',
      'Disagree See my answer to Question 1.',
    ].join('\n');
    expect(textsIn(text)).toEqual([
      'Do you agree with Proposal 1, to retain the scope of the previous generation target?',
      'Proposal 2 states: That the Welsh Government use the CCC’s Balanced Pathway. Do you agree?',
    ]);
  });

  it('keeps a request on the line after the question, which is no answer', () => {
    const text = ['Consultation questions', '', 'Q1 Do you agree with the proposed timetable?', 'Please explain your reasoning and give evidence.'].join('\n');
    expect(textsIn(text)).toEqual(['Do you agree with the proposed timetable? Please explain your reasoning and give evidence.']);
  });

  it('takes the second question asked straight after the first inside a line, and not the answer after it', () => {
    const text =
      'Dear Vlada and James, Response to the Ofgem consultation. Overarching question: 1. Do you think the proposed package of reforms will help to reduce the likelihood of disorderly market exits? Are there other actions you consider we should take to help achieve these aims? Robin Hood Energy principally support measures to address consumer detriment.';
    expect(textsIn(text)).toEqual([
      'Do you think the proposed package of reforms will help to reduce the likelihood of disorderly market exits? Are there other actions you consider we should take to help achieve these aims?',
    ]);
  });
});

describe('a survey item that asks below its lead-in', () => {
  it('takes the lines after a lead-in ending in a colon, up to its last question', () => {
    const text = [
      'Question Title',
      '',
      '2. Do you agree that the tariff table should depend on the volume of deployment?',
      '',
      'Question Title',
      '',
      '3. The options proposed by the DECC for July 2012 on a <4kW installation are:',
      '',
      'Option A: >200MW = 13.6p',
      'Option B: 200MW - 150MW = 15.7p',
      '',
      'We welcome members views on the following...',
      '',
      '  Yes No',
      'Are the tariff ranges displayed in options A and B appropriate?',
      '',
      'Question Title',
      '',
      '4. Do you agree with the principle of tariff degression?',
    ].join('\n');
    expect(textsIn(text)).toEqual([
      'Do you agree that the tariff table should depend on the volume of deployment?',
      'The options proposed by the DECC for July 2012 on a <4kW installation are: Option A: >200MW = 13.6p Option B: 200MW - 150MW = 15.7p We welcome members views on the following... Are the tariff ranges displayed in options A and B appropriate?',
      'Do you agree with the principle of tariff degression?',
    ]);
  });
});

describe('bullets that each ask for views', () => {
  const bullets = [
    'Chapter 6: Summary of questions',
    '',
    '- Oftel invites comments on the proposal that the new conveyance services should be charged for on a pence per minute basis.',
    '- Oftel would welcome comments on the proposed classification of interconnection services.',
    'Chapter 4 - Framework for the New Charge Controls',
    '- Oftel seeks views on the principle of extended notice.',
  ];

  it('reads them as questions, with no label, when nothing else is asked', () => {
    const found = parse(bullets.join('\n')).questions;
    expect(found.map((question) => question.text)).toEqual([
      'Oftel invites comments on the proposal that the new conveyance services should be charged for on a pence per minute basis.',
      'Oftel would welcome comments on the proposed classification of interconnection services.',
      'Oftel seeks views on the principle of extended notice.',
    ]);
  });

  it('does not read a lone one, or bullets that only describe, as questions', () => {
    expect(textsIn(bullets.slice(0, 3).join('\n'))).toEqual([]);
    expect(textsIn(['Consultation documents', '', '- Schedule of Modifications to the Joint Local Plan', '- Main Modifications Sustainability Appraisal'].join('\n'))).toEqual([]);
  });
});

describe('the period a consultation ran for', () => {
  it('reads the end of "ran from … to …" as the closing date and time', () => {
    const text = 'The consultation period was six weeks long and ran from 12pm on Thursday 16 March 2023 to 5pm on Wednesday 3 May 2023.';
    expect(parse(text).respondBy).toEqual({ date: '2023-05-03', time: '17:00' });
    // A range that is not the consultation's own period is no deadline.
    expect(parse('Responses received were considered at hearing sessions that ran from 12 June 2023 to 30 June 2023.').respondBy).toBeNull();
  });

  it('reads "ended on" as the closing date', () => {
    expect(parse('This consultation began on 21 December 2012 and ended on 01 March 2013').respondBy).toEqual({ date: '2013-03-01', time: null });
  });
});

describe('titles', () => {
  it("takes a form's title from the cell after its label, without the cell separator", () => {
    const text = ['Cover Sheet for response to an Ofcom Consultation', '', 'Consultation title: / Telephone Numbering - Safeguarding the future of numbers', 'Name of respondent:'].join('\n');
    expect(parse(text).title).toBe('Telephone Numbering - Safeguarding the future of numbers');
  });

  it('finds the title inside a cover run into one line, between a sentence and the cover details', () => {
    const overview =
      'In June 2018, we announced our intention to review energy supplier licensing arrangements to ensure appropriate protections are in place against financial instability and poor customer service. We request stakeholder feedback on our proposals by 20 August 2020.';
    const cover = `${overview} Statutory Consultation – Supplier Licensing Review: Ongoing requirements and exit arrangements Publication date: 25 June 2020 Team: Licensing Frameworks Response deadline: 20 August 2020`;
    expect(parse(cover).title).toBe('Statutory Consultation – Supplier Licensing Review: Ongoing requirements and exit arrangements');
    // The kind of document printed after the title is not part of it.
    const appendix = `Ofgem 10 South Colonnade, London E14 4PU www.ofgem.gov.uk Default Tariff Cap: Policy Consultation Appendix 6 – Wholesale costs Consultation - supplementary appendix Publication date: 25 May Contact: Anna Rossington Overview: The energy market works well for consumers who shop around.`;
    expect(parse(appendix).title).toBe('Default Tariff Cap: Policy Consultation Appendix 6 – Wholesale costs');
    // A word such as "contents" inside prose is no cover detail.
    const prose = `${overview.replace('.', ',')} This takes precedence over any automatic notes on e-mails that indicate that the contents are confidential, as the form explains at length.`;
    expect(parse(prose).title).toBe('Untitled consultation');
  });
});
