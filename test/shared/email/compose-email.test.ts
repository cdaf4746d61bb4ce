import { describe, expect, it } from 'vitest';
import { composeEmail, mailtoLink } from '../../../shared/email';
import { confidentialityStatement } from '../../../shared/letter/confidentiality';
import { sampleDraft } from '../../support/sample-draft';
import { confidentialDraft } from '../letter/letter-fixtures';

const letters = [
  { fileName: 'Acme Energy Ltd - response - date_con_consultation_issued.docx', kind: 'letter-full' as const },
  { fileName: 'Acme Energy Ltd - response (publication) - date_con_consultation_issued.docx', kind: 'letter-publication' as const },
];

describe('composeEmail', () => {
  const email = composeEmail(confidentialDraft(), letters);

  it('goes to the consultation’s response address with a subject naming the consultation and organisation', () => {
    expect(email.to).toBe('consultations@smartdcc.co.uk');
    expect(email.subject).toBe(
      'Response to Further consultation on the date for re-designation of regulatory changes covering SMETS1 Uplift 1.2 and CoS Dormancy from Acme Energy Ltd',
    );
  });

  it('names the consultation by title and reference in the body', () => {
    expect(email.body).toContain('“Further consultation on the date for re-designation');
    expect(email.body).toContain('(reference date_con_consultation_issued)');
  });

  it('states the confidentiality request in writing, in the letter’s own words', () => {
    for (const paragraph of confidentialityStatement(confidentialDraft(), 'full')) expect(email.body).toContain(paragraph);
  });

  it('lists the attachments by file name', () => {
    for (const letter of letters) expect(email.body).toContain(`- ${letter.fileName}`);
    expect(email.attachments).toEqual(letters);
  });

  it('keeps line breaks and control characters out of the subject', () => {
    const draft = sampleDraft();
    const hostile = {
      ...draft,
      respondent: { ...draft.respondent, organisation: 'Acme\r\nBcc: victim@example.com' },
      consultation: { ...draft.consultation, title: 'Énergie — “quotes”\u0007' },
    };
    expect(composeEmail(hostile, []).subject).toBe('Response to Énergie — “quotes” from Acme Bcc: victim@example.com');
  });
});

describe('mailtoLink', () => {
  it('opens a message to the response address with the subject and a short body', () => {
    const link = mailtoLink(composeEmail(sampleDraft(), []));
    const url = new URL(link);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('consultations@smartdcc.co.uk');
    expect(url.searchParams.get('subject')).toMatch(/^Response to Further consultation .* from Acme Energy Ltd$/);
    expect(url.searchParams.get('body')).toContain('Attach the exported response letter');
    expect(link).not.toMatch(/[\s\r\n]/);
  });
});
