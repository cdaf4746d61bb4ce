import { describe, expect, it } from 'vitest';
import { parseConsultation } from '../../../shared/import/parse-consultation';

// Shapes first met in the thirty-fourth held-out set of the corpus (a bus users' group's questions, a columnist's
// multiple-choice survey, a franchising consultation answered on a campaign page, a water utility's reply to a
// parliamentary committee's lettered questions, a trade paper's CPD quiz and form, a review form's Y/N table, and pages
// that ask nothing: HMRC, OTS, Defra and Productivity Commission covers), scored on the parser as on main; each test is
// written so that undoing its rule makes it fail. The wording is taken from those documents.
const parse = (text: string) => parseConsultation(text, { id: 'held-out-34' }).consultation;
const questions = (text: string): [string, string][] => parse(text).questions.map((question) => [question.label, question.text]);

describe('a review form flattened from a web table', () => {
  it('reads a "Questions | Y/N" table whose header cell wrapped onto its own line and whose answer rows are empty', () => {
    const text = [
      'The Health and Safety Representatives are to be reviewed every 6 months, to assess their involvement and effectiveness in the development of safe workplace practices.',
      '| Questions |',
      'Y/N |',
      '| Have the health and safety representative(s) been nominated by staff? |',
      '|',
      '| Are regular safety meetings being held, with representation from management and staff? |',
      '|',
      '| Are the health and safety representative(s) bringing issues from staff to health and safety meetings? |',
      '|',
      '| Safety Personnel |',
      '|',
      '| Comments |',
      '|',
    ].join('\n');
    expect(questions(text).map(([, question]) => question)).toEqual([
      'Have the health and safety representative(s) been nominated by staff?',
      'Are regular safety meetings being held, with representation from management and staff?',
      'Are the health and safety representative(s) bringing issues from staff to health and safety meetings?',
    ]);
  });
});

describe('a multiple-choice survey numbered "1.)"', () => {
  const survey = [
    'THIS week, a bus-related survey, writes BARRIE HUDSON.',
    '',
    '1.) As far as you are concerned, bus services in our towns and cities are:',
    '',
    'a.) A good thing because they often allow people who would otherwise be unable to get out and about the chance to do just that.',
    '',
    'b.) A good thing because they enable commuters to get out of their cars, thereby easing congestion, improving productivity and preventing millions of cubic feet of toxic gases from being released into the atmosphere.',
    '',
    'c.) Those big things with a wheel or two at each corner.',
    '',
    '2.) When a certain bus service doesn’t attract enough users to break even or make a profit, we should:',
    '',
    'a.) Try to publicise the service more, so as to attract more users.',
    '',
    'b.) Preserve the service even if more users cannot be found.',
    '',
    'c.) Cancel the service immediately and perhaps have a half-hearted stab at introducing a third rate substitute which adds ages to people’s journeys. Who cares if kids start sneezing soot, so long as we get to save cash?',
    '',
    '3.) If a council has overall control of a bus service, it is the responsibility of councillors to:',
    '',
    'a.) Improve and promote it constantly as a vital public benefit.',
    '',
    'b.) At the very least fight tooth and nail to keep it running adequately.',
  ].join('\n');

  it('takes each numbered stem its lettered choices follow as a question, labelled as printed, without its choices', () => {
    expect(questions(survey)).toEqual([
      ['1.)', 'As far as you are concerned, bus services in our towns and cities are:'],
      ['2.)', 'When a certain bus service doesn’t attract enough users to break even or make a profit, we should:'],
      ['3.)', 'If a council has overall control of a bus service, it is the responsibility of councillors to:'],
    ]);
  });

  it('does not take numbered statements ending in a colon with no lettered choices below them', () => {
    const text = ['1.) The council has decided the following:', '', 'The route will close.', '', '2.) The operator said:', '', 'Fares will rise.', '', '3.) We note:', '', 'Nothing more.'].join('\n');
    expect(questions(text)).toEqual([]);
  });
});

describe('lettered questions under a topic label', () => {
  const reply = [
    'Response to the Joint Committee on the Future Funding of Domestic Water Services',
    'Role of Regulators',
    'Q12. Operating expenditure costs',
    'a)What progress has been made to date in driving down operating expenditure costs? To what degree is there scope for further driving down operating expenditure costs?',
    'Irish Water has made operational savings of €72m to the end of 2016. Irish Water has a cumulative target of €1.1bn of operational efficiencies by the end of 2021.',
    'b)What role does the Public Water Forum play in driving these efficiencies?',
    'The functions of the Public Water Forum are set out in Section 7 of the Water Services Act 2014. In terms of driving efficiencies, the Public Water Forum has a consultative role.',
    'c)What resources do the Commission for Energy Regulation and the Public Water Forum need? Are the resources available to them at present at an appropriate level?',
    'This is a question for the CER and the Public Water Forum.',
  ].join('\n');

  it('takes each lettered part as its own question with its letter as printed, and the topic line as none, its answers left out', () => {
    expect(questions(reply)).toEqual([
      ['a)', 'What progress has been made to date in driving down operating expenditure costs? To what degree is there scope for further driving down operating expenditure costs?'],
      ['b)', 'What role does the Public Water Forum play in driving these efficiencies?'],
      ['c)', 'What resources do the Commission for Energy Regulation and the Public Water Forum need? Are the resources available to them at present at an appropriate level?'],
    ]);
  });
});

describe('a consultation answered on a campaign page', () => {
  const response = [
    'QS3. Which of these modes of transport do you use on a weekly basis?',
    'QS4. On average, how often do you use a bus in the Liverpool City Region?',
    'Q1. The Assessment concludes that the current bus system is not performing as well as it should. To what extent do you agree or disagree with this statement?',
    'Strongly agree',
    'Q2. The Assessment concludes that Franchising is the best option for the Combined Authority to meet its strategic objectives for bus transport in the region. For each of the following objectives, to what extent do you think Franchising will help deliver it?',
    'Objective 1. Maximise the contribution of bus services to achieving the economic success and social capacity of the Liverpool City Region (make the most of how bus services contribute to improving the economy and enable people to access opportunities and services).',
    'Fully deliver',
    'Objective 2. Maximise the contribution of bus services to reducing the impact of travel on the natural environment (make the most of how buses can reduce the impact on the environment).',
    'Q3a. Based on the informati',
  ].join('\n');

  it('ends a question that has asked where a numbered item of what it asks about starts ("Objective 1.")', () => {
    expect(questions(response)[3]).toEqual([
      'Q2',
      'The Assessment concludes that Franchising is the best option for the Combined Authority to meet its strategic objectives for bus transport in the region. For each of the following objectives, to what extent do you think Franchising will help deliver it?',
    ]);
  });

  it('leaves out a last question the text stops in (as the corpus already did), now that the one before it ends where it asks', () => {
    expect(questions(response).map(([label]) => label)).toEqual(['QS3', 'QS4', 'Q1', 'Q2']);
  });
});

describe('a form after a quiz', () => {
  it('takes three or more questions in a row after the labelled ones as unlabelled questions, one opening "Were"', () => {
    const text = [
      'Please answer the six multiple choice questions below in order to bank your CPD.',
      '',
      '  1. Which of these has been identified as good practice post-consumer duty, according to the author?',
      '',
      '  2. Repackaging existing data is a good data monitoring strategy. True or false?',
      '',
      '  3. Which of these has been highlighted as an area with unresolved issues?',
      '',
      'Nearly There…',
      '',
      'You have successfully answered all the questions correctly, well done!',
      '',
      'I completed this CPD in',
      '',
      'To bank your CPD please complete the form below.',
      '',
      'Were the stated learning objectives met?',
      '',
      "Why weren't they met?",
      '',
      'What did you learn from undertaking this CPD exercise?',
      '',
      'Why did you undertake this piece of learning?',
    ].join('\n');
    expect(questions(text).slice(3)).toEqual([
      ['Item 1', 'Were the stated learning objectives met?'],
      ['Item 2', "Why weren't they met?"],
      ['Item 3', 'What did you learn from undertaking this CPD exercise?'],
      ['Item 4', 'Why did you undertake this piece of learning?'],
    ]);
  });

  it('does not take two questions after the labelled ones, which may be headings that ask', () => {
    const text = [
      '  1. Which of these has been identified as good practice post-consumer duty, according to the author?',
      '',
      '  2. Which of these has been highlighted as an area with unresolved issues?',
      '',
      'What did you learn from undertaking this CPD exercise?',
      '',
      'Why did you undertake this piece of learning?',
    ].join('\n');
    expect(questions(text).map(([label]) => label)).toEqual(['1.', '2.']);
  });
});

describe('an inquiry’s timetable', () => {
  it('reads the due date for submissions among the other key dates, run into the date before it', () => {
    const text = [
      'National Transport Regulatory Reform',
      '',
      'Issues Paper, May 2019',
      '',
      'Key inquiry datesReceipt of terms of reference 5 April 2019Due date for submissions 28 June 2019 Release of draft report November 2019Draft report public hearings January 2020Final report to Government April 2020',
    ].join('\n');
    expect(parse(text).respondBy).toEqual({ date: '2019-06-28', time: null });
  });
});

// Second batch: four documents found after the rules above, committed before the parser was run on them.
describe('a handout of example questions', () => {
  const handout = [
    'Useful questions for interviews and surveys',
    'This is a compilation of example questions that may be useful for your group. It is in three sections:',
    '1. Example questions about household energy from the EVALOC research project',
    '2. Example of an end of project survey question set from Low Carbon West Oxford',
    '3. Sample demographic monitoring form from Low Carbon West Oxford',
    'This handout is designed to help you plan your Monitoring and Evaluation (M&E).',
    'Example questions',
    ' Have you installed any home energy improvements since you have moved into your',
    'home? (Yes / No)',
    ' Why did you have them installed?',
    ' Who or what prompted you to install them?',
  ].join('\n');

  it('reads a numbered list after a lead-in naming the document’s sections as section names, not questions', () => {
    expect(questions(handout).filter(([label]) => /^\d/.test(label))).toEqual([]);
  });

  it('takes no question from a handout that calls its questions examples for the reader to use', () => {
    expect(questions(handout)).toEqual([]);
  });
});

describe('a census form’s item with tick boxes', () => {
  it('takes a numbered item its tick boxes follow as a question, with its filter instruction, though worded as the thing to answer', () => {
    const text = [
      'Questionnaire Text',
      '',
      'Questionnaire form view entire document:  text  image',
      '11. The type of fuel or energy used for heating the dwelling',
      'If the answer is 3 or 4 or 5 in question 10 - please give the answer.',
      '',
      '[] 1 Constant fuel (coke, coal, patent fuel, wood)',
      '[] 2 Gas (gaseous fuel)',
      '[] 3 Liquid fuel (propulsive fuel, fuel oil)',
      '[] 4 Electricity',
    ].join('\n');
    expect(questions(text)).toEqual([['11.', 'The type of fuel or energy used for heating the dwelling If the answer is 3 or 4 or 5 in question 10 - please give the answer.']]);
  });
});
