import { describe, expect, it } from 'vitest';
import { parseConsultation } from '../../../shared/import/parse-consultation';

// Shapes first met in the twenty-eighth held-out set of the corpus (a question list, response forms, calls for evidence
// and pages that ask nothing, scored on the parser as on main); each test is written so that undoing its rule makes it
// fail. The wording is taken from those documents.
const parse = (text: string) => parseConsultation(text, { id: 'held-out-28' }).consultation;
const texts = (text: string): string[] => parse(text).questions.map((question) => question.text);

describe('deadlines worded in other ways', () => {
  it('"at the latest on <date>" is the date to respond by', () => {
    const text = [
      'Duration of the public consultation',
      '',
      'The consultation shall be held between 06.09.2017-28.11.2017.',
      '',
      'Please make sure to submit your response at the latest on 28 November 2017.',
    ].join('\n');
    expect(parse(text).respondBy).toEqual({ date: '2017-11-28', time: null });
  });

  it('the date a consultation period "will now run until" closes it', () => {
    const text = [
      'The consultation period for the Main Modifications to the North Hertfordshire',
      'Local Plan 2011  2031 has been extended. The consultation period will now run',
      'until Thursday 11 April 2019.',
      'Any consultation responses which have already been received by the Council will be treated as',
      'being received within the consultation period.',
    ].join('\n');
    expect(parse(text).respondBy).toEqual({ date: '2019-04-11', time: null });
  });
});

describe('points listed after a lead-in', () => {
  it('are asked for when the lead-in requests comments on them', () => {
    const text = [
      'EERE is also requesting comments on the questionnaire, specifically on:',
      '',
      '  • Whether the proposed collection of information is necessary for the proper performance of the functions of DOE, including whether the information shall have practical utility;',
      '  • The accuracy of DOE’s estimate of the burden of the proposed collection of information, including the validity of the methodology and assumptions used;',
      '  • Ways to enhance the quality, utility, and clarity of the information to be collected; and',
      '',
      'Comments are due by June 30, 2017.',
    ].join('\n');
    expect(texts(text)).toEqual([
      'Whether the proposed collection of information is necessary for the proper performance of the functions of DOE, including whether the information shall have practical utility;',
      'The accuracy of DOE’s estimate of the burden of the proposed collection of information, including the validity of the methodology and assumptions used;',
      'Ways to enhance the quality, utility, and clarity of the information to be collected; and',
    ]);
  });

  it('are what submissions should focus on, even the one whose question mark was lost', () => {
    const text = [
      'Short written submissions are invited to aid the Committee in prioritising its programme of work.',
      '',
      'Submissions should focus on the following:',
      '',
      '  • What are the key issues that the Committee should consider under a particular inquiry topic?',
      '  • How effective is government policy in the policy area covered by each inquiry?',
      '  • Why should the Committee consider a particular inquiry as a priority',
      '',
      'Submissions can relate to any of the proposed inquiry topics.',
    ].join('\n');
    expect(texts(text)).toEqual([
      'What are the key issues that the Committee should consider under a particular inquiry topic?',
      'How effective is government policy in the policy area covered by each inquiry?',
      'Why should the Committee consider a particular inquiry as a priority',
    ]);
  });

  it('are topics, not questions, when the lead-in lists them by example ("…, including:")', () => {
    const text = [
      'In this consultation, we are seeking views on a range of design features of the proposed mechanism, including:',
      '',
      '  • the choice of target levels for the early years of the scheme',
      '  • proposals for trading within the mechanism',
      '  • proposals for scheme administration, compliance and enforcement',
      '',
      'Read the consultation document on GOV.UK.',
    ].join('\n');
    expect(texts(text)).toEqual([]);
  });
});

describe('a label that names the file', () => {
  it('alone on the first line, with words below that do not ask, is no question', () => {
    const text = [
      'Question 30b',
      '',
      'Staying connected',
      'Important information for energy consumers',
      'Contents',
      'Organisations that help energy consumers',
      'Understanding your energy bills',
      'Organisations that help energy',
      'consumers',
      '1',
      'What organisations or bodies can help me to find out more about',
      'switching supplier?',
      'Consumer Direct can give general advice on switching suppliers. You can contact them',
      'Monday to Friday, 9am to 5pm.',
    ].join('\n');
    expect(texts(text)).toEqual([]);
  });

  it('while a question there asks on the line below', () => {
    const text = ['Question 1', 'Do you agree that the current fee scheme should be abolished and replaced?'].join('\n');
    expect(texts(text)).toEqual(['Do you agree that the current fee scheme should be abolished and replaced?']);
  });
});

describe('titles', () => {
  it('skip a site’s "Download PDF" control', () => {
    const text = ['Download PDF', 'May 12, 2017', '', 'DOE Requests Comments On EERE Environmental Questionnaire', '', 'Kathleen M Roberts'].join('\n');
    expect(parse(text).title).toBe('DOE Requests Comments On EERE Environmental Questionnaire');
  });

  it('skip a breadcrumb of parts joined by ">"', () => {
    const text = [
      'Home > News > General News',
      '',
      'Committee calls for suggestions on future programme',
      '',
      'The Environmental Audit Committee calls for evidence to hear directly from stakeholders on its future programme of work.',
    ].join('\n');
    expect(parse(text).title).toBe('Committee calls for suggestions on future programme');
  });

  it('stop before a subtitle set below a title in sentence case', () => {
    const text = ['Staying connected', 'Important information for energy consumers', 'Contents', 'Organisations that help energy consumers'].join('\n');
    expect(parse(text).title).toBe('Staying connected');
  });

  it('take the quoted title of a page’s front matter, not the lines below it', () => {
    const text = [
      'title: "Extended Consultation"',
      'date: 2019-02-28T13:06:59Z',
      'draft: false',
      '',
      '',
      'The consultation period for the Main Modifications to the North Hertfordshire Local Plan has been extended.',
    ].join('\n');
    expect(parse(text).title).toBe('Extended Consultation');
  });
});
