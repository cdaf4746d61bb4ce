import { beforeEach, describe, expect, it } from 'vitest';
import { composeLetter } from '../../../shared/letter/compose-letter';
import {
  CONFIDENTIAL_HEADER,
  DRAFT_HEADER,
  DRAFT_WATERMARK,
  PUBLICATION_HEADER,
  REDACTED_TEXT,
  type Letter,
  type LetterBlock,
} from '../../../shared/letter/letter';
import { renderPlainText } from '../../../shared/letter/render-plain-text';
import { SAMPLE_NOW, sampleDraft } from '../../support/sample-draft';
import { confidentialDraft, SECRET_WORDS, signature, signedOff } from './letter-fixtures';

function block<K extends LetterBlock['kind']>(letter: Letter, kind: K): Extract<LetterBlock, { kind: K }> {
  const found = letter.blocks.find((b) => b.kind === kind);
  if (!found) throw new Error(`no ${kind} block`);
  return found as Extract<LetterBlock, { kind: K }>;
}

describe('composeLetter', () => {
  // Composed in beforeEach, not in the describe body: StrykerJS switches a mutant on only once the tests start.
  let full: Letter;
  beforeEach(() => {
    full = composeLetter(sampleDraft(), { version: 'full', date: SAMPLE_NOW });
  });

  it('puts the blocks in letter order', () => {
    expect(full.blocks.map((b) => b.kind)).toEqual([
      'letterhead',
      'date',
      'addressee',
      'salutation',
      'title',
      'introduction',
      'confidentiality',
      'heading',
      'question',
      'contact',
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

  it('titles the letter "Response to:" the consultation, with the issuer’s reference as printed and the respondent’s category', () => {
    const title = block(full, 'title');
    expect(title.text).toBe(
      'Response to: Further consultation on the date for re-designation of regulatory changes covering SMETS1 Uplift 1.2 and CoS Dormancy',
    );
    expect(title.details).toEqual([
      { label: 'Your reference', value: 'date_con_consultation_issued' },
      { label: 'Respondent category', value: 'Large energy supplier' },
    ]);
    expect(full.meta.title).toBe(title.text);
  });

  it('prints fields typed with stray spaces, blank lines and old line ends cleanly', () => {
    const base = sampleDraft();
    const messy = sampleDraft({
      respondent: { ...base.respondent, organisation: '  Acme Energy Ltd ', postalAddress: '\r\n 1 Example Street \r\rLondon\n\n  \nEC1A 1AA  ', category: 'other' },
      consultation: { ...base.consultation, title: ` ${base.consultation.title}  `, issuer: ' Smart DCC ', reference: '  date_con_consultation_issued ' },
      signatory: { ...base.signatory, name: ' Jordan Lee ', jobTitle: ' Head of Regulation ' },
      introduction: '   ',
    });
    const letter = composeLetter(messy, { version: 'full', date: SAMPLE_NOW });
    expect(block(letter, 'letterhead')).toEqual({ kind: 'letterhead', organisation: 'Acme Energy Ltd', addressLines: ['1 Example Street', 'London', 'EC1A 1AA'] });
    expect(block(letter, 'addressee').lines).toEqual(['Smart DCC', 'Sent by email to consultations@smartdcc.co.uk']);
    expect(block(letter, 'title')).toMatchObject({ text: block(full, 'title').text, details: [{ label: 'Your reference', value: 'date_con_consultation_issued' }] });
    expect(block(letter, 'introduction')).toEqual(block(full, 'introduction'));
    expect(block(letter, 'heading').text).toBe('Our answers');
    expect(block(letter, 'signature')).toMatchObject({ name: 'Jordan Lee', jobTitle: 'Head of Regulation', organisation: 'Acme Energy Ltd' });
  });

  it('speaks as "We" in the introduction when no organisation is given, and leaves out an unknown category', () => {
    const base = sampleDraft();
    const unnamed = sampleDraft({ respondent: { ...base.respondent, organisation: '  ', category: '' }, consultation: { ...base.consultation, issuer: '  ' } });
    const letter = composeLetter(unnamed, { version: 'full', date: SAMPLE_NOW });
    expect(renderPlainText(letter)).toContain('We welcome the opportunity to respond to the consultation “Further consultation');
    expect(block(letter, 'title').details).toEqual([{ label: 'Your reference', value: 'date_con_consultation_issued' }]);
  });

  it('opens with a default introduction naming the organisation and the consultation by its title', () => {
    const text = renderPlainText(full);
    expect(text).toContain(
      'Acme Energy Ltd welcomes the opportunity to respond to Smart DCC’s consultation “Further consultation on the date for re-designation of regulatory changes covering SMETS1 Uplift 1.2 and CoS Dormancy”. Our answers',
    );
    // The reference appears once, labelled as the issuer's.
    expect(text.match(/date_con_consultation_issued/g)).toEqual(['date_con_consultation_issued']);
  });

  it('greets "Dear Sir or Madam" and closes "Yours faithfully" when no one is named', () => {
    expect(block(full, 'salutation').text).toBe('Dear Sir or Madam,');
    expect(block(full, 'signature').closing).toBe('Yours faithfully,');
  });

  it('greets a named addressee by name, addresses the letter to them and closes "Yours sincerely"', () => {
    const draft = sampleDraft({ letterWording: { addresseeName: 'Jane Smith', salutation: null, closing: null } });
    const letter = composeLetter(draft, { version: 'full', date: SAMPLE_NOW });
    expect(block(letter, 'addressee').lines[0]).toBe('Jane Smith');
    expect(block(letter, 'salutation').text).toBe('Dear Jane Smith,');
    expect(block(letter, 'signature').closing).toBe('Yours sincerely,');
  });

  it('prints a salutation and closing typed for this draft', () => {
    const draft = sampleDraft({ letterWording: { addresseeName: 'Jane Smith', salutation: 'Dear Ms Smith', closing: 'With best wishes' } });
    const letter = composeLetter(draft, { version: 'full', date: SAMPLE_NOW });
    expect(block(letter, 'salutation').text).toBe('Dear Ms Smith,');
    expect(block(letter, 'signature').closing).toBe('With best wishes,');
  });

  it('asks readers with queries to contact the named contact, with job title, email and telephone', () => {
    expect(block(full, 'contact').text).toBe(
      'For queries about this response, please contact Priya Shah (Regulatory Analyst), priya.shah@acme-energy.example, 020 7946 0000.',
    );
    const noContact = sampleDraft({ respondent: { ...sampleDraft().respondent, contactName: '', jobTitle: '', email: '', telephone: '' } });
    expect(composeLetter(noContact, { version: 'full', date: SAMPLE_NOW }).blocks.some((b) => b.kind === 'contact')).toBe(false);
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

  it('ends, once signed off, with the closing, the signatory, their job title, organisation, date and signature', () => {
    const signed = composeLetter(signedOff(confidentialDraft()), { version: 'full', date: SAMPLE_NOW });
    expect(block(signed, 'signature')).toEqual({
      kind: 'signature',
      closing: 'Yours faithfully,',
      name: 'Jordan Lee',
      jobTitle: 'Head of Regulation',
      organisation: 'Acme Energy Ltd',
      date: '26 October 2020',
      image: signature,
    });
  });

  it('says when a question has no answer', () => {
    const draft = sampleDraft({ answers: { 'dates-q1': { position: null, rationale: '', confidential: false } } });
    expect(renderPlainText(composeLetter(draft, { version: 'full', date: SAMPLE_NOW }))).toContain('No response to this question.');
  });

  it('marks a letter DRAFT, header and watermark, and leaves the signature picture out until it is signed off', () => {
    expect(full.meta).toMatchObject({ anyConfidential: false, signedOff: false, headerMarks: [DRAFT_HEADER], watermark: DRAFT_WATERMARK, version: 'full' });
    const unsigned = composeLetter(confidentialDraft(), { version: 'full', date: SAMPLE_NOW });
    expect(block(unsigned, 'signature')).toMatchObject({ name: 'Jordan Lee', image: null });
    expect(JSON.stringify(unsigned)).not.toContain(signature.dataBase64);
  });

  it('has no header mark and no watermark once signed off when nothing is confidential', () => {
    const signed = composeLetter(signedOff(sampleDraft()), { version: 'full', date: SAMPLE_NOW });
    expect(signed.meta).toMatchObject({ signedOff: true, headerMarks: [], watermark: null });
    expect(renderPlainText(signed)).not.toContain('DRAFT');
  });
});

describe('the full and publication versions', () => {
  const draft = confidentialDraft();
  let full: Letter;
  let publication: Letter;
  beforeEach(() => {
    full = composeLetter(draft, { version: 'full', date: SAMPLE_NOW });
    publication = composeLetter(draft, { version: 'publication', date: SAMPLE_NOW });
  });

  it('marks the full letter CONFIDENTIAL and flags the confidential answer to Dates Q2', () => {
    expect(full.meta.headerMarks).toEqual([DRAFT_HEADER, CONFIDENTIAL_HEADER]);
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

  it('leaves the signature picture out of the publication version, which goes on the web, even once signed off', () => {
    const signedPublication = composeLetter(signedOff(draft), { version: 'publication', date: SAMPLE_NOW });
    expect(block(signedPublication, 'signature')).toMatchObject({ name: 'Jordan Lee', image: null });
    expect(block(composeLetter(signedOff(draft), { version: 'full', date: SAMPLE_NOW }), 'signature').image).toEqual(signature);
  });

  it('marks every page of the publication version as such, and not as CONFIDENTIAL', () => {
    expect(publication.meta.headerMarks).toEqual([DRAFT_HEADER, PUBLICATION_HEADER]);
    expect(composeLetter(signedOff(draft), { version: 'publication', date: SAMPLE_NOW }).meta.headerMarks).toEqual([PUBLICATION_HEADER]);
  });

  it('never changes the draft', () => {
    const before = structuredClone(draft);
    composeLetter(draft, { version: 'publication', date: SAMPLE_NOW });
    expect(draft).toEqual(before);
  });
});
