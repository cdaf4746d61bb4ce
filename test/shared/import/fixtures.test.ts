import { describe, expect, it } from 'vitest';
import { parseConsultation } from '../../../shared/import/parse-consultation';
import { fixtureCases, isTextDocument, readFixtureText } from './fixture-cases';

const cases = fixtureCases().flatMap(({ name, expected }) =>
  expected.documents.filter(isTextDocument).map((document) => ({ name, document, expected })),
);

describe('consultations of different bodies and layouts', () => {
  it('has text fixtures from at least six consultations besides the seed', () => {
    expect(new Set(cases.map((testCase) => testCase.name)).size).toBeGreaterThanOrEqual(7);
  });

  describe.each(cases)('$document', ({ document, expected }) => {
    const { consultation } = parseConsultation(readFixtureText(document), { id: 'fixture', fileName: document });

    it('finds every question with its exact label and text, and no others', () => {
      expect(consultation.questions.map(({ label, section, kind, text }) => ({ label, section, kind, text }))).toEqual(expected.questions);
    });

    it('finds the deadline and the address responses go to', () => {
      expect(consultation.respondBy).toEqual(expected.respondBy);
      expect(consultation.responseEmail).toBe(expected.responseEmail);
    });

    it('finds the title, issuer, dates, reference and classification', () => {
      expect({
        title: consultation.title,
        reference: consultation.reference,
        issuer: consultation.issuer,
        issuedOn: consultation.issuedOn,
        classification: consultation.classification,
      }).toEqual({
        title: expected.title,
        reference: expected.reference,
        issuer: expected.issuer,
        issuedOn: expected.issuedOn,
        classification: expected.classification,
      });
    });

    it('keeps the publication and confidentiality wording', () => {
      for (const phrase of expected.publicationNoticeIncludes) expect(consultation.publicationNotice).toContain(phrase);
    });

    it('gives every question a unique id', () => {
      const ids = consultation.questions.map((question) => question.id);
      expect(new Set(ids).size).toBe(ids.length);
    });
  });
});
