import { describe, expect, it } from 'vitest';
import { parseConsultation } from '../../../shared/import/parse-consultation';

// Shapes first met in the eighteenth held-out set of the corpus (devolved governments, Ireland's DETE, the Joint Office,
// Ofgem and DECC covers on sharing sites); each test is written so that undoing its rule makes it fail. The wording is
// taken from those documents.
const parse = (text: string) => parseConsultation(text, { id: 'held-out-18' }).consultation;

describe('themes a consultation asks views on', () => {
  const text = [
    'The focus of this public consultation is the potential measures and initiatives Ireland can introduce. Views are sought from interested parties on the following themes:',
    '- Closing the Supply Chain Gaps',
    '- Building Co-operation',
    '- Research, Development & Innovation (RD&I)',
    'Measures to support strategic spatial development and routes to market will be the subject of a future consultation as part of the implementation of this strategy.',
    'Submissions should be structured according to the themes outlined above.',
  ].join('\n');

  it('are each a question, and the list ends where a sentence of its own starts', () => {
    expect(parse(text).questions.map((question) => question.text)).toEqual([
      'Closing the Supply Chain Gaps',
      'Building Co-operation',
      'Research, Development & Innovation (RD&I)',
    ]);
  });

  it('an item that ends mid-phrase or says a sentence still runs on into the next line', () => {
    const wrapped = [
      'Views are sought on the following themes:',
      '- Closing the gaps in the supply chain for',
      'Offshore wind developers and the ports that serve them in the years to come.',
      '- Building Co-operation',
    ].join('\n');
    expect(parse(wrapped).questions[0]?.text).toBe(
      'Closing the gaps in the supply chain for Offshore wind developers and the ports that serve them in the years to come.',
    );
  });
});

describe('a question the text stops in the middle of', () => {
  it('is not returned when it ends the document', () => {
    const text = ['Energy Savings Opportunity Scheme (ESOS) consultation: Response Form', '', 'Click here to enter text.', 'Page 1 of 13', 'Q1. Do you have any evidence which could '].join('\n');
    expect(parse(text).questions).toEqual([]);
  });

  it('is kept when the text goes on', () => {
    const text = ['Q1. Do you have any evidence which could', 'help us to estimate the costs of an energy audit?', '', 'Q2. Do you agree with the proposed compliance date?'].join('\n');
    expect(parse(text).questions.map((question) => question.text)).toEqual([
      'Do you have any evidence which could help us to estimate the costs of an energy audit?',
      'Do you agree with the proposed compliance date?',
    ]);
  });
});

describe('lines on a cover that are not its title', () => {
  it('the month and year alone, and the department that publishes it', () => {
    const text = [
      'Consultation',
      '',
      'ENERGY',
      '',
      'December 2009',
      '',
      'Department of Enterprise, Trade and Investment',
      '',
      'Consultation on an Offshore Renewable Energy Strategic Action Plan 2009-2020',
    ].join('\n');
    expect(parse(text).title).toBe('Consultation on an Offshore Renewable Energy Strategic Action Plan 2009-2020');
  });

  it('but a headline that starts with a department is one', () => {
    const text = ['Department for Economy launches further consultation on Energy Strategy', '', 'This consultation also includes:', '• a new strategic framework'].join('\n');
    expect(parse(text).title).toBe('Department for Economy launches further consultation on Energy Strategy');
  });

  it('the stage box of a code modification, split over two lines, and a stray icon letter under the title', () => {
    const text = [
      '0403',
      '',
      'Draft Modification Report',
      '',
      'Stage 03: Draft Modification Report What stage is this',
      '',
      'document in the process?',
      '',
      '0403: EU Third Package – 21 day switching with flexible objection period',
      '',
      'u',
      '',
      'This proposal outlines a registration solution to enable supplier compliance with the EU directive for 21 calendar day switching.',
      '',
      'Responses invited by 02 March 2012.',
    ].join('\n');
    const consultation = parse(text);
    expect(consultation.title).toBe('0403: EU Third Package – 21 day switching with flexible objection period');
    expect(consultation.respondBy).toEqual({ date: '2012-03-02', time: null });
    // The stage on a line of its own is not the title either.
    expect(parse(['Stage 03: Draft Modification Report', '', '0403: EU Third Package – 21 day switching with flexible objection period'].join('\n')).title).toBe(
      '0403: EU Third Package – 21 day switching with flexible objection period',
    );
  });
});

describe("the document's own printing of its title", () => {
  it("wins over a sharing site's re-punctuated copy", () => {
    const text = [
      'Statutory Consultation: Microbusiness Strategic Review',
      '',
      'Transcript of Statutory Consultation: Microbusiness Strategic Review',
      '',
      'Statutory Consultation – Microbusiness Strategic Review',
      '',
      'Publication date: 1 June 2021',
    ].join('\n');
    expect(parse(text).title).toBe('Statutory Consultation – Microbusiness Strategic Review');
  });

  it('wins over a copy with the cover date run into it', () => {
    const text = ['Local Energy Policy Statement: A Consultation October 2019', '', 'Citation preview', '', 'Local Energy Policy Statement:', '', 'A Consultation', '', 'October 2019'].join(
      '\n',
    );
    expect(parse(text).title).toBe('Local Energy Policy Statement: A Consultation');
  });

  it('but a running header that only shares its words is not taken for it', () => {
    const text = [
      'RIIO 2 Draft Determinations - Full List of Consultation Questions',
      '',
      'Publication date: 09 July 2020',
      '',
      'Consultation - RIIO 2 Draft Determinations - Full List of Consultation Questions',
    ].join('\n');
    expect(parse(text).title).toBe('RIIO 2 Draft Determinations - Full List of Consultation Questions');
  });
});
