import { describe, expect, it } from 'vitest';
import { parseConsultation } from '../../../shared/import/parse-consultation';

// Shapes first met in the fifteenth held-out set of the corpus (committee evidence); each test is written so that
// undoing its rule makes it fail. The wording is taken from those documents.
const parse = (text: string) => parseConsultation(text, { id: 'held-out-15' }).consultation;
const textsIn = (text: string): string[] => parse(text).questions.map((question) => question.text);

describe('an oral evidence transcript', () => {
  const transcript = [
    'Public Accounts Committee',
    '',
    'Oral evidence: Smart Meters follow-up, HC 103-i',
    '',
    'Q1 Chair: Welcome. This is a return to an issue that we looked at two years ago—or was it three?',
    '',
    'Jill Goldsmith: Three.',
    '',
    'Q2 Chair: I am going to start on the consumer. I am right, aren’t I, that the consumer will pick up the tab?',
    '',
    'Q200 Mr Hurd: I want to ask about personal carbon trading. How could government create a debate around that issue?',
  ].join('\n');

  it("does not read the members' numbered questions to witnesses as consultation questions", () => {
    expect(textsIn(transcript)).toEqual([]);
    // A question with a topic before its colon is still one.
    expect(textsIn('Consultation questions\n\nQ1 Scope: Do you agree with the proposed scope?\n\nQ2 Timing: Do you agree with the timetable?')).toHaveLength(2);
  });

  it('takes its title from the line below the committee’s name', () => {
    expect(parse(transcript).title).toBe('Oral evidence: Smart Meters follow-up, HC 103-i');
  });
});

describe('a response that reprints the questions it answers, with no labels', () => {
  const evidence = [
    'Written evidence submitted by Association for Decentralised Energy (DHH0138)',
    '',
    'What has been the impact of past and current policies for low carbon heat, and what lessons can be learnt?',
    '',
    'The Renewable Heat Incentive has been quite successful at bringing forward biomass and to some degree, heat pump projects.',
    '',
    'What key policies should be included in the Government’s forthcoming ‘Buildings and Heat Strategy’? What are the most urgent decisions?',
    '',
    'Public engagement',
    '',
    'Introduce a net zero consumer engagement strategy; including how government can help consumers become engaged.',
  ].join('\n');

  it('reads each question paragraph answered in prose below it', () => {
    expect(textsIn(evidence)).toEqual([
      'What has been the impact of past and current policies for low carbon heat, and what lessons can be learnt?',
      'What key policies should be included in the Government’s forthcoming ‘Buildings and Heat Strategy’? What are the most urgent decisions?',
    ]);
  });

  it('reads none in a page that is not a response (a page of questions answered below is frequently asked questions)', () => {
    expect(textsIn(evidence.replace('Written evidence submitted by', 'About the'))).toEqual([]);
  });
});
