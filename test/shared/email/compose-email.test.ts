import { beforeEach, describe, expect, it } from 'vitest';
import { composeEmail, DRAFT_BODY_NOTICE, mailtoLink, type EmailDraft } from '../../../shared/email';
import { confidentialityStatement } from '../../../shared/letter/confidentiality';
import { sampleDraft } from '../../support/sample-draft';
import { confidentialDraft, signedOff } from '../letter/letter-fixtures';

const letters = [
  { fileName: 'Acme Energy Ltd - response - Further consultation.docx', kind: 'letter-full' as const },
  { fileName: 'Acme Energy Ltd - response (publication) - Further consultation.docx', kind: 'letter-publication' as const },
];

describe('composeEmail', () => {
  // Composed in beforeEach, not in the describe body: StrykerJS switches a mutant on only once the tests start.
  let email: EmailDraft;
  beforeEach(() => {
    email = composeEmail(signedOff(confidentialDraft()), letters);
  });

  it('goes to the consultation’s response address with a subject naming the consultation and organisation', () => {
    expect(email.to).toBe('consultations@smartdcc.co.uk');
    expect(email.subject).toBe(
      'Response to Further consultation on the date for re-designation of regulatory changes covering SMETS1 Uplift 1.2 and CoS Dormancy from Acme Energy Ltd',
    );
  });

  it('names the consultation by its title in the body, never by an internal reference', () => {
    expect(email.body).toContain('“Further consultation on the date for re-designation');
    expect(email.body).not.toContain('date_con_consultation_issued');
    expect(email.body).not.toContain('DRAFT');
  });

  it('says DRAFT in the subject and at the top of the body until the response is signed off', () => {
    const draft = composeEmail(confidentialDraft(), letters);
    expect(draft.subject).toBe(
      'DRAFT – not signed off: Response to Further consultation on the date for re-designation of regulatory changes covering SMETS1 Uplift 1.2 and CoS Dormancy from Acme Energy Ltd',
    );
    expect(draft.body.startsWith(`${DRAFT_BODY_NOTICE}\n\nHello,`)).toBe(true);
    expect(draft.unsignedDraft).toBe(true);
    expect(email.unsignedDraft).toBe(false);
  });

  it('states the confidentiality request in writing, in the letter’s own words', () => {
    for (const paragraph of confidentialityStatement(confidentialDraft(), 'full')) expect(email.body).toContain(paragraph);
  });

  it('lists the attachments by file name', () => {
    for (const letter of letters) expect(email.body).toContain(`- ${letter.fileName}`);
    expect(email.attachments).toEqual(letters);
  });

  it('reads, from greeting to signature, as the email a regulator receives', () => {
    const withEml = [...letters, { fileName: 'Acme Energy Ltd - response - Further consultation.eml', kind: 'email' as const }];
    expect(composeEmail(signedOff(confidentialDraft()), withEml).body).toBe(
      [
        'Hello,',
        'Please find attached Acme Energy Ltd’s response to the consultation “Further consultation on the date for re-designation of regulatory changes covering SMETS1 Uplift 1.2 and CoS Dormancy”.',
        'Confidentiality:',
        ...confidentialityStatement(confidentialDraft(), 'full'),
        [
          'Attached:',
          `- ${letters[0]!.fileName}: our response`,
          `- ${letters[1]!.fileName}: the version for publication, with the confidential parts removed`,
          '- Acme Energy Ltd - response - Further consultation.eml',
        ].join('\n'),
        ['Kind regards,', 'Priya Shah', 'Regulatory Analyst', 'Acme Energy Ltd', '020 7946 0000'].join('\n'),
      ].join('\n\n') + '\n',
    );
    expect(email.from).toEqual({ name: 'Priya Shah', address: 'priya.shah@acme-energy.example' });
  });

  it('signs with the signatory when there is no contact, and says "our response" without an organisation', () => {
    const draft = signedOff(sampleDraft());
    const anonymous = { ...draft, respondent: { ...draft.respondent, organisation: '  ', contactName: '', jobTitle: '', telephone: '' } };
    const mail = composeEmail(anonymous, []);
    expect(mail.subject).toBe('Response to Further consultation on the date for re-designation of regulatory changes covering SMETS1 Uplift 1.2 and CoS Dormancy');
    expect(mail.body).toContain('Please find attached our response to the consultation “Further consultation');
    expect(mail.body).not.toContain('Attached:');
    expect(mail.body.endsWith('Kind regards,\nJordan Lee\nHead of Regulation\n')).toBe(true);
    // Named by the organisation when there is no contact, and left out when the address is not plainly one.
    expect(composeEmail({ ...draft, respondent: { ...draft.respondent, contactName: '' } }, []).from).toEqual({
      name: 'Acme Energy Ltd',
      address: 'priya.shah@acme-energy.example',
    });
    expect(composeEmail({ ...draft, respondent: { ...draft.respondent, email: 'Priya <priya@acme.example>' } }, []).from).toBeNull();
  });

  it('keeps line breaks and control characters out of the subject', () => {
    const draft = signedOff(sampleDraft());
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
    const link = mailtoLink(composeEmail(signedOff(sampleDraft()), []));
    const url = new URL(link);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('consultations@smartdcc.co.uk');
    expect(url.searchParams.get('subject')).toMatch(/^Response to Further consultation .* from Acme Energy Ltd$/);
    expect(url.searchParams.get('body')).toContain('Attach the exported response letter');
    expect(link).not.toMatch(/[\s\r\n]/);
  });

  it('says DRAFT in the subject and body of a link made before sign-off', () => {
    const url = new URL(mailtoLink(composeEmail(sampleDraft(), [])));
    expect(url.searchParams.get('subject')).toMatch(/^DRAFT – not signed off: Response to /);
    expect(url.searchParams.get('body')).toContain('do not send this email');
  });
});
