import { describe, expect, it } from 'vitest';
import { parseConsultation } from '../../../shared/import/parse-consultation';

// Shapes first met in the twenty-ninth held-out set of the corpus (an adviser survey, regulators' pages from the FCA,
// CMA, AER, New Zealand's Electricity Authority and the Ontario Energy Board, scored on the parser as on main); each test
// is written so that undoing its rule makes it fail. The wording is taken from those documents.
const parse = (text: string) => parseConsultation(text, { id: 'held-out-29' }).consultation;
const texts = (text: string): string[] => parse(text).questions.map((question) => question.text);

describe('deadlines worded in other ways', () => {
  it('reads a time zone printed between the time and the date ("close 5pm AEDST 1 November 2013")', () => {
    const text = [
      'Submissions in response to the draft decision close 5pm AEDST 1 November 2013 and should be sent electronically to the AER.',
      'The AER prefers that all submissions be sent in an electronic format in Microsoft Word.',
    ].join('\n');
    expect(parse(text).respondBy).toEqual({ date: '2013-11-01', time: '17:00' });
  });

  it('takes "by the close of business" as the words for responding by that date', () => {
    const text = [
      'On 10 May 2013, the AER released the consultation paper on Rate of return guidelines for consultation.',
      'Invitation for submissions',
      'Interested parties are invited to make written submissions to the AER regarding the consultation paper by the close of business, 14 June 2013.',
    ].join('\n');
    expect(parse(text).respondBy).toEqual({ date: '2013-06-14', time: null });
  });
});

describe('response addresses', () => {
  it('reads an address a page spells out as name[at]host[dot]org after its link text', () => {
    const text = [
      'Invitation for submissions',
      'Interested parties are invited to make written submissions to the AER regarding the consultation paper by the close of business, 14 June 2013. Submissions should be sent electronically to: rateofreturnaer [dot] gov [dot] au (rateofreturn[at]aer[dot]gov[dot]au). Alternatively, submissions can be sent to:',
      'Australian Energy Regulator',
      'GPO Box 3131',
    ].join('\n');
    expect(parse(text).responseEmail).toBe('rateofreturn@aer.gov.au');
  });
});

describe('titles', () => {
  it('stop before a consultation page’s own section heading ("About this consultation")', () => {
    const text = [
      'Model use-of-system agreements: proposed changes',
      'About this consultation',
      'The Electricity Authority (Authority) is working towards finalising model use-of-system agreements for conveyance and interposed distribution arrangements and for embedded networks.',
    ].join('\n');
    expect(parse(text).title).toBe('Model use-of-system agreements: proposed changes');
  });

  it('stop before a GOV.UK outcome page’s headings ("Detail of outcome", "Feedback received")', () => {
    const text = [
      'Open letter to industry on the CMA’s licence modification appeal rules and guidance',
      'Detail of outcome',
      'Feedback received',
      'Detail of feedback received',
      'The responses to the CMA’s open letter can be found above.',
    ].join('\n');
    expect(parse(text).title).toBe('Open letter to industry on the CMA’s licence modification appeal rules and guidance');
  });
});

describe('questions that are not asked of the reader', () => {
  it('a list after a sentence that only says what the changes relate to is not asked, though an earlier sentence seeks feedback', () => {
    const text = [
      'Although the proposed changes do not stem from significant policy changes, the Authority is seeking feedback from interested parties because the changes are material. The proposed changes relate to:',
      '- the priority use of controllable load for system security;',
      '- the terminology and structure of clauses dealing with pricing changes and categorisation; and',
      '- distributor liability in relation to the Consumer Guarantees Act 1993.',
      'The Authority is now seeking submissions on these proposed changes.',
    ].join('\n');
    expect(texts(text)).toEqual([]);
  });

  it('a list whose own lead-in invites views is still asked', () => {
    const text = [
      'The Authority is seeking feedback on the following:',
      '- the priority use of controllable load for system security;',
      '- distributor liability in relation to the Consumer Guarantees Act 1993.',
    ].join('\n');
    expect(texts(text)).toHaveLength(2);
  });

  it('on a page that calls itself FAQ, numbered questions each answered by prose below them are already answered', () => {
    const text = [
      'Below you will find general responses to enquiries that relate to the implementation of the Energy Consumer Protection Act, 2010 and associated Ontario Energy Board regulatory requirements. The FAQ have been prepared by Board staff for general information purposes only and may not cover all individual circumstances.',
      '',
      '1. In cases where there is no carbon capture, is it acceptable to have only one copy of the disclosure statement and price comparison signed by the consumer and kept with the supplier, and an unsigned version left with the consumer?',
      '',
      'Yes. Suppliers are reminded that the Board encourages them to avail themselves of the carbon capture functionality.',
      '',
      '2. Will the OEB post a schedule identifying when price comparison templates will be available?',
      '',
      'A schedule for the release of price comparison templates cannot be accommodated. Electricity price comparison templates will be posted approximately 15 days before the effective date.',
    ].join('\n');
    expect(texts(text)).toEqual([]);
  });

  it('numbered questions with nothing answering them are still asked', () => {
    const text = [
      '* 1. Do you think the current FSCS funding review will go far enough?',
      '',
      '* 2. Do you agree with the FCA’s decision to rule out a product levy as a funding model for the FSCS?',
      '',
      '* 3. Does there need to be more transparency over how the FSCS arrives at its levy figures?',
    ].join('\n');
    expect(texts(text)).toHaveLength(3);
  });
});
