import { describe, expect, it } from 'vitest';
import { parseConsultation } from '../../../shared/import/parse-consultation';

// Shapes met in code administrators' documents (Elexon, National Grid, the Joint Office, SECAS), first seen in the
// ninth held-out set of the corpus; each test is written so that undoing its rule makes it fail.
const parse = (text: string) => parseConsultation(text, { id: 'code-admin' }).consultation;
const textsIn = (text: string): string[] => parse(text).questions.map((question) => question.text);

describe('response forms of the code administrators', () => {
  it('takes the line saying how to answer into an unlabelled table question, up to the next cell', () => {
    const text = [
      'P127 Assessment Consultation Questions',
      'Respondent: / Name',
      'Q / Question / Response / Rationale',
      'Do you believe Proposed Modification P127 better facilitates the achievement of the Applicable BSC Objectives?',
      'Please give rationale and state objective(s) / Yes / No',
      'Do you believe that an insolvent Party should be allowed to withdraw from the Code?',
      'Please give rationale / Yes / No',
    ].join('\n');
    expect(textsIn(text)).toEqual([
      'Do you believe Proposed Modification P127 better facilitates the achievement of the Applicable BSC Objectives? Please give rationale and state objective(s)',
      'Do you believe that an insolvent Party should be allowed to withdraw from the Code? Please give rationale',
    ]);
  });

  it('reads the one question of a response proforma, with the request after it and without the cell separator', () => {
    const text = [
      'CUSC Workgroup Consultation Response Proforma',
      'Respondent: / Please insert your name and contact details',
      'Company Name: / Please insert Company Name',
      'Do you believe that the proposed original or any of the alternatives better facilitate the Applicable CUSC Objectives? Please include your reasoning. /',
      '',
      'For reference, the Applicable CUSC objectives are:',
    ].join('\n');
    expect(textsIn(text)).toEqual([
      'Do you believe that the proposed original or any of the alternatives better facilitate the Applicable CUSC Objectives? Please include your reasoning.',
    ]);
    // The same lone question in a document that is not a response form is more likely a heading that asks.
    expect(textsIn(text.replace('Response Proforma', 'Summary').replace(/^(?:Respondent|Company Name):.*$/gm, ''))).toEqual([]);
  });

  it("does not read the form's own question about the response as a consultation question", () => {
    const text = [
      'P212 REPORT PHASE CONSULTATION QUESTIONS',
      'Respondent: Stuart Cotten Company Name: Drax Power Limited',
      'Role of Respondent Generator Does this response contain confidential information?',
    ].join('\n');
    expect(textsIn(text)).toEqual([]);
  });
});

describe('pages of frequently asked questions', () => {
  const faq = (numbers: readonly number[], questions: readonly string[]): string =>
    questions.map((question, index) => `${numbers[index]}. ${question}\n\nThe SECAS Helpdesk can help with this; see the guidance on our website for the details of the process.\n`).join('\n');
  const asked = ['Do you agree with the proposed timetable?', 'Do you agree with the proposed legal text?', 'Do you have any other comments?'];

  it('does not read a numbered list that counts down (newest first) as questions', () => {
    expect(textsIn(faq([34, 33, 32], asked))).toEqual([]);
    expect(textsIn(faq([1, 2, 3], asked))).toEqual(asked);
  });

  it('does not read numbered questions the reader asks ("How do I…?") as questions put to the reader', () => {
    const readerAsks = ['How do I receive invitations to SECAS webinars?', 'How can I make sure that I am complying with the SEC?', 'How do I appoint an Alternate?'];
    expect(textsIn(faq([1, 2, 3], readerAsks))).toEqual([]);
    // "we" in a question put to the reader is the consulting body, not the asker.
    const toTheReader = ['Do you agree that we should extend the deadline?', 'Do you agree that we should publish the data?', 'Do you have any other comments?'];
    expect(textsIn(faq([1, 2, 3], toTheReader))).toEqual(toTheReader);
  });
});

describe('covers printed by document-sharing sites and code administrators', () => {
  it('skips the site\'s file details ("2 views" is not a numbered heading ending the cover) and the stage box', () => {
    const text = [
      'final modification report · 4 4 enquiries@gasgover...',
      '',
      'Upload: others',
      '',
      'Post on 10-Oct-2020',
      '',
      '2 views',
      '',
      'Category:',
      '',
      '0 download',
      '',
      'TRANSCRIPT',
      '',
      'UNC 0723 (Urgent) Page 1 of 28 Version 2.0 Final Modification Report 30 April 2020',
      '',
      'UNC Final Modification Report At what stage is this document in the process?',
      '',
      'UNC 0723 (Urgent):',
      '',
      'Use of the Isolation Flag to identify sites with abnormal load reduction during COVID-19 period',
      '',
      'Purpose of Modification:',
    ].join('\n');
    expect(parse(text).title).toBe('UNC 0723 (Urgent): Use of the Isolation Flag to identify sites with abnormal load reduction during COVID-19 period');
  });

  it('does not take a running header with its page number as the title', () => {
    expect(parse('P127 Assessment ConsultationPage 1 of 3\nP127 Assessment Consultation Questions\nBSC Parties are invited to respond.').title).toBe(
      'P127 Assessment Consultation Questions',
    );
  });
});

describe('the response address', () => {
  it('is not an address a form about something else is sent to', () => {
    const expenses =
      'To make an expense claim, please complete the Sub-Committee Members Expense Form found here and send this to SECASFinance@gemserv.com. Please include scanned copies of your receipts.';
    expect(parse(expenses).responseEmail).toBe('');
    expect(parse('Please complete the response template and send this to sec.change@gemserv.com.').responseEmail).toBe('sec.change@gemserv.com');
  });
});

describe('questions printed inside a line', () => {
  it('reads numbered questions a table of collated responses prints in its header rows', () => {
    const text = [
      'Company Confidential/ 1. Do you understand the intent of the CP? Anonymous',
      'E.ON/ Non-confidential Yes',
      'Company Confidential/ 2. Are you supportive of the principles that support this CP? Anonymous',
      'EDF Energy Non-confidential Yes',
    ].join('\n\n');
    expect(parse(text).questions.map(({ label, text: body }) => [label, body])).toEqual([
      ['1.', 'Do you understand the intent of the CP?'],
      ['2.', 'Are you supportive of the principles that support this CP?'],
    ]);
  });

  it('keeps the request after the question and stops before the answer', () => {
    const text =
      'ANNEX 1 Response to specific questions 1. Information conflicts and synergies : a) Do you agree that there are unlikely to be material conflicts? If not, please explain your reasoning. Response: In summary, we do not believe that new conflicts arise.';
    expect(parse(text).questions.map(({ label, text: body }) => [label, body])).toEqual([
      ['a)', 'Do you agree that there are unlikely to be material conflicts? If not, please explain your reasoning.'],
    ]);
  });

  it('does not read numbered points inside prose that do not count from the first as questions', () => {
    expect(parse('The Panel noted two points: 3. Do the costs matter? and 4. Is the timetable realistic? Both were discussed.').questions).toEqual([]);
  });
});

describe('titles a sharing site cuts short or surrounds', () => {
  it("completes the site's shortened copy of the title from where the document prints it in full", () => {
    const text = [
      'Decision on extending the smart meter framework for data',
      '',
      'Decision on extending the smart meter',
      'framework for data access and privacy to',
      'Remote Access Meters',
      'Final decision',
      'Publication date:',
      '9 February 2015',
    ].join('\n');
    expect(parse(text).title).toBe('Decision on extending the smart meter framework for data access and privacy to Remote Access Meters');
  });

  it("skips the site's page header and file name, the stage box, and a bare date; a quotation left open goes on", () => {
    const text = [
      'p398 increasing access to bsc - elexon.co.uk',
      '',
      'Page 1: P398 Assessment Report · Version 1.0 · all BSC Parties',
      '',
      '1 October 2020',
      '',
      'Version 1.0',
      '',
      'Assessment Report',
      '',
      'Definition Procedure',
      '',
      'Initial Written Assessment',
      '',
      'P398 ‘Increasing access to BSC',
      '',
      'Data’',
      '',
      'P398 seeks to increase accessibility to data held by ELEXON.',
    ].join('\n');
    expect(parse(text).title).toBe('P398 ‘Increasing access to BSC Data’');
  });
});

describe('outcomes and decisions', () => {
  it('take no date to respond by from their account of the consultation', () => {
    const outcome = [
      'Open Networks WS2 P2&3 Consultation Outcome and Next Steps',
      '',
      'Workstream 2 published a joint consultation which was open for 8 weeks and closed on 25 September 2019.',
    ].join('\n');
    expect(parse(outcome).respondBy).toBeNull();
    const decision = [
      'Decision on statutory consultation on proposals to modify licence conditions',
      '',
      'On 30 April 2021 we published a statutory consultation and asked for any representations to be made on or before 1 June 2021.',
    ].join('\n');
    expect(parse(decision).respondBy).toBeNull();
    // The same sentence on the consultation's own page is its deadline.
    expect(parse('The consultation period for comments closed on 19 August 2016.').respondBy).toEqual({ date: '2016-08-19', time: null });
  });
});

describe('a title completed or trimmed', () => {
  it('is not completed from a sentence that mentions it', () => {
    const text = ['Open Networks Project', '', 'Flexibility Consultation 2020', '', "Launched in January 2017, ENA's Open Networks Project is laying the foundations for a smart grid."].join('\n');
    expect(parse(text).title).toBe('Open Networks Project');
  });

  it("leaves out the site's chrome, a page count, and the date and version printed after the title", () => {
    const text = ['Top Banner', 'Open Networks programme Consultation on high-level scope for 2022 October 2021 │Version 1', '51', '', 'Open Networks programme'].join('\n');
    expect(parse(text).title).toBe('Open Networks programme Consultation on high-level scope for 2022');
    expect(parse('Credit Assessment Price (CAP) consultation: 4 February 2019\n\nWho will this impact?').title).toBe('Credit Assessment Price (CAP) consultation: 4 February 2019');
  });
});

describe('a blog post about a consultation', () => {
  it('does not take the post\'s date line as its title', () => {
    const text = 'Sunday, July 03, 2011\n\nLast chance to respond to National Grid Undergrounding consultation\n\nThe closing date is the 4th July.';
    expect(parse(text).title).toBe('Last chance to respond to National Grid Undergrounding consultation');
  });
});

describe('a code administrator\'s own pages', () => {
  it('skip a breadcrumb for the title and do not take the address for raising a modification as the response address', () => {
    const text = [
      'About SEC Change »',
      '',
      'About SEC Change',
      '',
      'How do I raise a modification?',
      '',
      'To submit a Draft Proposal, you can email the issue you have identified to us at sec.change@gemserv.com. We will then work with you to develop your problem statement into a full proposal.',
    ].join('\n');
    const consultation = parse(text);
    expect(consultation.title).toBe('About SEC Change');
    expect(consultation.responseEmail).toBe('');
    expect(consultation.questions).toEqual([]);
  });
});

describe('the feedback address', () => {
  it('reads "We welcome your thoughts at:" as where responses go', () => {
    expect(parse('We want your feedback. We welcome your thoughts at: gary.stokes@nationalgrid.com').responseEmail).toBe('gary.stokes@nationalgrid.com');
  });
});

describe('a page of one frequently asked question', () => {
  const answer =
    'Smart metering will bring significant benefits to consumers and the wider energy system. Once installed, energy suppliers are required under their licence to take all reasonable steps to maintain the smart metering system.';

  it('is not read as a consultation asking its heading', () => {
    const text = `Q19) If the consumer does not want smart meter functionality, is there a process in place if they have a dormant SMETS1 meter?\n\n${answer}`;
    expect(parse(text).questions).toEqual([]);
  });

  it('still leaves a form whose first line is its question, with no answer below, as a question', () => {
    expect(parse('Q1) Do you agree with the proposed timetable?\n\nPlease explain your reasons.').questions.map(({ label }) => label)).toEqual(['Q1']);
    // A question further down the page is not the page's heading.
    expect(parse(`Reply form\n\nQ1) Do you agree with the proposed timetable?\n\n${answer}`).questions.map(({ label }) => label)).toEqual(['Q1']);
  });
});
