import { describe, expect, it } from 'vitest';
import { parseConsultation } from '../../../shared/import/parse-consultation';

// Shapes first met in the thirty-second held-out set of the corpus (documents from outside the UK: FERC notices, AEMC, AEMO
// and Productivity Commission pages, New Zealand MBIE, EIOPA, a Canadian NEB page), scored on the parser as on main; each
// test is written so that undoing its rule makes it fail. The wording is taken from those documents.
const parse = (text: string) => parseConsultation(text, { id: 'held-out-32' }).consultation;

describe('deadlines worded in other ways', () => {
  it('reads "are due" as a date to respond by ("Comments on this NOI are due on November 22, 2005", "Submissions are due on …")', () => {
    const notice = [
      'Preventing Undue Discrimination and Preference in Transmission Services',
      '',
      'DATES: Comments on this NOI are due on November 22, 2005.',
    ].join('\n');
    expect(parse(notice).respondBy).toEqual({ date: '2005-11-22', time: null });
    const release =
      'The Commission is seeking stakeholder views on these proposals which, combined with further analysis, will inform the next stage of this review. Submissions are due on 27 January 2012.';
    expect(parse(release).respondBy).toEqual({ date: '2012-01-27', time: null });
  });

  it('prefers the date that is due to one told as past or superseded ("were due by", "was scheduled to close on")', () => {
    const inquiry = [
      'Productivity Inquiry',
      '',
      'Initial submissions were due by 23 March 2022.',
      '',
      'You are invited to examine this initial interim report.',
      '',
      'Final submissions are due by Friday 7 October 2022.',
    ].join('\n');
    expect(parse(inquiry).respondBy).toEqual({ date: '2022-10-07', time: null });
    const extended = [
      'Notice of Extension to the closing date for submissions on the Procedure Change Proposal',
      'The closing date for submissions on the Dispatch Settlement and Monitoring Data Procedure Change Proposal has been extended to 5 March 2025 in accordance with clause 2.10.17(b) of the WEM Rules.',
      'This procedure opened for consultation on 22 January 2025 and the consultation process was scheduled to close on 20 February 2025.',
    ].join('\n');
    expect(parse(extended).respondBy).toEqual({ date: '2025-03-05', time: null });
  });

  it('reads a timetable row that names what closes, with its cell bars, and the date on the next line', () => {
    const text = [
      'The Consultation Process',
      'The consultation process is outlined below. Dates are indicative only and subject to change.',
      'Process Stage | Date |',
      '---|---|',
      'Publication of Procedure Change Proposal |',
      '30 October 2024 |',
      'Closing date for submissions on Procedure Change Proposal |',
      '28 November 2024 |',
      'Publication of Procedure Change Report |',
      '20 December 2024 |',
    ].join('\n');
    expect(parse(text).respondBy).toEqual({ date: '2024-11-28', time: null });
  });
});

const questions = (text: string): [string, string][] => parse(text).questions.map((question) => [question.label, question.text]);

describe('questions on reply forms and pages', () => {
  const questionnaire = [
    'Q1.  Please provide an estimate of the additional resources (in person weeks) that are likely to be required to implement the requirements of the proposed long-term guarantee package (please insert the respective numbers into the foreseen sheet in the reporting template and use the below input field for commenting text where appropriate):',
    '',
    '(i)  to develop appropriate systems and processes for their implementation (i.e. the resources for initial implementation), and',
    '',
    '<QS1i',
    '',
    '</QS1i>',
    '',
    '(ii)  to carry out a valuation each year of the measures in accordance with the methodology proposed (i.e. the on-going resource required each year).',
    '',
    '<QS1ii>',
    '',
    '</QS1ii>',
    '',
    'Q2.  Which elements of the proposed LTG package do you expect to be most time and resource consuming in terms of implementation? Please provide details.',
    '',
    '<QS2>',
    '',
    '</QS2>',
    '',
    'Q3.  What level of resources (in person weeks) was required to complete the technical assessment? (please insert the respective numbers into the foreseen sheet in the reporting template and use the below input field for commenting text where appropriate)',
    '',
    '<QS3>',
    '',
    '</QS3>',
    '',
    'Q4.  On what aspect(s) of the technical specifications did you dedic',
  ].join('\n');

  it('keeps the parts of a request that a reply form’s answer tags stand between ("(i) …" / "<QS1i" / "(ii) …")', () => {
    expect(questions(questionnaire)[0]?.[1]).toMatch(/\(i\) to develop .* \(ii\) to carry out a valuation each year .* required each year\)\.$/);
  });

  it('drops a question the excerpt cut off at its end ("On what aspect(s) … did you dedic") where the others end as sentences do', () => {
    expect(questions(questionnaire).map(([label]) => label)).toEqual(['Q1', 'Q2', 'Q3']);
  });

  it('takes no questions from a page’s menu: a heading that asks and a bullet under it that asks too ("What is an inquiry?" / "• Why the inquiry?")', () => {
    const text = [
      'Productivity Inquiry',
      '',
      'Make a submission',
      'What is an inquiry?',
      '',
      '  • Why the inquiry?',
      '  • Call for submissions',
      '  • Interim reports',
      '  • Final report',
      '',
      'What we’ve been asked to look at',
      '',
      'The Productivity Commission has been asked to review Australia’s productivity performance and recommend an actionable roadmap to assist governments to make productivity-enhancing reforms.',
    ].join('\n');
    expect(questions(text)).toEqual([]);
  });

  it('takes no questions from a list of the documents comments are invited on ("comments on the following documents (attached):")', () => {
    const text = [
      'The National Energy Board (NEB) is issuing, for comment, draft Interim Guidance to address changes that will occur once Bill C-69 is brought into force. The NEB is interested in receiving comments on the following documents (attached):',
      '',
      '  • draft interim guidance on new “factors to be considered” in the legislation (gender-based analysis, effects on Indigenous rights, Canada’s climate change commitments and environmental obligations); and',
      '  • the draft CER Early Engagement Guide.',
      '',
      'Comment Process',
    ].join('\n');
    expect(questions(text)).toEqual([]);
  });
});

describe('titles of notices and archived pages', () => {
  it('skip a Federal Register notice’s bracketed filing lines, its agency lines and its citation ("18 CFR Chapter I")', () => {
    const text = [
      '[Federal Register Volume 70, Number 184 (Friday, September 23, 2005)]',
      '[Proposed Rules]',
      '[Pages 55796-55805]',
      'From the Federal Register Online via the Government Publishing Office [www.gpo.gov]',
      '[FR Doc No: 05-19003]',
      '',
      '',
      '=======================================================================',
      '-----------------------------------------------------------------------',
      '',
      'DEPARTMENT OF ENERGY',
      '',
      'Federal Energy Regulatory Commission',
      '',
      '18 CFR Chapter I',
      '',
      '[Docket No. RM05-25-000]',
      '',
      '',
      'Preventing Undue Discrimination and Preference in Transmission ',
      'Services',
      '',
      'September 16, 2005.',
    ].join('\n');
    expect(parse(text).title).toBe('Preventing Undue Discrimination and Preference in Transmission Services');
  });

  it('skip a sharing site’s file lines ("Date post:", "View: 0 times", "Share this document with a friend") and leave the notice’s date in brackets below its title', () => {
    const text = [
      'Date post: 20-Mar-2020',
      'Category:',
      'Upload: others',
      'View: 0 times',
      'Download: 0 times',
      'Share this document with a friend',
      '51',
      '',
      '166 FERC ¶ 61,208 UNITED STATES OF AMERICA',
      '',
      'FEDERAL ENERGY REGULATORY COMMISSION',
      '',
      '[Docket No. PL19-3-000]',
      '',
      'Inquiry Regarding the Commission’s Electric Transmission Incentives Policy',
      '',
      '(March 21, 2019)',
      '',
      'AGENCY: Federal Energy Regulatory Commission.',
      '',
      '166 FERC ¶ 61,208 UNITED STATES OF AMERICA FEDERAL ENERGY REGULATORY COMMISSION [Docket No. PL19-3-000] Inquiry Regarding the Commission’s Electric Transmission Incentives Policy (March 21, 2019) AGENCY: Federal Energy Regulatory Commission.',
    ].join('\n');
    expect(parse(text).title).toBe('Inquiry Regarding the Commission’s Electric Transmission Incentives Policy');
  });

  it('leave out an archive’s status before the title and a legal site’s page range and document number after it', () => {
    const archived = ['ARCHIVED – For Comment – Draft Interim Filing Guidance and Early Engagement Guide', '', 'This page has been archived on the Web'].join('\n');
    expect(parse(archived).title).toBe('For Comment – Draft Interim Filing Guidance and Early Engagement Guide');
    const notice = ['Fuel Retention Practices of Natural Gas Companies, 55762-55765 [E7-19386]', '', 'Download as PDF 55762 Federal Register / Vol. 72, No. 189 / Monday, October 1, 2007 / Notices'].join('\n');
    expect(parse(notice).title).toBe('Fuel Retention Practices of Natural Gas Companies');
  });

  it('leave out a cover’s reference and date that a sharing site runs in front of the title ("EBF_018538H 10 November 2015 EBF reply to …")', () => {
    const text = [
      '21',
      'EBF_018538H 10 November 2015 EBF reply to the Consultation Paper on PRIIPs Key Information Documents',
      '',
      'Embed Size (px)',
      '',
      'Citation preview',
    ].join('\n');
    expect(parse(text).title).toBe('EBF reply to the Consultation Paper on PRIIPs Key Information Documents');
  });
});

describe('a parliament’s order paper', () => {
  const transcript = [
    'Parliament: Questions And Answers- 13 February 2025',
    'Sitting date: 13 February 2025',
    'ORAL QUESTIONS',
    'QUESTIONS TO MINISTERS',
    'Question No. 1—Māori Development',
    'SPEAKER: Hang on. We’ve got a point of order.',
    '1. TĀKUTA FERRIS (Te Pāti Māori —Te Tai Tonga) to the Minister for Māori Development: Does he believe this Government is upholding its obligations to Māori under Te Tiriti o Waitangi?',
    'Hon TAMA POTAKA (Minister for Māori Development): Āna, yes. In the past week alone, we’ve seen many examples of this Government upholding the responsibilities under Te Tiriti o Waitangi.',
  ].join('\n');

  it('takes no question from a member’s numbered question to a Minister ("1. … (party—electorate) to the Minister for …: Does he …?")', () => {
    expect(questions(transcript)).toEqual([]);
  });

  it('ends the title at a cover detail named "<something> date:" ("Sitting date: 13 February 2025")', () => {
    expect(parse(transcript).title).toBe('Parliament: Questions And Answers- 13 February 2025');
  });
});
