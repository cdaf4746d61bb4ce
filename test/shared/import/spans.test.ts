import { describe, expect, it } from 'vitest';
import type { SourceSpan } from '../../../shared/import/import-result';
import { parseConsultation } from '../../../shared/import/parse-consultation';
import { fixtureCases, isTextDocument, plain, readFixtureText } from './fixture-cases';

function slice(text: string, span: SourceSpan | null): string {
  expect(span).not.toBeNull();
  return span ? text.slice(span.start, span.end) : '';
}

describe('each finding points at where it is in the document', () => {
  const seed = readFixtureText('date_con_consultation_issued.md');
  const { consultation, findings } = parseConsultation(seed, { id: 'spans' });

  it('points at the printed title, reference, address and classification', () => {
    expect(plain(slice(seed, findings.title.span))).toBe(consultation.title);
    expect(plain(slice(seed, findings.reference.span))).toBe('date_con_consultation_issued');
    expect(slice(seed, findings.responseEmail.span)).toBe('consultations@smartdcc.co.uk');
    expect(slice(seed, findings.classification.span)).toBe('DCC Public');
  });

  it('points at the printed dates', () => {
    expect(slice(seed, findings.issuedOn.span)).toBe('21 October 2020');
    expect(slice(seed, findings.respondBy.span)).toBe('1600 on 28 October 2020');
  });

  it('points the response address at the "How to respond" sentence, not the author line', () => {
    const span = findings.responseEmail.span;
    expect(span && seed.slice(Math.max(0, span.start - 60), span.start)).toContain('by 1600 on Wednesday 28 October 2020 to DCC at');
  });

  it('points each question at its label and whole text', () => {
    const question = slice(seed, findings.questions[0]?.span ?? null);
    expect(question.startsWith('Dates Q1')).toBe(true);
    expect(question).toContain(consultation.questions[0]?.text);
  });

  describe.each(
    fixtureCases().flatMap(({ expected }) => expected.documents.filter(isTextDocument)),
  )('in %s', (document) => {
    const text = readFixtureText(document);
    const parsed = parseConsultation(text, { id: 'spans' });

    it('every question span contains its label and, read plainly, its text', () => {
      parsed.consultation.questions.forEach((question, index) => {
        const printed = slice(text, parsed.findings.questions[index]?.span ?? null);
        expect(printed).toContain(question.label.replace(/\.$/, ''));
        expect(plain(printed)).toContain(plain(question.text).slice(0, 40));
        expect(plain(printed).endsWith(plain(question.text).slice(-20))).toBe(true);
      });
    });

    it('the address span is the address', () => {
      if (parsed.consultation.responseEmail === '') return;
      expect(slice(text, parsed.findings.responseEmail.span)).toBe(parsed.consultation.responseEmail);
    });

    it('spans lie inside the text', () => {
      const spans = [
        ...Object.values(parsed.findings).flatMap((finding) => (Array.isArray(finding) ? finding : [finding])),
      ].flatMap((finding) => (finding.span ? [finding.span] : []));
      for (const span of spans) {
        expect(span.start).toBeLessThanOrEqual(span.end);
        expect(span.end).toBeLessThanOrEqual(text.length);
      }
    });
  });
});
