import { describe, expect, it } from 'vitest';
import { parseConsultation } from '../../../shared/import/parse-consultation';

// Shapes first met in the twenty-seventh held-out set of the corpus (response forms, questionnaires and pages that ask
// nothing, scored on the parser as on main); each test is written so that undoing its rule makes it fail. The wording is
// taken from those documents.
const parse = (text: string) => parseConsultation(text, { id: 'held-out-27' }).consultation;
const texts = (text: string): string[] => parse(text).questions.map((question) => question.text);

describe('unlabelled survey questions, each with its answer options below', () => {
  it('keep the note on how to answer that follows the question mark', () => {
    const text = [
      'Which of the following best describes your household’s electricity service?',
      '- I pay the electric bill for my household',
      '- Someone else pays the electric bill for my household',
      'Which demand response option(s) are you currently enrolled in? Select all that apply.',
      '- Time-of-Use (TOU) rate',
      '- Other',
      'If you are enrolled in any demand response program, how satisfied are you overall? (If not enrolled, please skip.)',
      'What works well, and what could be improved about any program you’re enrolled in? (Optional)',
      'Max 600 chars',
    ].join('\n');
    expect(texts(text)).toEqual([
      'Which of the following best describes your household’s electricity service?',
      'Which demand response option(s) are you currently enrolled in? Select all that apply.',
      'If you are enrolled in any demand response program, how satisfied are you overall? (If not enrolled, please skip.)',
      'What works well, and what could be improved about any program you’re enrolled in? (Optional)',
    ]);
  });

  it('may open with a short phrase and a comma', () => {
    const text = [
      'Before today, were you aware that electricity has peak hours when demand and costs are higher?',
      'Which statement best describes your familiarity with demand response (programs that shift or reduce use during peak times)?',
      '- I currently participate in a demand response program',
      '- This is new to me',
    ].join('\n');
    expect(texts(text)).toEqual([
      'Before today, were you aware that electricity has peak hours when demand and costs are higher?',
      'Which statement best describes your familiarity with demand response (programs that shift or reduce use during peak times)?',
    ]);
  });

  it('may ask twice in one point, the second question going on from the first', () => {
    const text = [
      'Members of the public and stakeholders will have the chance to fill in a survey, with questions that will include:',
      '- What are your general views on the idea of a Scottish publicly owned energy company and what role should it fulfil?',
      '- How can it be best designed to align with wider Scottish energy policy objectives, and to avoid potential policy conflicts?',
      '- Should it be more than solely a licensed energy supply company? Should it have a direct role in energy generation?',
      'The survey can be found here, with further information. The consultation closes on 13 September.',
    ].join('\n');
    expect(texts(text)).toEqual([
      'What are your general views on the idea of a Scottish publicly owned energy company and what role should it fulfil?',
      'How can it be best designed to align with wider Scottish energy policy objectives, and to avoid potential policy conflicts?',
      'Should it be more than solely a licensed energy supply company? Should it have a direct role in energy generation?',
    ]);
  });

  it('may be wrapped over lines of its own, even where its first line was taken for a heading', () => {
    const text = [
      'of the following questions: Offer option to proceed or go to',
      '“Recommend an appropriate respondent” page. If the respondent selects “proceed,” a message must be sent',
      'as an alert to reviewers of the responses and for follow-up.',
      '\t\t\t\tDoes your company provide',
      '\t\t\t\tresidential customer access to information about how much',
      '\t\t\t\telectricity they have used? ',
      '\t\t\t\t ',
      '\t\t\t\t\tYesNoOur company does not serve',
      '\t\t\t\t\tresidential customers.I don’ t know ',
      ' ',
      '\t\t\t\tWhat type of electricity',
      '\t\t\t\tdata do you offer to residential customers? Select all',
      '\t\t\t\tthat apply. ',
      '\t\t\t\t ',
      '\t\t\t\t\tConsumption (kWh)Demand (kW) ',
    ].join('\n');
    expect(texts(text)).toEqual([
      'Does your company provide residential customer access to information about how much electricity they have used?',
      'What type of electricity data do you offer to residential customers? Select all that apply.',
    ]);
  });
});

describe("questions about the respondent on a consultation's response form", () => {
  const form = [
    'Apprenticeships Levy Consultation response',
    'form',
    'The closing date for this consultation is 2 October 2015.',
    'Please return completed forms to:',
    'apprenticeshipslevyconsultation@bis.gsi.gov.uk',
    'What is your name?',
    'Matthew Creagh',
    'What is your job title?',
    'Policy Officer, unionlearn with the TUC',
    'What is the name of your organisation?',
    'TRADES UNION CONGRESS',
    'Where are you based?',
    'England',
    'If you are responding as an employer, which sector of the economy are you in?',
    'Energy & water',
  ].join('\n');

  it('are details, not questions, even when the form asks nothing else', () => {
    expect(parse(form).questions).toEqual([]);
  });

  it('include the job title, the name of the organisation, where it is based and questions only for some kinds of respondent', () => {
    const withSubject = `${form}\nDo you agree with the proposed approach to the levy?`;
    expect(texts(withSubject)).toEqual(['Do you agree with the proposed approach to the levy?']);
  });

  it('include whether the respondent wants to be heard at the hearings', () => {
    const text = [
      'Community housing',
      '',
      'Do you support rates being used to subsidise rents for DCC’s community housing?',
      'Should the DCC build more community housing units?',
      '',
      'Hearings',
      '',
      'Do you want to speak to Councillors at the hearings? (required)',
    ].join('\n');
    expect(texts(text)).toEqual([
      'Do you support rates being used to subsidise rents for DCC’s community housing?',
      'Should the DCC build more community housing units?',
    ]);
  });
});

describe('a numbered question the text stops in the middle of', () => {
  it('is not returned when it opens as a question and never asks, where the others all ask', () => {
    const text = [
      'CHAPTER 4: How the CAA is considering revising the airspace change process',
      '1. Will the new process gateways improve the airspace change process?',
      'Please give reasons for your answer.',
      'As you have provided.',
      'Proposals for Stage 1',
      '2. Should the sponsor engage local stakeholders to agree design principles for the airspace change?',
      'Please give reasons for your answer.',
      '3. What types of data would you find ',
    ].join('\n');
    expect(parse(text).questions.map((question) => question.label)).toEqual(['1.', '2.']);
  });
});

describe('contents run into one line', () => {
  it('never gives questions, wherever the line ends', () => {
    const text = [
      'Review of the Feed-in Tariffs Scheme',
      '',
      'Government Response',
      '',
      '3',
      '',
      'Question 18 – Obligation for generators to have a smart meter before applying for FITs ... 75 Question 19 – Remote reading of generation meters ...... 79 4. Effects off the Feed-in Tariffs scheme on gri',
    ].join('\n');
    expect(parse(text).questions).toEqual([]);
  });
});

describe("a questionnaire's letter-and-number labels run into one line", () => {
  const line =
    'Page 1 of 25 DECC FUEL POVERTY - FINAL QUESTIONNAIRE Please note: there has been some disclosure control applied to the dataset so the questionnaire may not exactly reflect the data. SECTION A: HOME AND HOUSEHOLD To begin with, I want to ask some questions about how energy is used in your home A1 How long have you lived in this home? PROMPT IF NECESSARY 1. Up to 12 months 2. Longer than 12 months but less than 2 years 3. Over 2 but less than 5 years A2 And for how much longer do you expect to stay in this home? PROMPT IF NECESSARY 1. Up to 12 months 6. Don’t know/it depends A3 SHOWCARD A1 Do you live with any of these? NOTE: Students/other people are not counted as household members if they are away from the household for more than 6 months of the year. 1. Spouse or partner 8. Live alone A4 In your home do you have …READ OUT SINGLE CODE ONLY. 1. Mains gas only 2. Mains electricity only 5. Don’t Know UK Data Archive Study Number 8300';

  it('are read as a sequence counting up from 1, each question without the interviewer’s instructions in capitals', () => {
    expect(parse(line).questions.map((question) => [question.label, question.text])).toEqual([
      ['A1', 'How long have you lived in this home?'],
      ['A2', 'And for how much longer do you expect to stay in this home?'],
      ['A3', 'Do you live with any of these?'],
      ['A4', 'In your home do you have …'],
    ]);
  });

  it('are not read when they do not count up from 1 (a paper size, a mention)', () => {
    const text = `${'Please print the attached form on A4 Paper and return it by post. '.repeat(3)}Is there anything on A3 Paper that you would change? Send it to the address below.`;
    expect(parse(text).questions.map((question) => question.label)).not.toContain('A4');
    expect(parse(text).questions.map((question) => question.label)).not.toContain('A3');
  });
});

describe('titles behind a sharing or listing site', () => {
  it('prefer the document’s own printing to the site’s line that runs the file’s address into it', () => {
    const text = [
      '25',
      'Page 1 of 25 DECC FUEL POVERTY - FINAL QUESTIONNAIRE Please note: there has been some disclosure control applied to the dataset so the questionnaire may not exactly reflect the data. SECTION A: HOME AND HOUSEHOLD To begin with, I want to ask some questions about how energy is used in your home.',
      '',
      'DECC FUEL POVERTY - FINAL QUESTIONNAIREdoc.ukdataservice.ac.uk/doc/8300/mrdoc/pdf/8300_questionnaire.pdf · DECC FUEL POVERTY - FINAL QUESTIONNAIRE Please note: there has been some',
      '',
      'Page 1 of 25',
      '',
      'DECC FUEL POVERTY - FINAL QUESTIONNAIRE',
    ].join('\n');
    expect(parse(text).title).toBe('DECC FUEL POVERTY - FINAL QUESTIONNAIRE');
  });

  it('skip the site’s download controls and join a last word the document also prints on the title’s line', () => {
    const text = [
      'Download as pdf or txt',
      'Download as pdf or txt',
      'You are on page 1of 140',
      '',
      'Consultation',
      '',
      'RIIO-3 Sector Specific Methodology Consultation - Overview',
      '',
      '',
      'Document',
      '',
      'Publication date: 13 December 2023',
      '',
      'Response deadline: 6 March 2024',
      '',
      'OFG1163',
      'Consultation – RIIO-3 Sector Specific Methodology Consultation - Overview Document',
    ].join('\n');
    expect(parse(text).title).toBe('RIIO-3 Sector Specific Methodology Consultation - Overview Document');
  });

  it('skip a listing site’s status and source lines', () => {
    const text = [
      'CONSULT.Outcome publishedConsultation · gov.uk',
      'Consultation on new Smart Energy Code content and related licence amendments – July 2015',
      'Consultation on proposed legal drafting for the Smart Energy Code, or gas and electricity supply licences, to support smart metering.',
      'Last fetched 03 May 2026 · gov.uk',
    ].join('\n');
    expect(parse(text).title).toBe('Consultation on new Smart Energy Code content and related licence amendments – July 2015');
  });

  it('take the document’s title below a site’s "advertisement" line, before its first sentence of prose', () => {
    const text = [
      'TUC unionlearn Apprenticeship Levy submission',
      '',
      'advertisement',
      'Apprenticeships Levy Consultation response',
      'form',
      'The department may, in accordance with the Code of Practice on Access to',
      'Government Information, make available, on public request, individual responses.',
      'The closing date for this consultation is 2 October 2015.',
    ].join('\n');
    expect(parse(text).title).toBe('Apprenticeships Levy Consultation response form');
  });
});

describe('deadlines the text takes back', () => {
  it('a deadline the next paragraph moves to no date is no deadline', () => {
    const text = [
      'Environmental Audit Committee',
      '',
      '22 January 2002',
      '',
      'A Sustainable Energy Strategy?',
      '',
      "In our press release dated 3rd December 2001, we set a deadline of 25th January for written evidence on the Committee's Sustainable Energy Inquiry.  This deadline was originally set to enable respondents to take account in their memoranda of the PIU report on energy.",
      '',
      'In the light of the on-going delay and availability of the PIU report, we are now proposing to extend this deadline to 3 weeks after the energy report becomes publicly available.',
    ].join('\n');
    expect(parse(text).respondBy).toBeNull();
  });

  it('but the new date it is moved to is', () => {
    const text = [
      'Environmental Audit Committee',
      '',
      'We set a deadline of 25 January 2002 for written evidence on the inquiry.',
      '',
      'We have now extended this deadline to 15 February 2002 for written evidence.',
    ].join('\n');
    expect(parse(text).respondBy).toEqual({ date: '2002-02-15', time: null });
  });

  it('a date without a year takes none from a year something is to be done by', () => {
    const text = [
      'MSPs are to examine the feasibility of a Scottish state-owned energy company.',
      'First Minister Nicola Sturgeon has said the government intends to set up such an energy company by the end of this parliament in 2021 with the aim of providing competitively priced energy and cutting fuel poverty.',
      'Interested organisations and individuals can submit their views to the committee until September 13.',
    ].join('\n');
    expect(parse(text).respondBy).toBeNull();
  });
});

describe('a title that asks', () => {
  it('takes its subtitle set on the line below', () => {
    const text = [
      'Environmental Audit Committee',
      '',
      '22 January 2002',
      '',
      'A Sustainable Energy Strategy?',
      '',
      ' Renewables and the PIU review',
      '',
      '',
      "In our press release dated 3rd December 2001, we set a deadline of 25th January for written evidence on the Committee's Sustainable Energy Inquiry.",
    ].join('\n');
    expect(parse(text).title).toBe('A Sustainable Energy Strategy? Renewables and the PIU review');
  });
});
