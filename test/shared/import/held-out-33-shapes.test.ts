import { describe, expect, it } from 'vitest';
import { parseConsultation } from '../../../shared/import/parse-consultation';

// Shapes first met in the thirty-third held-out set of the corpus (surveys on energy — a newspaper's reader survey, a
// regional solar lending survey, a town's energy survey, an MP's fracking survey — a census form's question, and pages
// that ask nothing: a Scottish Government information release, report contents, government responses), scored on the
// parser as on main; each test is written so that undoing its rule makes it fail. The wording is taken from those documents.
const parse = (text: string) => parseConsultation(text, { id: 'held-out-33' }).consultation;
const questions = (text: string): [string, string][] => parse(text).questions.map((question) => [question.label, question.text]);

describe('answer space under a survey’s questions', () => {
  const survey = [
    '4. And how much do you think a carbon tax will add to your supermarket shopping bill in the first year after it is introduced?',
    ' Not at all1 per cent2 per cent3 per cent4 per cent5 per cent6 per cent7 per cent8 per cent9 per cent10 per cent15 per cent20 per centMore than 20 per cent',
    '5. Which best describes the degree of cost-of-living pressure you are under?',
    " I don't have enough money to pay the billsI am barely able to make ends meetI am coping but the cost of living remains a worryI am not under any cost of living pressure",
    '6. Which of the following expenses is putting increased pressure on your budget? (You may select as many options as you wish)',
    ' ElectricityMortgageWaterPetrolGroceriesInsurancePhoneNo expense is putting increased pressure on my budget',
    '7. Which expense seems to be rising most quickly?',
    ' ElectricityMortgageWaterPetrolGroceriesInsurancePhoneNo expense seems to be rising',
    '8. Over the past year has value at the supermarket:',
    " ImprovedDeterioratedRemained about the sameDon't know",
    '9. Are petrol prices too volatile?',
    " YesNoDon't know",
    "10. Do you feel strongly enough about these issues that you'd b",
  ].join('\n');

  it('reads a line of choices run together ("Not at all1 per cent2 per cent…", "ElectricityMortgageWater…") as the answer, not more of the question', () => {
    const found = questions(survey);
    expect(found[0]).toEqual(['4.', 'And how much do you think a carbon tax will add to your supermarket shopping bill in the first year after it is introduced?']);
    expect(found[1]).toEqual(['5.', 'Which best describes the degree of cost-of-living pressure you are under?']);
    expect(found[3]).toEqual(['7.', 'Which expense seems to be rising most quickly?']);
  });

  it('starts the next numbered question after a line of choices, which does not wrap onto it; a stem between two questions whose choices follow is one too', () => {
    expect(questions(survey).map(([label]) => label)).toEqual(['4.', '5.', '6.', '7.', '8.', '9.']);
    expect(questions(survey)[4]).toEqual(['8.', 'Over the past year has value at the supermarket:']);
  });

  it('reads a scale to answer on ("1=not likely 2=somewhat likely", "1 = Not very well informed / 10 = Very well informed") and a blank to fill in as answer space', () => {
    const text = [
      'Energy Future Survey',
      '',
      '  1. Please estimate the number of kWh of electricity you use in a month or the amount of your average electric bill.',
      '',
      '______kWh or ______$',
      '',
      '  2. In the next eight years how likely are you to:',
      '',
      'Response definition: 1=not likely 2=somewhat likely 3=very likely 4=definitely 5=already made this change',
      '',
      '  • Buy an energy efficient refrigerator?',
      '  • Retrofit your home to reduce energy use by about 20%?',
      '  3. Do you use electricity to heat your house or hot water?',
    ].join('\n');
    expect(questions(text)[1]).toEqual([
      '2.',
      'In the next eight years how likely are you to: Buy an energy efficient refrigerator? Retrofit your home to reduce energy use by about 20%?',
    ]);
  });
});

describe('survey items that ask without opening as questions', () => {
  it('takes an item worded as a request between two numbered questions ("2. Indicate if you agree or disagree with the following statement: …")', () => {
    const text = [
      '* 1. How important to you is the availability of access to energy from renewable sources?',
      '',
      '* 2. Indicate if you agree or disagree with the following statement: I have considered the use of solar energy at my residence.',
      '',
      '* 3. What barriers, if any, have you encountered as you considered the use of solar power at your residence?',
    ].join('\n');
    expect(questions(text).map(([label]) => label)).toEqual(['1.', '2.', '3.']);
  });

  it('counts a numbered item that asks within its sentence ("by what percentage do you think … will change …", "how likely are you to:") as asking', () => {
    const text = [
      'Energy Future Survey',
      '',
      '  1. Please estimate how many gallons of heating oil and/or propane your household uses per year.',
      '',
      '  1. Given what you know about efficiency options, by what percentage do you think Montpelier electricity use will change in the next eight years.',
      '',
      '  1. In the next eight years how likely are you to:',
      '',
      '  • Upgrade the efficiency of your furnace?',
    ].join('\n');
    expect(questions(text).map(([, question]) => question)).toEqual([
      'Please estimate how many gallons of heating oil and/or propane your household uses per year.',
      'Given what you know about efficiency options, by what percentage do you think Montpelier electricity use will change in the next eight years.',
      'In the next eight years how likely are you to: Upgrade the efficiency of your furnace?',
    ]);
  });

  it('takes an unlabelled question that asks after a comma ("There are many supporters and opponents …, where would you place yourself?")', () => {
    const text = [
      'Fracking Survey',
      '',
      'Are you aware of the practice of shale gas extraction known as fracking?',
      'There are many supporters and opponents to the practice of fracking, where would you place yourself?',
      'Would you be interested in attending a public meeting about Fracking in the future?',
    ].join('\n');
    expect(questions(text).map(([, question]) => question)).toContain('There are many supporters and opponents to the practice of fracking, where would you place yourself?');
  });
});

describe('short questions and questions that are not put to the reader', () => {
  it('takes a survey’s last question however short ("10. Any other comments?")', () => {
    const text = [
      '* 8. Which, if any, clean-energy products have you purchased in the last three years? (Check all that apply.)',
      '',
      '* 9. From your perspective, have residential solar energy systems become more or less affordable over the last three years?',
      '',
      '* 10. Any other comments?',
    ].join('\n');
    expect(questions(text).map(([label]) => label)).toEqual(['8.', '9.', '10.']);
  });

  it('takes no questions from a published reply to a request for information: the requester’s questions, quoted, then answered', () => {
    const text = [
      'Rural Energy Consumers Working Group: EIR release',
      '',
      'Information request and response under the Environmental Information (Scotland) Regulations 2004',
      '',
      'Information requested',
      '',
      '“For the following working groups:',
      '',
      '  1. What was the date of formation of these groups?',
      '  2. Who is a member of these groups?',
      '  3. What is the cost to the Scottish Government of operating these group from the date of formation to 4/10/23?',
      '',
      'Response',
      '',
      'Question 1',
      '',
      'The group first met on 28 June 2023.',
    ].join('\n');
    expect(questions(text)).toEqual([]);
  });

  it('reads the entry after a contents line, cut off where the excerpt ends, as contents ("… energy bills? ...... 26" / "Question 2 – What s")', () => {
    const text = [
      'Consumer Focus Contents',
      '',
      'Executive summary ...... 4',
      '',
      '4 How much do consumers and taxpayers currently pay? ...... 18',
      '',
      '5 Consumer attitudes to environmental and social levies ...... 25 Question 1 – Is the public willing to pay environmental and social levies on energy bills? ...... 26',
      '',
      'Question 2 – What s',
    ].join('\n');
    expect(questions(text)).toEqual([]);
  });
});

describe('addresses that are not for responses, and a sharing site’s page counter', () => {
  it('does not take the Open Government Licence’s address ("write to the Information Policy Team, The National Archives, … or e-mail: psi@…")', () => {
    const text = [
      'Using a mobile phone while driving Consultation on changing the law',
      '',
      '© Crown copyright 2020 Copyright in the typographical arrangement rests with the Crown. You may re-use this information (not including logos or third-party material) free of charge in any format or medium, under the terms of the Open Government Licence. To view this licence, visit http://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/ or write to the Information Policy Team, The National Archives, Kew, London TW9 4DU, or e-mail: psi@nationalarchives.gsi.gov.uk Where we have identified any third-party copyright information you will need to obtain permission from the copyright holders concerned.',
      '',
      'Contents Foreword 4 Executive summary 6 How to respond 7',
    ].join('\n');
    expect(parse(text).responseEmail).toBe('');
  });

  it('does not take the address for copies of the publication ("Information about this publication and further copies are available from: … Email: …")', () => {
    const text = [
      'TOWARDS A SMARTER FUTURE: GOVERNMENT RESPONSE TO THE CONSULTATION ON ELECTRICITY AND GAS SMART METERING',
      '',
      'Information about this publication and further copies are available from: Smart Metering Team Department of Energy and Climate Change 3 Whitehall Place London SW1A 2HH Tel: 0300 068 5127 Email: smartmetering@decc.gsi.gov.uk This document is available on the DECC website at: http://decc.gov.uk/en/content/cms/consultations/closed/closed.aspx',
    ].join('\n');
    expect(parse(text).responseEmail).toBe('');
  });

  it('skips a sharing site’s page counter in the language it was visited in ("Sei sulla pagina 1di 56") above the title', () => {
    const text = [
      'Sei sulla pagina 1di 56',
      '',
      'TOWARDS A SMARTER FUTURE: GOVERNMENT RESPONSE TO THE CONSULTATION ON ELECTRICITY AND GAS SMART METERING',
      '',
      'December 2009',
    ].join('\n');
    expect(parse(text).title).toBe('TOWARDS A SMARTER FUTURE: GOVERNMENT RESPONSE TO THE CONSULTATION ON ELECTRICITY AND GAS SMART METERING');
  });
});
