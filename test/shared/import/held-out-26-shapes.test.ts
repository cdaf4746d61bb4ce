import { describe, expect, it } from 'vitest';
import { parseConsultation } from '../../../shared/import/parse-consultation';

// Shapes first met in the twenty-sixth held-out set of the corpus (regulators' and departments' pages, scored on the
// parser as on main); each test is written so that undoing its rule makes it fail. The wording is taken from those documents.
const parse = (text: string) => parseConsultation(text, { id: 'held-out-26' }).consultation;

describe('closing dates worded as the set printed them', () => {
  it('reads "concludes on <date>" as the date the consultation closes', () => {
    const text = [
      'The purpose of this Charges Consultation is to advise you of the proposals on',
      'charges that are intended to take effect as from 1 April 2013.',
      'The consultation runs for a period of 7 weeks as from Thursday 22 November and',
      'concludes on Thursday 10 January 2013. I',
      'would be grateful to receive your comments on the proposals as soon as possible',
      'but no later than the consultation closure date.',
    ].join('\n');
    expect(parse(text).respondBy).toEqual({ date: '2013-01-10', time: null });
  });

  it('reads "Closing date for responses:" run onto the same line as the publication date', () => {
    const text = [
      'talkSPORT – proposals to reduce AM coverage',
      '',
      'Proposed variation of national analogue radio licence',
      '',
      'CONSULTATION: Publication date: 23 October 2019 Closing date for responses: 20 November 2019',
    ].join('\n');
    expect(parse(text).respondBy).toEqual({ date: '2019-11-20', time: null });
  });
});
