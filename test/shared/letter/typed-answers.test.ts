import { describe, expect, it } from 'vitest';
import { composeLetter, NO_ANSWER_TEXT } from '../../../shared/letter';
import type { Letter, LetterBlock } from '../../../shared/letter/letter';
import type { ResponseDraft } from '../../../shared/model';
import { SAMPLE_NOW, sampleDraft } from '../../support/sample-draft';

/** Answers and the addressee as people leave them: a position without words, words without a position, nothing. */
function letterFor(draft: ResponseDraft): Letter {
  return composeLetter(draft, { version: 'full', date: SAMPLE_NOW });
}

function answerOf(letter: Letter) {
  const question = letter.blocks.find((b): b is Extract<LetterBlock, { kind: 'question' }> => b.kind === 'question');
  return question!.answer;
}

const answered = (position: 'agree' | null, rationale: string) => sampleDraft({ answers: { 'dates-q1': { position, rationale, confidential: false } } });
const texts = (answer: ReturnType<typeof answerOf>) => (answer.status === 'answered' ? answer.rationale.flatMap((p) => ('runs' in p ? p.runs.map((r) => r.text) : [])) : []);

describe('an answer in the letter', () => {
  it('with a position and no words prints the position alone, without "No response"', () => {
    const answer = answerOf(letterFor(answered('agree', '')));
    expect(answer).toMatchObject({ status: 'answered', position: 'Agree' });
    expect(texts(answer)).toEqual([]);
  });

  it('with words and no position prints the words and no position', () => {
    const answer = answerOf(letterFor(answered(null, 'We have no view on the date itself.')));
    expect(answer).toMatchObject({ status: 'answered', position: null });
    expect(texts(answer)).toEqual(['We have no view on the date itself.']);
  });

  it('with neither says "No response to this question."', () => {
    const answer = answerOf(letterFor(answered(null, '')));
    expect(texts(answer)).toEqual([NO_ANSWER_TEXT]);
    expect(answerOf(letterFor(sampleDraft({ answers: {} })))).toMatchObject({ status: 'answered', position: null });
    expect(texts(answerOf(letterFor(sampleDraft({ answers: {} }))))).toEqual([NO_ANSWER_TEXT]);
  });
});

describe('the addressee block', () => {
  it('prints a named addressee and the issuer without stray spaces, and leaves out ones that are only spaces', () => {
    const base = sampleDraft();
    const named = letterFor({ ...base, letterWording: { ...base.letterWording, addresseeName: '  Jane Doe, Consultation Manager ' }, consultation: { ...base.consultation, issuer: ' Smart DCC ' } });
    const lines = (letter: Letter) => (letter.blocks.find((b) => b.kind === 'addressee') as Extract<LetterBlock, { kind: 'addressee' }>).lines;
    expect(lines(named)).toEqual(['Jane Doe, Consultation Manager', 'Smart DCC', 'Sent by email to consultations@smartdcc.co.uk']);
    const blank = letterFor({ ...base, letterWording: { ...base.letterWording, addresseeName: '   ' }, consultation: { ...base.consultation, issuer: '  ' } });
    expect(lines(blank)).toEqual(['Sent by email to consultations@smartdcc.co.uk']);
  });
});
