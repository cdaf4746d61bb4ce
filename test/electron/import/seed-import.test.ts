import { beforeAll, describe, expect, it } from 'vitest';
import { createConsultationImporter } from '../../../electron/services/import/importer';
import { dccDateConsultation2020 } from '../../../shared/consultations/dcc-date-con-2020';
import type { Consultation } from '../../../shared/model';
import { type ImportResult, ImportResultSchema } from '../../../shared/import/import-result';
import { readFixture } from '../../shared/import/fixture-cases';

const words = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The fields a document carries (not the id, source or notice wording, which differ by design). */
function printedFields({ id: _id, source: _source, publicationNotice: _notice, ...fields }: Consultation) {
  return fields;
}

describe.each(['date_con_consultation_issued.md', 'date_con_consultation_issued.docx', 'date_con_consultation_issued.pdf'])(
  'importing the DCC date consultation from %s',
  (fileName) => {
    let importing: ImportResult;
    beforeAll(async () => {
      importing = await createConsultationImporter({ newId: () => 'imported-1' }).read(fileName, readFixture(fileName));
    });

    it('gives the same consultation as the bundled one', async () => {
      const { consultation } = importing;
      expect(printedFields(consultation)).toEqual(printedFields(dccDateConsultation2020));
      expect({ id: consultation.id, source: consultation.source }).toEqual({ id: 'imported-1', source: 'imported' });
    });

    it('finds the deadline, the address, the classification and exactly one question, Dates Q1', async () => {
      const { consultation } = importing;
      expect(consultation.respondBy).toEqual({ date: '2020-10-28', time: '16:00' });
      expect(consultation.responseEmail).toBe('consultations@smartdcc.co.uk');
      expect(consultation.classification).toBe('DCC Public');
      expect(consultation.questions.map((question) => [question.label, question.text])).toEqual([
        ['Dates Q1', dccDateConsultation2020.questions[0]?.text],
      ]);
    });

    it("keeps DCC's words on publication and confidentiality", async () => {
      const { consultation } = importing;
      expect(words(consultation.publicationNotice)).toBe(words(dccDateConsultation2020.publicationNotice));
    });

    it('hands back the file name and the text the spans point into', async () => {
      const result = importing;
      expect(ImportResultSchema.safeParse(result).success).toBe(true);
      expect(result.fileName).toBe(fileName);
      const span = result.findings.responseEmail.span;
      expect(span && result.sourceText.slice(span.start, span.end)).toBe('consultations@smartdcc.co.uk');
      const question = result.findings.questions[0]?.span;
      expect(question && words(result.sourceText.slice(question.start, question.end))).toContain('Dates Q1');
    });
  },
);

describe('reading from a path', () => {
  it('reads the file and names the result after it', async () => {
    const { FIXTURES } = await import('../../shared/import/fixture-cases');
    const result = await createConsultationImporter().readPath(`${FIXTURES}/date_con_consultation_issued.docx`);
    expect(result.fileName).toBe('date_con_consultation_issued.docx');
    expect(result.consultation.title).toBe(dccDateConsultation2020.title);
    expect(result.consultation.id).toMatch(/^imported-[0-9a-f-]{36}$/);
  });
});
