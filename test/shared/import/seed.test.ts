import { describe, expect, it } from 'vitest';
import { dccDateConsultation2020 } from '../../../shared/consultations/dcc-date-con-2020';
import type { Consultation } from '../../../shared/model';
import { ParsedConsultationSchema } from '../../../shared/import/import-result';
import { parseConsultation } from '../../../shared/import/parse-consultation';
import { readFixtureText } from './fixture-cases';

const seed = readFixtureText('date_con_consultation_issued.md');
const parsed = parseConsultation(seed, { id: 'imported-seed' });
const { consultation, findings } = parsed;

/** The fields a document carries (not the id, source or notice wording, which differ by design). */
function printedFields({ id: _id, source: _source, publicationNotice: _notice, ...fields }: Consultation) {
  return fields;
}

describe('importing the DCC date consultation from its Markdown text', () => {
  it('finds the same consultation as the bundled one', () => {
    expect(printedFields(consultation)).toEqual(printedFields(dccDateConsultation2020));
  });

  it('marks the consultation as imported under the id it was given', () => {
    expect(consultation.id).toBe('imported-seed');
    expect(consultation.source).toBe('imported');
  });

  it('finds exactly one question, Dates Q1, with its full text', () => {
    expect(consultation.questions).toHaveLength(1);
    expect(consultation.questions[0]).toEqual(dccDateConsultation2020.questions[0]);
  });

  it("keeps the consultation's own words on publication and confidentiality", () => {
    const words = (text: string): string => text.replace(/\s+/g, ' ');
    expect(words(consultation.publicationNotice)).toBe(words(dccDateConsultation2020.publicationNotice));
  });

  it('is sure of every field it found', () => {
    for (const field of ['title', 'reference', 'issuer', 'issuedOn', 'respondBy', 'responseEmail', 'classification'] as const) {
      expect(findings[field].confidence, field).toBe('high');
    }
    expect(findings.questions).toEqual([expect.objectContaining({ confidence: 'high' })]);
  });

  it('gives a result that validates against the schema', () => {
    expect(ParsedConsultationSchema.safeParse(parsed).success).toBe(true);
  });

  it('gives the same result every time', () => {
    expect(parseConsultation(seed, { id: 'imported-seed' })).toEqual(parsed);
  });
});
