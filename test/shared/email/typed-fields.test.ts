import { beforeEach, describe, expect, it } from 'vitest';
import { composeEmail, type EmailDraft } from '../../../shared/email';
import type { ResponseDraft } from '../../../shared/model';
import { sampleDraft } from '../../support/sample-draft';
import { signedOff } from '../letter/letter-fixtures';

/** Fields as people type them: with stray spaces, or only spaces. The regulator must never see the slips. */
const letters = [{ fileName: 'Acme Energy Ltd - response.docx', kind: 'letter-full' as const }];

function typed(respondent: Partial<ResponseDraft['respondent']>, title?: string): ResponseDraft {
  const base = signedOff(sampleDraft());
  return { ...base, respondent: { ...base.respondent, ...respondent }, consultation: { ...base.consultation, title: title ?? base.consultation.title } };
}

const signature = (email: EmailDraft) => email.body.slice(email.body.indexOf('Kind regards,')).trim().split('\n');

describe('an email composed from fields typed untidily', () => {
  // Composed in beforeEach, not in the describe body: StrykerJS switches a mutant on only once the tests start.
  let untidy: EmailDraft;
  beforeEach(() => {
    untidy = composeEmail(typed({ organisation: '  Acme Energy Ltd  ', email: '  priya.shah@acme-energy.example ' }, '  Further consultation on dates  '), letters);
  });

  it('names the organisation and the consultation without the spaces', () => {
    expect(untidy.body).toContain('Please find attached Acme Energy Ltd’s response to the consultation “Further consultation on dates”.');
  });

  it('sends from the contact’s address with the spaces taken off', () => {
    expect(untidy.from).toEqual({ name: 'Priya Shah', address: 'priya.shah@acme-energy.example' });
  });

  it('says "our response" when the organisation is only spaces', () => {
    expect(composeEmail(typed({ organisation: '   ' }), letters).body).toContain('Please find attached our response to the consultation');
  });

  it('is signed by the signatory, name and title, when the contact name is only spaces', () => {
    const email = composeEmail(typed({ contactName: '   ', jobTitle: 'Regulatory Analyst' }), letters);
    expect(signature(email)).toEqual(['Kind regards,', 'Jordan Lee', 'Head of Regulation', 'Acme Energy Ltd', '020 7946 0000']);
  });
});
