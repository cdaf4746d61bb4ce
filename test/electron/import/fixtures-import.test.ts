import { describe, expect, it } from 'vitest';
import { createConsultationImporter } from '../../../electron/services/import/importer';
import { fixtureCases, readFixture } from '../../shared/import/fixture-cases';

const importer = createConsultationImporter({ newId: () => 'fixture' });
const cases = fixtureCases().flatMap(({ name, expected }) => expected.documents.map((document) => ({ name, document, expected })));

describe('importing every fixture document, whatever its format', () => {
  it('includes Word documents and PDFs', () => {
    expect(cases.some((testCase) => testCase.document.endsWith('.docx'))).toBe(true);
    expect(cases.some((testCase) => testCase.document.endsWith('.pdf'))).toBe(true);
  });

  it.each(cases)('$document gives its expected consultation', async ({ document, expected }) => {
    const { consultation } = await importer.read(document, readFixture(document));
    expect({
      title: consultation.title,
      reference: consultation.reference,
      issuer: consultation.issuer,
      issuedOn: consultation.issuedOn,
      respondBy: consultation.respondBy,
      responseEmail: consultation.responseEmail,
      classification: consultation.classification,
      questions: consultation.questions.map(({ label, section, kind, text }) => ({ label, section, kind, text })),
    }).toEqual({
      title: expected.title,
      reference: expected.reference,
      issuer: expected.issuer,
      issuedOn: expected.issuedOn,
      respondBy: expected.respondBy,
      responseEmail: expected.responseEmail,
      classification: expected.classification,
      questions: expected.questions,
    });
    for (const phrase of expected.publicationNoticeIncludes) expect(consultation.publicationNotice).toContain(phrase);
  });
});
