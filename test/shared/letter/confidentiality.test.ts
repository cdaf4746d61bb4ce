import { describe, expect, it } from 'vitest';
import { composeLetter } from '../../../shared/letter/compose-letter';
import { confidentialityStatement, publicationAvailability } from '../../../shared/letter/confidentiality';
import type { ResponseDraft } from '../../../shared/model';
import { SAMPLE_NOW } from '../../support/sample-draft';
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
    expect(confidentialityStatement(quiet, 'full')).toEqual([
      'We ask that the following parts of this response be treated as confidential and not published: our answer to Dates Q2.',
      'Our reasons: The answer to Dates Q2 reveals our commercial migration plans.',
      'The rest of the response may be published.',
    ]);
  });

  it('names three bodies the notice says a response may go to as "A, B and C"', () => {
    const draft = confidentialDraft();
    const notice = 'Responses may be shared with DESNZ, BEIS and Ofgem.';
    const statement = confidentialityStatement({ ...draft, consultation: { ...draft.consultation, publicationNotice: notice } }, 'full');
    expect(statement.at(-1)).toBe(
      'We understand that, as the consultation explains, the response in its entirety, including any confidential parts, may still be made available to BEIS, DESNZ and Ofgem.',
    );
  });

  it('runs other parts typed untidily (indented, over two lines, ending "...") on as one clean clause', () => {
    const untidy = confidentialDraft({
      confidentiality: { scope: 'parts', otherParts: '\n   The cost figures\n     in Annex B...  ', reasons: 'x', partReasons: {} },
    });
    expect(confidentialityStatement(untidy, 'full')[0]).toBe(
      'We ask that the following parts of this response be treated as confidential and not published: our answer to Dates Q2; and the cost figures in Annex B.',
    );
  });

  it('keeps the capital of a name that is not the first word of the other parts', () => {
    const table = confidentialDraft({ confidentiality: { scope: 'parts', otherParts: 'our cost figures in Table 3', reasons: 'x', partReasons: {} } });
    expect(confidentialityStatement(table, 'full')[0]).toContain('; and our cost figures in Table 3.');
  });

  it('keeps the reasons’ own paragraphs, however the lines were broken (Windows, old Mac, wrapped, blank lines with spaces)', () => {
    const reasons = '  It names our partner.\r\n\r\nIt gives\r\n  our prices.  \r\n \r\nAnd our margins.\r\n \r\n\r\n';
    const whole = (text: string) => sampleDraft({ confidentiality: { scope: 'whole', otherParts: '', reasons: text, partReasons: {} } });
    expect(confidentialityStatement(whole(reasons), 'full').slice(1, -1)).toEqual(['Our reasons: It names our partner.', 'It gives our prices.', 'And our margins.']);
    expect(confidentialityStatement(whole('It names our partner.\r\rIt gives our prices.'), 'full').slice(1, -1)).toEqual([
      'Our reasons: It names our partner.',
      'It gives our prices.',
    ]);
  });

  it('asks for the whole response to be kept confidential without an "Our reasons" line when no reason is given yet', () => {
    const draft = sampleDraft({ confidentiality: { scope: 'whole', otherParts: '', reasons: '  \n ', partReasons: {} } });
    expect(confidentialityStatement(draft, 'full')).toEqual(['We ask that the whole of this response be treated as confidential and not published.', SHARING]);
  });

  it('says plainly when a response confidential in parts does not yet say which parts', () => {
    const draft = sampleDraft({ confidentiality: { scope: 'parts', otherParts: '   ', reasons: 'Commercially sensitive.', partReasons: {} } });
    expect(confidentialityStatement(draft, 'full')).toEqual([
      'We have not yet said which parts of this response are confidential.',
      'Our reasons: Commercially sensitive.',
      'The rest of the response may be published.',
      SHARING,
    ]);
  });

  it('writes the statement for a draft with a question not yet answered', () => {
    const draft = confidentialDraft();
    const unanswered: ResponseDraft = { ...draft, answers: { 'dates-q2': draft.answers['dates-q2']! } };
    expect(confidentialityStatement(unanswered, 'full')[0]).toBe(
      'We ask that the following parts of this response be treated as confidential and not published: our answer to Dates Q2.',
    );
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
    expect(publicationAvailability(draft)).toEqual({
      available: false,
      reason:
        'No answer or passage is marked confidential, so a publication version would be the same as the letter. Parts described in words can only be removed by hand.',
    });
  });

  it('ignores answers flagged confidential while the response says nothing is confidential', () => {
    const draft = confidentialDraft({ confidentiality: { scope: 'none', otherParts: '', reasons: '', partReasons: {} } });
    expect(publicationAvailability(draft).available).toBe(false);
  });

  it('prints an answer flagged before the response was made "nothing confidential", or "all confidential", as an ordinary answer', () => {
    for (const scope of ['none', 'whole'] as const) {
      const draft = confidentialDraft({ confidentiality: { scope, otherParts: '', reasons: 'x', partReasons: {} } });
      const letter = composeLetter(draft, { version: 'full', date: SAMPLE_NOW });
      const q2 = letter.blocks.find((b) => b.kind === 'question' && b.questionId === 'dates-q2');
      expect(q2, scope).toMatchObject({ answer: { status: 'answered', confidential: false } });
    }
  });
});
