import { describe, expect, it } from 'vitest';
import { parseConsultation } from '../../../shared/import/parse-consultation';

// Shapes first met in the twenty-second held-out set of the corpus; each test is written so that undoing its rule makes
// it fail. The wording is taken from those documents.
const parse = (text: string) => parseConsultation(text, { id: 'held-out-22' }).consultation;

describe('question labels run into one line ("### Q1 … ### Q2 …")', () => {
  const text =
    '> **NOTES** > Our proposed Yes/No answers for each question are highlighted orange. ## Chapter 2 The Future Homes Standard ### Q1 Do you agree with our expectation that a home built to the Future Homes Standard should produce 75-80% less CO2 emissions than one built to current requirements? 1. Yes 1. No – 75-80% is too high a reduction in CO2 ###### rand-q1 ### Q2 We think heat pumps and heat networks should typically be used to deliver the low carbon heating requirement of the Future Homes Standard. What are your views on this and in what circumstances should other low carbon technologies, such as direct electric heating, be used? > (feel free to leave blank) ### Q3 Do you agree that the fabric package for Option 1 (Future Homes Fabric) provides a reasonable basis for the fabric performance of the Future Homes Standard? 1. Yes 1. No';

  it('are read as a set counting up from Q1, each to its question mark, a statement before the question included', () => {
    const questions = parse(text).questions;
    expect(questions.map((question) => question.label)).toEqual(['Q1', 'Q2', 'Q3']);
    expect(questions[0]?.text).toBe(
      'Do you agree with our expectation that a home built to the Future Homes Standard should produce 75-80% less CO2 emissions than one built to current requirements?',
    );
    expect(questions[1]?.text).toMatch(/^We think heat pumps .* such as direct electric heating, be used\?$/);
  });

  it('but not labels that do not count up from Q1 (a quarter, a cross-reference)', () => {
    const quarters = 'Delivery moved from Q3 Some suppliers asked why? The work restarts in Q4 Further detail follows below?';
    expect(parse(quarters).questions).toEqual([]);
  });
});

describe('a summary of questions printed without their numbers', () => {
  it('takes a statement that ends by asking the reader ("… - do you agree with the issues identified?")', () => {
    const text = [
      'Route to Market',
      '',
      'What is your view on the appropriate approach for the inclusion of wind farm efficiency as a material consideration in the Section 36 consents guidance?',
      '',
      'In this chapter, the Scottish Government has identified three areas of activity where it can offer support to a route to market for onshore wind - do you agree with the issues identified?',
      '',
      'How can the Scottish Government, with the powers available to it, further facilitate a route to market for onshore wind?',
    ].join('\n');
    const questions = parse(text).questions;
    expect(questions).toHaveLength(3);
    expect(questions[1]?.text).toMatch(/^In this chapter, .* - do you agree with the issues identified\?$/);
  });
});

describe('a question the text stops in the middle of', () => {
  it('is not returned when it ends on a question word, even after a question mark of its own', () => {
    const text = [
      'We have published below the questions contained within the Request for Comment.',
      '',
      'Q1.      Should the proposed Rule allow other entities besides a broker/dealer or qualified IDQS to comply with the information review requirement ?  Why or why not ?',
      '',
      'Q2.      Should proposed paragraph (b) information meet the definition of “publicly available”? Are there any other potential barriers to accessibility that the Commission should address? If so, what are they and how ',
    ].join('\n');
    expect(parse(text).questions.map((question) => question.label)).toEqual(['Q1']);
  });
});

describe('an analysis of consultation responses', () => {
  it('takes no deadline from the period the responses were received in', () => {
    const text = [
      'Onshore wind policy statement refresh - draft: consultation analysis',
      '',
      'Analysis of the consultation responses received to the draft Onshore Wind Policy Statement between 28 October 2021 and 31 January 2022.',
    ].join('\n');
    expect(parse(text).respondBy).toBeNull();
  });

  it('nor from the date the consultation closed on', () => {
    const text = [
      "Delivering net zero for Scotland's buildings - Heat in Buildings Bill: consultation analysis",
      '',
      'The Scottish Government sought views on proposals to make new laws around the energy efficiency of our homes and buildings. The consultation closed on 8 March 2024 and this report is the analysis of your views.',
    ].join('\n');
    expect(parse(text).respondBy).toBeNull();
  });

  it('while a page that is not an analysis still reads "closed on" as its closing date', () => {
    const text = 'The consultation period for comments on the Approach document closed on 19 August 2016.';
    expect(parse(text).respondBy).toEqual({ date: '2016-08-19', time: null });
  });
});

describe("a web page's furniture around its title", () => {
  it('an image caption printed above the heading and again below it is not the title', () => {
    const text = [
      'Skip to main content',
      'Wind Turbine',
      '',
      'Consultation on Community Benefit Fund',
      '',
      'Wind Turbine',
      '',
      'Date: 30 Mar 2021',
    ].join('\n');
    expect(parse(text).title).toBe('Consultation on Community Benefit Fund');
  });

  it('nor a notice to log in, nor a banner labelled "Information"', () => {
    const login = ['Skip to main content', '', '', 'For more information, please login.', '', 'DCP 417 Working Group', '', 'DCP 417 Working Group'].join('\n');
    expect(parse(login).title).toBe('DCP 417 Working Group');
    const banner = [
      'Information',
      '',
      "Scottish Parliament election: 7 May. This site won't be routinely updated during the pre-election period.",
      '',
      "Delivering net zero for Scotland's buildings - Heat in Buildings Bill: consultation analysis",
    ].join('\n');
    expect(parse(banner).title).toBe("Delivering net zero for Scotland's buildings - Heat in Buildings Bill: consultation analysis");
  });

  it("nor a hub's status lines, run onto the title or below it", () => {
    const text = [
      'NTC Commercial Compensation Methodology Consultation Overview 2026 Open until 17 April 2026 0',
      'This consultation is open for responses',
      'Closes 17 Apr 2026 (8 days remaining)',
      'Summary',
    ].join('\n');
    expect(parse(text).title).toBe('NTC Commercial Compensation Methodology Consultation');
  });
});

// The four title misses left from earlier sets (CEER, held out 2; REC v2 and CMP191, held out 9; ESOS, held out 18), fixed
// in this round.
describe("a title's shorter or abbreviated copy printed first", () => {
  it('a short name with its reference in front gives way to the full title below that goes on from the name', () => {
    const text = [
      'PS-05 - Public Survey - Framework Guideline Review Process',
      '',
      '',
      'Framework Guideline Review Process - Public Questionnaire (for electricity and gas)',
      '',
      'ERGEG is undertaking a review of the process used for the development of framework guidelines during the interim period.',
    ].join('\n');
    expect(parse(text).title).toBe('Framework Guideline Review Process - Public Questionnaire (for electricity and gas)');
  });

  it("a site's lower-case copy that abbreviates words gives way to the document's own printing inside a run-on line", () => {
    const text = [
      'rec v2.0 and retail code consolidation',
      '',
      'TRANSCRIPT',
      '',
      'We will publish the non- confidential responses we receive alongside a decision on next steps on our website Retail Energy Code v2.0 and Retail Code Consolidation Publication date: 15 December 2020 Contact: Rachel Clark Team: Switching Programme',
    ].join('\n');
    expect(parse(text).title).toBe('Retail Energy Code v2.0 and Retail Code Consolidation');
  });

  it("a site's shorter name gives way to the fuller printing below it, with its abbreviation and the subtitle after its colon", () => {
    const text = [
      'Energy Savings Opportunity Scheme Consultation',
      '',
      'Energy Savings Opportunity',
      'Scheme (ESOS) consultation:',
      'Response Form',
      'Thank you for taking the time to respond to our consultation in implementation of the',
      'Energy Savings Opportunity Scheme (ESOS). A copy of the consultation document',
    ].join('\n');
    expect(parse(text).title).toBe('Energy Savings Opportunity Scheme (ESOS) consultation: Response Form');
  });

  it("a modification's own title, printed with its reference ahead of the stage box, beats the codes' names", () => {
    const text = [
      'Connection and Use of System Code (CUSC), Balancing and Settlement Code (BSC) & Grid Code',
      '',
      'Transcription',
      '',
      '1 Stage 03: Workgroup Connection and Use of System Code (CUSC), Balancing and Settlement Code (BSC) & Grid Code CMP191 & P271: NETSO Consultation in relation to any potential changes to the BSC/CUSC which takes place in forums other than the CUSC/BSC Modifications Panel What stage is this document at? Initial Written Assessment Workgroup Consultation',
    ].join('\n');
    expect(parse(text).title).toBe(
      'CMP191 & P271: NETSO Consultation in relation to any potential changes to the BSC/CUSC which takes place in forums other than the CUSC/BSC Modifications Panel',
    );
  });

  it('but a lower-case title the document never prints otherwise stays as it is', () => {
    const text = ['rec v2.0 and retail code consolidation', '', 'We are consulting on the schedules to the Retail Energy Code (REC) that enable retail code consolidation.'].join('\n');
    expect(parse(text).title).toBe('rec v2.0 and retail code consolidation');
  });
});

describe('a consultation that mentions its future analysis', () => {
  it('still reads the date responses must be received by', () => {
    const text = [
      'Heat network zoning: consultation',
      '',
      'We will publish a consultation analysis and our response once the consultation has closed.',
      '',
      'Responses must be received by 5pm on 1 June 2024.',
    ].join('\n');
    expect(parse(text).respondBy).toEqual({ date: '2024-06-01', time: '17:00' });
  });
});
