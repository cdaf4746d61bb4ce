import { describe, expect, it } from 'vitest';
import { parseConsultation } from '../../../shared/import/parse-consultation';

// Shapes first met in the twenty-sixth held-out set of the corpus (regulators' and departments' pages, scored on the
// parser as on main); each test is written so that undoing its rule makes it fail. The wording is taken from those documents.
const parse = (text: string) => parseConsultation(text, { id: 'held-out-26' }).consultation;

describe('closing dates worded as the set printed them', () => {
  it('reads "concludes on <date>" as the date the consultation closes', () => {
    const text = [
      'The purpose of this Charges Consultation is to advise you of the proposals on',
      'charges that are intended to take effect as from 1 April 2013.',
      'The consultation runs for a period of 7 weeks as from Thursday 22 November and',
      'concludes on Thursday 10 January 2013. I',
      'would be grateful to receive your comments on the proposals as soon as possible',
      'but no later than the consultation closure date.',
    ].join('\n');
    expect(parse(text).respondBy).toEqual({ date: '2013-01-10', time: null });
  });

  it('reads "Closing date for responses:" run onto the same line as the publication date', () => {
    const text = [
      'talkSPORT – proposals to reduce AM coverage',
      '',
      'Proposed variation of national analogue radio licence',
      '',
      'CONSULTATION: Publication date: 23 October 2019 Closing date for responses: 20 November 2019',
    ].join('\n');
    expect(parse(text).respondBy).toEqual({ date: '2019-11-20', time: null });
  });
});

describe("a response form's questions about the respondent", () => {
  const form = [
    'Proposed Criteria for Assessing and Accepting the Airspace Change Masterplan',
    '',
    '1. Are you responding in an official capacity on behalf of an organisation?',
    'If yes, please tell us its name',
    '2. What is your name?',
    '3. What is your email address?',
    '4. Are you answering as:',
    'If other, please specify',
    '5. Where do you live or where is your organisation based?',
    '6. Is there anything else that you would like us to know in connection with your response?',
    '7. Do you consent to your response being published?',
    '8. Are the proposed criteria detailed in CAP 1887 the right criteria to enable acceptance?',
    'Please explain your answer and provide any other general comments',
    '9. Chapter 4 of CAP 1887 details the engagement expectations for the Airspace Change Organising Group (ACOG) to undertake. Do you have any comments on the engagement we are asking ACOG to undertake?',
  ].join('\n');

  it('are not questions to draft when the form also asks about its subject', () => {
    expect(parse(form).questions.map((question) => question.label)).toEqual(['8.', '9.']);
  });

  it('stay when they are all the form asks', () => {
    const details = ['Feedback form', '', '1. What is your name?', '2. What is your email address?', '3. Where do you live?'].join('\n');
    expect(parse(details).questions.map((question) => question.label)).toEqual(['1.', '2.', '3.']);
  });
});

describe('an unlabelled question that opens with its condition', () => {
  it('is one of the set, each with its options below', () => {
    const text = [
      'Questions for frontline transport workers',
      'What sector do you work in?',
      '- Road',
      '- Rail',
      'Do you work within England?',
      '- Yes',
      '- No',
      'If you work within England, what region do you work in?',
      '- North East',
      '- North West',
      'If you work within England, how would you best describe the area you work in?',
      '- Urban (town or city)',
      '- Rural',
    ].join('\n');
    expect(parse(text).questions.map((question) => question.text)).toEqual([
      'What sector do you work in?',
      'Do you work within England?',
      'If you work within England, what region do you work in?',
      'If you work within England, how would you best describe the area you work in?',
    ]);
  });

  it('but "If so, what…?" alone goes on from the question before it', () => {
    const text = ['Consultation', '', 'We set out our proposals below.', '', 'If so, what are they?', '', 'If so, how would you change them?'].join('\n');
    expect(parse(text).questions).toEqual([]);
  });
});

describe('titles on the covers of the set', () => {
  it("drop a sharing site's dash and issuer after the title the document prints alone below", () => {
    const text = [
      'Energy Supply Probe - Proposed Retail Market Remedies - Ofgem',
      '',
      '0 downloads 245 Views 1MB Size Report',
      'Energy Supply Probe - Proposed Retail Market Remedies',
      '',
      'Document Type: Decision Document Ref: 99/09',
      '',
      'Date of Publication: 7 August 2009',
    ].join('\n');
    expect(parse(text).title).toBe('Energy Supply Probe - Proposed Retail Market Remedies');
  });

  it('keep a title with a dash when the document never prints a shorter one', () => {
    const text = ['Energy Supply Probe - Proposed Retail Market Remedies', '', 'Date of Publication: 7 August 2009'].join('\n');
    expect(parse(text).title).toBe('Energy Supply Probe - Proposed Retail Market Remedies');
  });

  it('skip the line naming the issuer and the kind of document above the title', () => {
    const text = [
      'Number: WG32353',
      '',
      'Welsh Government White Paper Consultation Document',
      '',
      'Striking the right balance: proposals for a Welsh Language Bill',
      '',
      'Date of issue: 9 August 2017 Action required: Responses by 31 October 2017',
    ].join('\n');
    expect(parse(text).title).toBe('Striking the right balance: proposals for a Welsh Language Bill');
  });
});
