import { describe, expect, it } from 'vitest';
import { confidentialityStatement, publicationAvailability } from '../../../shared/letter/confidentiality';
import { sampleDraft } from '../../support/sample-draft';
import { confidentialDraft } from './letter-fixtures';

const SHARING =
  'We understand that, as the consultation explains, the response in its entirety, including any confidential parts, may still be made available to BEIS and the Authority.';

describe('the confidentiality statement', () => {
  it('says plainly that nothing is confidential and the response may be published in full', () => {
    expect(confidentialityStatement(sampleDraft(), 'full')).toEqual([
      'Nothing in this response is confidential. It may be published in full.',
    ]);
  });

  it('asks for the whole response to be kept confidential, with the reasons and the BEIS/Authority caveat', () => {
    const draft = sampleDraft({ confidentiality: { scope: 'whole', otherParts: '', reasons: 'It sets out our trading position.', partReasons: {} } });
    expect(confidentialityStatement(draft, 'full')).toEqual([
      'We ask that the whole of this response be treated as confidential and not published.',
      'Our reasons: It sets out our trading position.',
      SHARING,
    ]);
  });

  it('names the confidential answers by label and the other parts, with the reasons', () => {
    const draft = confidentialDraft({
      confidentiality: { scope: 'parts', otherParts: 'the cost figures in our answer to Dates Q1.', reasons: 'Commercially sensitive.', partReasons: {} },
    });
    expect(confidentialityStatement(draft, 'full')).toEqual([
      'We ask that the following parts of this response be treated as confidential and not published: our answer to Dates Q2; and the cost figures in our answer to Dates Q1.',
      'Our reasons: Commercially sensitive.',
      'The rest of the response may be published.',
      SHARING,
    ]);
  });

  it('runs a part described as a sentence on without a capital mid-sentence, keeping the capitals of names', () => {
    const draft = confidentialDraft({
      confidentiality: { scope: 'parts', otherParts: 'The name and address of our supplier.', reasons: 'x', partReasons: {} },
    });
    expect(confidentialityStatement(draft, 'full')[0]).toContain('our answer to Dates Q2; and the name and address of our supplier.');
    const annex = confidentialDraft({ confidentiality: { scope: 'parts', otherParts: 'Annex A', reasons: 'x', partReasons: {} } });
    expect(confidentialityStatement(annex, 'full')[0]).toContain('; and Annex A.');
  });

  it('lists several confidential answers as "A and B"', () => {
    const draft = confidentialDraft();
    const both = { ...draft, answers: Object.fromEntries(Object.entries(draft.answers).map(([id, a]) => [id, { ...a, confidential: true }])) };
    expect(confidentialityStatement(both, 'full')[0]).toContain('our answers to Dates Q1 and Dates Q2.');
  });

  it('leaves out the BEIS/Authority caveat when the consultation’s notice says nothing of them', () => {
    const draft = confidentialDraft();
    const quiet = { ...draft, consultation: { ...draft.consultation, publicationNotice: 'Responses may be published.' } };
    expect(confidentialityStatement(quiet, 'full').join(' ')).not.toContain('BEIS');
  });

  it('in the publication version says which answer was removed, without the reasons', () => {
    expect(confidentialityStatement(confidentialDraft(), 'publication')).toEqual([
      'This is the version of our response for publication. Our answer to Dates Q2 is confidential and has been removed.',
    ]);
  });
});

describe('publicationAvailability', () => {
  it('offers a publication version when an answer is confidential', () => {
    expect(publicationAvailability(confidentialDraft())).toEqual({ available: true });
  });

  it('explains there is none when the whole response is confidential', () => {
    const draft = sampleDraft({ confidentiality: { scope: 'whole', otherParts: '', reasons: 'x', partReasons: {} } });
    expect(publicationAvailability(draft)).toEqual({
      available: false,
      reason: 'There is no publication version because the whole response is confidential.',
    });
  });

  it('explains the letter itself may be published when nothing is confidential', () => {
    const result = publicationAvailability(sampleDraft());
    expect(result.available).toBe(false);
    if (!result.available) expect(result.reason).toContain('the letter itself may be published');
  });

  it('has none when only parts described in words are confidential', () => {
    const draft = sampleDraft({ confidentiality: { scope: 'parts', otherParts: 'Annex A', reasons: 'x', partReasons: {} } });
    expect(publicationAvailability(draft).available).toBe(false);
  });

  it('ignores answers flagged confidential while the response says nothing is confidential', () => {
    const draft = confidentialDraft({ confidentiality: { scope: 'none', otherParts: '', reasons: '', partReasons: {} } });
    expect(publicationAvailability(draft).available).toBe(false);
  });
});
