import { bundledConsultations } from '../../shared/consultations';
import { newDraft, type Consultation, type Respondent, type ResponseDraft } from '../../shared/model';

export const dccConsultation: Consultation = bundledConsultations[0]!;

export const SAMPLE_NOW = new Date('2020-10-26T10:00:00.000Z');

export const SAMPLE_RESPONDENT: Respondent = {
  organisation: 'Acme Energy Ltd',
  contactName: 'Priya Shah',
  jobTitle: 'Regulatory Analyst',
  email: 'priya.shah@acme-energy.example',
  telephone: '020 7946 0000',
  postalAddress: '1 Example Street\nLondon\nEC1A 1AA',
  category: 'large-supplier',
};

/** A complete response to the bundled DCC consultation, as an analyst would leave it before export. */
export function sampleDraft(overrides: Partial<ResponseDraft> = {}): ResponseDraft {
  const draft = newDraft(dccConsultation, { id: 'sample-draft', now: SAMPLE_NOW });
  return {
    ...draft,
    respondent: SAMPLE_RESPONDENT,
    answers: {
      'dates-q1': {
        position: 'agree',
        rationale:
          'We agree with the proposed date of **3 November 2020**.\n\nOur reasons:\n\n- PPMID key insertion completes by the end of October;\n- our *change freeze* ends on 2 November.\n\n1. First, we have tested the changes.\n2. Second, our agents are briefed.',
        confidential: false,
      },
    },
    confidentiality: { scope: 'none', otherParts: '', reasons: '', partReasons: {} },
    signatory: { name: 'Jordan Lee', jobTitle: 'Head of Regulation', signature: null },
    ...overrides,
  };
}
