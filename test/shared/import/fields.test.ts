import { describe, expect, it } from 'vitest';
import { parseConsultation } from '../../../shared/import/parse-consultation';

const parse = (text: string, fileName?: string) => parseConsultation(text, { id: 'fields', ...(fileName ? { fileName } : {}) });

describe('who issued the consultation', () => {
  it.each([
    ['Please send responses to consultations@smartdcc.co.uk.', 'Smart DCC'],
    ['Please send your response to sec.change@smartenergycodecompany.co.uk.', 'SECAS'],
    ['Please send your response to modifications@secas.example.', 'SECAS'],
    ['Please send your response to retail@ofgem.gov.uk.', 'Ofgem'],
    ['Please send your response to smartmetering@energysecurity.gov.uk.', 'DESNZ'],
    ['Please send your response to team@desnz.gov.uk.', 'DESNZ'],
    ['Please send your response to smartmetering@beis.gov.uk.', 'BEIS'],
  ])('knows the issuer of "%s" from the address', (text, issuer) => {
    expect(parse(`## How to respond\n\n${text}`).consultation.issuer).toBe(issuer);
  });

  it('knows the issuer from its name on the front page when there is no address', () => {
    const { consultation, findings } = parse('# Smart meter data\n\nDepartment for Energy Security and Net Zero\n\nSome text about BEIS.');
    expect(consultation.issuer).toBe('DESNZ');
    expect(findings.issuer.confidence).toBe('low');
  });

  it('prefers the address responses go to over the bodies the text mentions most', () => {
    const text = 'This consultation, on behalf of BEIS, covers BEIS policy. BEIS will decide.\n\n## How to respond\n\nPlease provide responses to DCC at consultations@smartdcc.co.uk.';
    expect(parse(text).consultation.issuer).toBe('Smart DCC');
  });
});

describe('the address responses go to', () => {
  it('is not any address in the document', () => {
    const text = [
      'Author: someone@smartdcc.co.uk',
      '',
      'Any enquiries regarding this publication should be sent to us at: enquiries@beis.gov.uk',
      '',
      'If you have any complaints about the way this consultation has been conducted, please email: bru@beis.gov.uk.',
    ].join('\n');
    expect(parse(text).consultation.responseEmail).toBe('');
  });

  it('is the one the "How to respond" part names', () => {
    const text = ['Author: someone@smartdcc.co.uk', '', '## How to respond', '', 'Email to: responses@beis.gov.uk'].join('\n');
    expect(parse(text).consultation.responseEmail).toBe('responses@beis.gov.uk');
  });

  it('is the front page address when the consultation says to reply to the team named there', () => {
    const text = [
      'Email: retail@ofgem.gov.uk',
      '',
      '## How to respond',
      '',
      "Please send your response to the person or team named on this document's front page.",
      '',
      '## General feedback',
      '',
      'Please send any general feedback comments to stakeholders@ofgem.gov.uk.',
    ].join('\n');
    expect(parse(text).consultation.responseEmail).toBe('retail@ofgem.gov.uk');
  });
});

describe('the other fields', () => {
  it('calls a document without a title "Untitled consultation", and says it is unsure', () => {
    const { consultation, findings } = parse('1600\n\n.....\n\n12');
    expect(consultation.title).toBe('Untitled consultation');
    expect(findings.title).toEqual({ confidence: 'low', span: null });
  });

  it('uses the file name as the reference when none is printed', () => {
    const { consultation, findings } = parse('# A consultation on things', 'C:\\Downloads\\mp-999-consultation.pdf');
    expect(consultation.reference).toBe('mp-999-consultation');
    expect(findings.reference.confidence).toBe('low');
  });

  it.each([
    ['Classification: DCC Public', 'DCC Public'],
    ['OFFICIAL', 'OFFICIAL'],
    ['OFFICIAL-SENSITIVE', 'OFFICIAL-SENSITIVE'],
    ['SECAS Public    Page 3 of 7', 'SECAS Public'],
  ])('reads the classification "%s"', (line, classification) => {
    expect(parse(`# Title of it\n\n${line}\n\nText.`).consultation.classification).toBe(classification);
  });

  it('leaves the classification and publication notice empty when the document has none', () => {
    const { consultation } = parse('# A consultation\n\nQ1 Do you agree?');
    expect(consultation.classification).toBe('');
    expect(consultation.publicationNotice).toBe('');
  });

  it('reads the issue date from its label', () => {
    expect(parse('Publication date: 9 December 2024').consultation.issuedOn).toBe('2024-12-09');
    expect(parse('Issued: 1 October 2021').consultation.issuedOn).toBe('2021-10-01');
  });

  it('keeps publication paragraphs from the confidentiality section as plain text', () => {
    const text = [
      '## Confidentiality and data protection',
      '',
      'Information you provide may be disclosed under the **Freedom of Information Act 2000**.',
      '',
      'We will summarise all responses and [publish](https://www.gov.uk) this summary.',
      '',
      'Thank you.',
    ].join('\n');
    expect(parse(text).consultation.publicationNotice).toBe(
      'Information you provide may be disclosed under the Freedom of Information Act 2000.\n\nWe will summarise all responses and publish this summary.',
    );
  });
});
