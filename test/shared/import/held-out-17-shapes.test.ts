import { describe, expect, it } from 'vitest';
import { parseConsultation } from '../../../shared/import/parse-consultation';

// Shapes first met in the seventeenth held-out set of the corpus (electric vehicle charging surveys); each test is
// written so that undoing its rule makes it fail. The wording is taken from those documents.
const parse = (text: string) => parseConsultation(text, { id: 'held-out-17' }).consultation;

describe('a survey page', () => {
  it('reads "complete this survey before <date>" as the closing date', () => {
    const text = 'If you own an EV, or want to buy one, we definitely want to hear from you! Please complete this survey before October 30, 2017.';
    expect(parse(text).respondBy).toEqual({ date: '2017-10-30', time: null });
    // A date the page gives for something else is not one.
    expect(parse('The chargers will be installed before October 30, 2017.').respondBy).toBeNull();
  });

  it('reads bullets that each ask as questions, though they do not say "you"', () => {
    const text = [
      'EV Charging Survey',
      '',
      'The City is exploring options to invest in Electric Vehicle (EV) charging infrastructure. Before that work begins, we want to hear from you!',
      '',
      '  • Where should EV charging stations be located?',
      '  • What challenges are there for accessing EV charging?',
      '  • Are you considering moving towards an electric vehicle in the next 5 years?',
      '',
      'Please share your thoughts by taking this short EV Charging survey.',
    ].join('\n');
    expect(parse(text).questions.map((question) => question.text)).toEqual([
      'Where should EV charging stations be located?',
      'What challenges are there for accessing EV charging?',
      'Are you considering moving towards an electric vehicle in the next 5 years?',
    ]);
    // Headings that ask, one per section, are not a list of questions put to the reader.
    const headings = ['Where will the chargers go?', '', 'They will go in the car parks we own.', '', 'What will they cost?', '', 'They will be paid for by a grant.'].join('\n');
    expect(parse(headings).questions).toEqual([]);
  });
});

// The eleventh held-out set's news summary, fixed after set 17.
describe("a news site's menu", () => {
  it('is not the title, nor is its feed link', () => {
    const text = ['NESOOFGEMDESNZ', 'feed', '', 'Energy code reform: Code manager licence conditions and code modification appeals to the CMA', '', 'DESNZ·consultation·high·1 May 2025·source document'].join('\n');
    expect(parse(text).title).toBe('Energy code reform: Code manager licence conditions and code modification appeals to the CMA');
  });
});

// The ninth held-out set's P212 page, fixed after set 17.
describe("a sharing site's trail after the document's name", () => {
  it('is left out of the title', () => {
    const text = [
      'Responses from P212 Report Phase Consultation › ... › p212_response_table_.pdfResponses from...',
      '',
      'Representations were received from the following parties No Company File number No BSC Parties Represented No Non-Parties Represented',
    ].join('\n');
    expect(parse(text).title).toBe('Responses from P212 Report Phase Consultation');
  });
});

// The twelfth held-out set's ENA outcome, fixed after set 17.
describe("the issuer's name in front of the title", () => {
  it('is left out of the title, but not a title that only begins with a name', () => {
    const outcome = 'Energy Networks Association Open Networks WS2 P2&3 Connections Queue Management and Application Interactivity Consultation Outcome and Next Steps';
    expect(parse(`${outcome}\n\nThe stakeholder responses were positive.`).title).toBe(
      'Open Networks WS2 P2&3 Connections Queue Management and Application Interactivity Consultation Outcome and Next Steps',
    );
    expect(parse('Ofgem consultation on the future of retail regulation\n\nWe are consulting.').title).toBe('Ofgem consultation on the future of retail regulation');
  });
});
