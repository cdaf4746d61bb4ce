import { describe, expect, it } from 'vitest';
import { composeLetter } from '../../../shared/letter/compose-letter';
import { CONFIDENTIAL_HEADER, DRAFT_HEADER, REDACTED_TEXT, type Letter, type LetterBlock } from '../../../shared/letter/letter';
import { renderPlainText } from '../../../shared/letter/render-plain-text';
import { SAMPLE_NOW, sampleDraft } from '../../support/sample-draft';
import { confidentialDraft, SECRET_WORDS, signature } from './letter-fixtures';

function block<K extends LetterBlock['kind']>(letter: Letter, kind: K): Extract<LetterBlock, { kind: K }> {
  const found = letter.blocks.find((b) => b.kind === kind);
  if (!found) throw new Error(`no ${kind} block`);
  return found as Extract<LetterBlock, { kind: K }>;
}

describe('composeLetter', () => {
  const full = composeLetter(sampleDraft(), { version: 'full', date: SAMPLE_NOW });

  it('puts the blocks in letter order', () => {
    expect(full.blocks.map((b) => b.kind)).toEqual([
      'letterhead',
      'date',
      'addressee',
      'title',
      'introduction',
      'confidentiality',
      'heading',
      'question',
      'signature',
    ]);
  });

  it('heads the letter with the organisation and its postal address', () => {
    expect(block(full, 'letterhead')).toEqual({
      kind: 'letterhead',
      organisation: 'Acme Energy Ltd',
      addressLines: ['1 Example Street', 'London', 'EC1A 1AA'],
    });
  });

  it('dates the letter in UK long form, on the UK calendar day', () => {
    expect(block(full, 'date').text).toBe('26 October 2020');
    // 23:30 UTC on 31 March 2021 is already 1 April in London (BST).
    const lateNight = composeLetter(sampleDraft(), { version: 'full', date: new Date('2021-03-31T23:30:00Z') });
    expect(block(lateNight, 'date').text).toBe('1 April 2021');
  });

  it('addresses the issuer and says it is sent by email to the response address', () => {
    expect(block(full, 'addressee').lines).toEqual(['Smart DCC', 'Sent by email to consultations@smartdcc.co.uk']);
  });

  it('titles the letter "Response to:" the consultation, with its reference', () => {
    const title = block(full, 'title');
    expect(title.text).toBe(
      'Response to: Further consultation on the date for re-designation of regulatory changes covering SMETS1 Uplift 1.2 and CoS Dormancy',
    );
    expect(title.referenceLine).toBe('Reference: date_con_consultation_issued');
    expect(full.meta.title).toBe(title.text);
  });

  it('opens with a default introduction naming the organisation and the consultation', () => {
    const text = renderPlainText(full);
    expect(text).toContain('Acme Energy Ltd welcomes the opportunity to respond to Smart DCC’s consultation “Further consultation');
    expect(text).toContain('(date_con_consultation_issued)');
  });

  it('uses the draft’s own introduction, formatted, when there is one', () => {
    const letter = composeLetter(sampleDraft({ introduction: 'Thank you for **this** consultation.' }), { version: 'full', date: SAMPLE_NOW });
    expect(block(letter, 'introduction').content).toEqual([
      {
        type: 'paragraph',
        runs: [
          { text: 'Thank you for ', bold: false, italic: false },
          { text: 'this', bold: true, italic: false },
          { text: ' consultation.', bold: false, italic: false },
        ],
      },
    ]);
  });

  it('gives each question its label, text, position and formatted rationale', () => {
    const question = block(full, 'question');
    expect(question.label).toBe('Dates Q1');
    expect(question.text).toMatch(/^Do you agree with the proposed re-designation date/);
    expect(question.answer).toMatchObject({ status: 'answered', position: 'Agree', confidential: false });
    if (question.answer.status !== 'answered') throw new Error('expected an answer');
    expect(question.answer.rationale.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'bullet-list', 'numbered-list']);
  });

  it('ends with the signatory, their job title, organisation, date and signature', () => {
    const signed = composeLetter(confidentialDraft(), { version: 'full', date: SAMPLE_NOW });
    expect(block(signed, 'signature')).toEqual({
      kind: 'signature',
      name: 'Jordan Lee',
      jobTitle: 'Head of Regulation',
      organisation: 'Acme Energy Ltd',
      date: '26 October 2020',
      image: signature,
    });
  });

  it('says when a question has no answer', () => {
    const draft = sampleDraft({ answers: [{ questionId: 'dates-q1', position: null, rationale: '', confidential: false }] });
    expect(renderPlainText(composeLetter(draft, { version: 'full', date: SAMPLE_NOW }))).toContain('No response to this question.');
  });

  it('marks a letter DRAFT until it is signed off', () => {
    expect(full.meta).toMatchObject({ anyConfidential: false, headerMark: DRAFT_HEADER, version: 'full' });
  });

  it('has no header mark once signed off when nothing is confidential', () => {
    const signed = sampleDraft({ status: 'signed-off', signOff: { name: 'Jordan Lee', jobTitle: 'Head of Regulation', date: '2020-10-26', at: SAMPLE_NOW.toISOString() } });
    expect(composeLetter(signed, { version: 'full', date: SAMPLE_NOW }).meta.headerMark).toBeNull();
    expect(renderPlainText(composeLetter(signed, { version: 'full', date: SAMPLE_NOW }))).not.toContain(DRAFT_HEADER);
  });
});

describe('the full and publication versions', () => {
  const draft = confidentialDraft();
  const full = composeLetter(draft, { version: 'full', date: SAMPLE_NOW });
  const publication = composeLetter(draft, { version: 'publication', date: SAMPLE_NOW });

  it('marks the full letter CONFIDENTIAL and flags the confidential answer to Dates Q2', () => {
    expect(full.meta.headerMark).toBe(`${DRAFT_HEADER} — ${CONFIDENTIAL_HEADER}`);
    const answers = full.blocks.filter((b) => b.kind === 'question');
    expect(answers.map((q) => q.answer.status === 'answered' && q.answer.confidential)).toEqual([false, true]);
    expect(renderPlainText(full)).toContain('Dates Q2 (Confidential)');
    for (const secret of SECRET_WORDS) expect(renderPlainText(full)).toContain(secret);
  });

  it('replaces the confidential answer, position too, with "[Confidential: redacted]" in the publication version', () => {
    const q2 = publication.blocks.find((b) => b.kind === 'question' && b.questionId === 'dates-q2');
    expect(q2).toMatchObject({ label: 'Dates Q2', answer: { status: 'redacted' } });
    const text = renderPlainText(publication);
    expect(text).toContain(`Dates Q2\n\nDo you agree with the draft direction text at Attachment 1?\n\n${REDACTED_TEXT}`);
    expect(text).not.toContain('Partly agree');
  });

  it('keeps nothing of the confidential answer anywhere in the publication letter', () => {
    const everything = JSON.stringify(publication);
    for (const secret of SECRET_WORDS) expect(everything).not.toContain(secret);
    expect(everything).not.toContain('November*');
  });

  it('keeps the answers that are not confidential in the publication version', () => {
    expect(renderPlainText(publication)).toContain('We agree with the proposed date of 3 November 2020.');
  });

  it('leaves the signature picture out of the publication version, which goes on the web', () => {
    expect(block(publication, 'signature')).toMatchObject({ name: 'Jordan Lee', image: null });
    expect(publication.meta.headerMark).toBe(DRAFT_HEADER);
  });

  it('never changes the draft', () => {
    const before = structuredClone(draft);
    composeLetter(draft, { version: 'publication', date: SAMPLE_NOW });
    expect(draft).toEqual(before);
  });
});
