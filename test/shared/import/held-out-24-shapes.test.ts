import { describe, expect, it } from 'vitest';
import { parseConsultation } from '../../../shared/import/parse-consultation';

// Shapes first met in the twenty-fourth held-out set of the corpus (pages that ask nothing, scored after the rules for
// set 23); the test is written so that undoing its rule makes it fail. The wording is taken from those documents.
const parse = (text: string) => parseConsultation(text, { id: 'held-out-24' }).consultation;

describe("a news item's masthead", () => {
  it("is not the title; the headline below it is", () => {
    const text = [
      'Drives and Controls Magazine',
      '',
      'Government consults industry over energy policy',
      '',
      '01 June, 2002',
      '',
      'The consultation ends on 13 September. Copies of the document are available from the DTI.',
    ].join('\n');
    const consultation = parse(text);
    expect(consultation.title).toBe('Government consults industry over energy policy');
    // A yearless closing date takes its year from the item's own date.
    expect(consultation.respondBy).toEqual({ date: '2002-09-13', time: null });
  });
});
