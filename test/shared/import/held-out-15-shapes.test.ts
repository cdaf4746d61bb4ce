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

// Held out 16 and the fourteenth set's Oftel title.
describe('titles run on into what follows them', () => {
  it('ends a title line where the body starts without a blank line ("Chapter 6: …")', () => {
    const text = [
      'Network Charges from 1997 - Consultative Document',
      'Chapter 6: Summary of questions',
      '6.1 Oftel would welcome comments on any issue raised by this document, but in particular on the questions',
      'listed below for ease of reference.',
    ].join('\n');
    expect(parse(text).title).toBe('Network Charges from 1997 - Consultative Document');
  });

  it('ends a title in a cover run into one line at the cover\'s "Context" heading', () => {
    const cover =
      'We are also seeking views on our outline workplan for 2013/14, and on the themes we suggest for the years after it. Ofgem/Ofgem E-Serve 9 Millbank, London SW1P 3GE www.ofgem.gov.uk Proposals for a new Consumer Vulnerability Strategy Context Energy is an essential service for everyone.';
    expect(parse(cover).title).toBe('Proposals for a new Consumer Vulnerability Strategy');
  });
});
