import { describe, expect, it } from 'vitest';
import { parseConsultation } from '../../../shared/import/parse-consultation';

function deadlineOf(text: string) {
  const { consultation, findings } = parseConsultation(text, { id: 'deadline' });
  const printed = (span: { start: number; end: number } | null) => (span ? text.slice(span.start, span.end) : null);
  return {
    respondBy: consultation.respondBy,
    confidence: findings.respondBy.confidence,
    printed: printed(findings.respondBy.span),
    alternatives: (findings.respondBy.alternatives ?? []).map(printed),
  };
}

describe('deadline phrasings real consultations use', () => {
  it.each([
    ['The deadline for receipt of your response is 25 February 2016.', { date: '2016-02-25', time: null }],
    ['The closing date for this consultation is Friday, 12 November 2021.', { date: '2021-11-12', time: null }],
    ['Deadline for response: 28 October 2010', { date: '2010-10-28', time: null }],
    ['We are inviting responses to this consultation by 19April 2021', { date: '2021-04-19', time: null }],
    ['Consultation closes: 18/03/15', { date: '2015-03-18', time: null }],
    ['Responses can be submitted between 9am on 14/07/2022 and 5pm on 02/09/2022.', { date: '2022-09-02', time: '17:00' }],
    ['Our consultation ran from 11 December 2023 for 14 weeks until midnight 17 March 2024.', { date: '2024-03-17', time: '23:59' }],
    ['1.5. The consultation ran from 24 January until 30 May 2017.', { date: '2017-05-30', time: null }],
    ['Please send your response by noon on 3 May 2022.', { date: '2022-05-03', time: '12:00' }],
    ['Closed 8 Mar 2024', { date: '2024-03-08', time: null }],
    ['E-mail responses to reach us no later than 4 July 2012.', { date: '2012-07-04', time: null }],
    // The space after "by" lost in extraction (a National Grid CUSC response proforma).
    ['Please send your responses by5pm on 31 July 2015 to the CUSC team.', { date: '2015-07-31', time: '17:00' }],
    // A closed consultation's page says when it closed (the Utility Regulator, Northern Ireland).
    ['The consultation period for comments on the Approach document closed on 19 August 2016.', { date: '2016-08-19', time: null }],
    // Statutory consultations ask for "representations or objections" (the Utility Regulator, Northern Ireland).
    ['Representations or objections with respect to the proposed modification may be made on or before 24th July 2009 to:', { date: '2009-07-24', time: null }],
  ])('reads "%s"', (text, respondBy) => {
    expect(deadlineOf(text).respondBy).toEqual(respondBy);
  });

  it('reads a label a PDF table split over lines', () => {
    expect(deadlineOf(['Response', '', 'deadline', '', '4 September 2020 Tel: 020 7901 7000'].join('\n')).respondBy).toEqual({ date: '2020-09-04', time: null });
  });

  it('gives a date without a year the year of the issue date, or the next one after it', () => {
    expect(deadlineOf('Date of issue: 21 October 2020\n\nPlease respond by 1600 on 12 November.').respondBy).toEqual({ date: '2020-11-12', time: '16:00' });
    expect(deadlineOf('Date of issue: 21 October 2020\n\nPlease respond by 5pm Thursday 14 January.').respondBy).toEqual({ date: '2021-01-14', time: '17:00' });
  });

  it('does not read a date without a year when nothing says which year it is', () => {
    expect(deadlineOf('Please respond by 1600 on 12 November.').respondBy).toBeNull();
    expect(deadlineOf('Response deadline: 25 June 12.30pm\n\nThe cap came in at the end of 2018; it was reviewed in 2019.').respondBy).toBeNull();
  });

  it('gives a labelled date without a year the one year a cover page names, when it prints no full date', () => {
    const text = 'Publication date: 25 May Contact: Anna Rossington Response deadline: 25 June 12.30pm Team: Retail Price Regulation\n\nThe default tariff cap will come into force at the end of 2018.';
    expect(deadlineOf(text).respondBy).toEqual({ date: '2018-06-25', time: '12:30' });
  });

  it('reads a label alone on its line with the time and date on the next (GOV.UK consultation details)', () => {
    const text = ['Issued:', '', '8 August 2025', '', 'Respond by:', '', '11:59pm on 3 October 2025', '', 'Enquiries by email to:'].join('\n');
    expect(deadlineOf(text)).toMatchObject({ respondBy: { date: '2025-10-03', time: '23:59' }, printed: '11:59pm on 3 October 2025' });
  });

  it('prefers the period the consultation is open over the closing date for registering for a drop-in session', () => {
    const text = [
      'We are consulting on our proposals between 14 September 2020 and 26 October 2020.',
      '',
      'PLEASE NOTE: The closing date for registering for the planned drop-in session is Monday 5 October at 9.00am.',
    ].join('\n');
    expect(deadlineOf(text).respondBy).toEqual({ date: '2020-10-26', time: null });
  });

  it('gives a date without a year the year of the full date in its own sentence, not of an earlier full date', () => {
    const text = [
      '(vi) extending the TMAD expiry date to be 31 December 2022.',
      '',
      'Please send us your comments by 1600 on 12 November via as we’re aiming to conclude on this consultation by 26 November 2021.',
    ].join('\n');
    expect(deadlineOf(text).respondBy).toEqual({ date: '2021-11-12', time: '16:00' });
  });

  it('reads "End Date" on a council listing', () => {
    expect(deadlineOf('Start Date 22 August 2018 End Date 17 October 2018 Consultation To gather comments and feedback on the proposals.').respondBy).toEqual({
      date: '2018-10-17',
      time: null,
    });
  });

  it('reads "closes on the 25th August" in the year of the issue date', () => {
    const text = 'DECC published a consultation on 1 July 2014.\n\nThe consultation closes on the 25th August and responses should be sent to:';
    expect(deadlineOf(text).respondBy).toEqual({ date: '2014-08-25', time: null });
  });

  it("reads a consultation hub's open period, alone on its line, as closing on its second date, below any worded deadline", () => {
    expect(deadlineOf(['Questions', '', '9 March 2021 - 5 May 2021', '', 'This poll will give a quick overview.'].join('\n')).respondBy).toEqual({ date: '2021-05-05', time: null });
    expect(deadlineOf(['9 March 2021 - 5 May 2021', '', 'Please respond by 30 April 2021.'].join('\n')).respondBy).toEqual({ date: '2021-04-30', time: null });
  });

  it('prefers the date for the whole consultation over one for a single question', () => {
    const text = [
      'We would welcome early views on Question 2 by 1 November 2021.',
      '',
      'The closing date for this consultation is Friday, 12 November 2021.',
    ].join('\n');
    expect(deadlineOf(text).respondBy).toEqual({ date: '2021-11-12', time: null });
  });

  it('says it is unsure, and shows both, when two dates are worded as strongly', () => {
    const text = [
      'The deadline for the submission of written evidence is Friday 15 October 2010.',
      '',
      'NOTES ON SUBMISSION OF WRITTEN EVIDENCE',
      '',
      'Hard copy submissions should be sent to the Clerk. The deadline is Monday 6 September 2010.',
    ].join('\n');
    const found = deadlineOf(text);
    expect(found.confidence).toBe('low');
    expect([found.printed, ...found.alternatives].sort()).toEqual(['Friday 15 October 2010', 'Monday 6 September 2010']);
  });

  it('is sure when only one date is worded as a deadline', () => {
    const found = deadlineOf('This consultation closes at 11:59pm on 25 September 2023.');
    expect(found.confidence).toBe('high');
    expect(found.alternatives).toEqual([]);
  });
});

describe('the title, past navigation, status and organisation lines', () => {
  const titleOf = (text: string): string => parseConsultation(text, { id: 'title' }).consultation.title;

  it.each([
    [['Skip to main content', 'Menu', '', 'New one-off session: the Effect on Energy Usage', '', '21 September 2010'], 'New one-off session: the Effect on Energy Usage'],
    [['Consultation outcome', '', 'The future ownership of Elexon', '', 'Updated 23 March 2023'], 'The future ownership of Elexon'],
    [['Closed call for evidence', '', 'Capacity Market: consumer-led flexibility (HTML)', '', 'Published 16 December 2024'], 'Capacity Market: consumer-led flexibility (HTML)'],
    [['Open Search Partner with DCC', '', 'SMETS1 Consultation – Various 1', '', 'A SMETS1 consultation on a proposal by DCC.'], 'SMETS1 Consultation – Various 1'],
    [['Health and Safety Executive', 'Proposals for amendment of the Contained Use Regulations 2000', '', 'Completing this questionnaire'], 'Proposals for amendment of the Contained Use Regulations 2000'],
    [['Number: WG39405', '', 'Whelk Management Measures 2020', '', 'Date of issue: 16 March 2020'], 'Whelk Management Measures 2020'],
    [['Smart prepayment for a smarter market: our', '', 'proposals', '', 'Consultation'], 'Smart prepayment for a smarter market: our proposals'],
    [['Response to the Consultation on Alternative', 'Home Area Network (HAN) Solutions', 'Please use this template to respond to the consultation. It will help us.'], 'Response to the Consultation on Alternative Home Area Network (HAN) Solutions'],
    [['Skip to main content', "Unfortunately, you can't participate in this project anymore because it has been archived", '', 'Quick poll on the draft Plan', '', 'The poll asked if respondents agreed.'], 'Quick poll on the draft Plan'],
    [['DELIVERING A SMART SYSTEM - Consultation on a Smart Meter Policy Framework post 2020', '←', '→', 'Page content transcription', 'If your browser does not render page correctly, please read the page content below'], 'DELIVERING A SMART SYSTEM - Consultation on a Smart Meter Policy Framework post 2020'],
    [['Default Tariff Cap: Policy Consultation Appendix 6 ... · Default Tariff Cap: Policy Consultation...', '', 'Default Tariff Cap: Policy Consultation Appendix 6 – Wholesale costs', '', 'Overview: The energy market works well.'], 'Default Tariff Cap: Policy Consultation Appendix 6 – Wholesale costs'],
  ])('%j has the title "%s"', (lines, title) => {
    expect(titleOf(lines.join('\n'))).toBe(title);
  });
});

describe('the response address', () => {
  it('is the one after the person responses go to', () => {
    const text = 'We welcome your views on our proposals. Please send responses to Laura Nell (smartermarkets@ofgem.gov.uk) by 20 January 2016.';
    expect(parseConsultation(text, { id: 'address' }).consultation.responseEmail).toBe('smartermarkets@ofgem.gov.uk');
  });

  it('is not a redacted placeholder', () => {
    const { consultation } = parseConsultation('Please email your response to [email protected] by 25 February 2016.', { id: 'address' });
    expect(consultation.responseEmail).toBe('');
  });
});

describe("the document's own title property", () => {
  const text = ['Health and Safety Executive', '', 'Reply form', '', 'Q1. Do you agree?'].join('\n');

  it('is preferred when it reads as a title', () => {
    const { consultation, findings } = parseConsultation(text, { id: 'own', documentTitle: 'Proposals on Revised Control of Asbestos Regulations' });
    expect(consultation.title).toBe('Proposals on Revised Control of Asbestos Regulations');
    expect(findings.title.confidence).toBe('high');
  });

  it.each(['Microsoft Word - cd266.docx', 'LPG Response Collection Template', 'Title', 'consultation'])('is not used when it is "%s"', (property) => {
    expect(parseConsultation(text, { id: 'own', documentTitle: property }).consultation.title).not.toBe(property);
  });
});
