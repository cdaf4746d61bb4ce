import { describe, expect, it } from 'vitest';
import { parseConsultation } from '../../../shared/import/parse-consultation';

// Shapes first met in the twenty-fifth held-out set of the corpus (pages about past consultations, scored after the rules
// for set 24); each test is written so that undoing its rule makes it fail. The wording is taken from those documents.
const parse = (text: string) => parseConsultation(text, { id: 'held-out-25' }).consultation;

describe("a consultation's period printed without a verb", () => {
  it('closes on the second date', () => {
    const text = ['2017 Consultation', '', 'The the 2017  consultation on the pre-submission draft from 4th November to 18th December 2017.'].join('\n');
    expect(parse(text).respondBy).toEqual({ date: '2017-12-18', time: null });
  });

  it("but not another body's consultation, nor the period an analysis recounts", () => {
    const other = 'In line with the requirements of their C16 licence condition, they ran a consultation from 8 August 2022 to 5 September 2022, seeking industry views.';
    expect(parse(other).respondBy).toBeNull();
    const analysis = [
      'Heat networks delivery plan - draft: consultation analysis',
      '',
      '2.3 The consultation on the Draft HNDP ran from 15 November to 13 December 2021.',
    ].join('\n');
    expect(parse(analysis).respondBy).toBeNull();
  });
});

describe("a page's title between its site section and its body", () => {
  it('leaves out the section above it and the first section heading run on below it', () => {
    const text = [
      'Case studies',
      'Department of Trade and Industry: consultation on future energy',
      'policy',
      'Context',
      'In June 2001 the Prime Minister asked the Performance and Innovation',
      'Unit (PIU) of the Cabinet Office to undertake a review of the',
      'strategic issues surrounding energy policy for Great Britain.',
    ].join('\n');
    expect(parse(text).title).toBe('Department of Trade and Industry: consultation on future energy policy');
  });
});
