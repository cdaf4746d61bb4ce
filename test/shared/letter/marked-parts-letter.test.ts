import { beforeEach, describe, expect, it } from 'vitest';
import { composeLetter } from '../../../shared/letter/compose-letter';
import { confidentialityStatement, publicationAvailability } from '../../../shared/letter/confidentiality';
import { REDACTED_TEXT, type Letter } from '../../../shared/letter/letter';
import { letterRationale } from '../../../shared/letter/marked-rationale';
import { renderPlainText } from '../../../shared/letter/render-plain-text';
import type { RichBlock, Run } from '../../../shared/markdown/rich-text';
import { SAMPLE_NOW, sampleDraft } from '../../support/sample-draft';
import {
  MARKED_ITEM,
  MARKED_SENTENCE,
  MARKED_WORDS,
  markedDraft,
  PART_REASON,
  PUBLIC_AROUND_MARKS,
  SECRET_WORDS,
} from './letter-fixtures';

function runsOf(blocks: readonly RichBlock[]): Run[] {
  return blocks.flatMap((block) => (block.type === 'paragraph' ? block.runs : block.items.flatMap((item) => runsOf(item.blocks))));
}

function answerRuns(letter: Letter, questionId: string): Run[] {
  const block = letter.blocks.find((b) => b.kind === 'question' && b.questionId === questionId);
  if (block?.kind !== 'question' || block.answer.status !== 'answered') throw new Error(`no answer to ${questionId}`);
  return runsOf(block.answer.rationale);
}

describe('passages marked confidential in the letter', () => {
  const draft = markedDraft();
  // Composed in beforeEach, not in the describe body: StrykerJS switches a mutant on only once the tests start.
  let full: Letter;
  let publication: Letter;
  beforeEach(() => {
    full = composeLetter(draft, { version: 'full', date: SAMPLE_NOW });
    publication = composeLetter(draft, { version: 'publication', date: SAMPLE_NOW });
  });

  it('labels and marks each passage in the full letter, numbered in reading order, keeping its bold', () => {
    const runs = answerRuns(full, 'dates-q1');
    expect(runs.filter((r) => r.mark?.kind === 'confidential').map((r) => [r.text, r.bold, r.mark])).toEqual([
      [MARKED_SENTENCE, false, { kind: 'confidential', part: 1 }],
      ['our Meterco', true, { kind: 'confidential', part: 2 }],
      [' contract ends on 2 November', false, { kind: 'confidential', part: 2 }],
    ]);
    const text = renderPlainText(full);
    expect(text).toContain(`3 November 2020. [Confidential 1: ${MARKED_SENTENCE}] This is why`);
    expect(text).toContain(`- [Confidential 2: ${MARKED_ITEM}].`);
    expect(text).not.toContain('{{');
  });

  it('replaces just the marked text with "[Confidential: redacted]" in the publication version, keeping the rest of the answer', () => {
    const text = renderPlainText(publication);
    expect(text).toContain(`We agree with the proposed date of 3 November 2020. ${REDACTED_TEXT} This is why we support the date.`);
    expect(text).toContain(`- PPMID key insertion completes by the end of October;\n- ${REDACTED_TEXT}.`);
    expect(answerRuns(publication, 'dates-q1').filter((r) => r.mark?.kind === 'redacted')).toHaveLength(2);
    for (const words of PUBLIC_AROUND_MARKS) expect(text).toContain(words);
  });

  it('keeps nothing of a marked passage, nor its reason, anywhere in the publication letter', () => {
    const everything = JSON.stringify(publication);
    for (const words of [...MARKED_WORDS, ...SECRET_WORDS, 'k3x9', PART_REASON, 'field partner']) expect(everything).not.toContain(words);
  });

  it('names each marked part in the full confidentiality statement, in sentences, with its reason', () => {
    expect(confidentialityStatement(draft, 'full')).toEqual([
      'We ask that the following parts of this response be treated as confidential and not published: our answer to Dates Q2.',
      'We also ask that the passages marked confidential in our answers be treated as confidential and not published.',
      'In our answer to Dates Q1, the passage marked “Confidential 1” is confidential, because it names our field partner and the price we agreed with them.',
      'In our answer to Dates Q1, the passage marked “Confidential 2” is confidential.',
      'Our reasons: The answer to Dates Q2 reveals our commercial migration plans.',
      'The rest of the response may be published.',
      'We understand that, as the consultation explains, the response in its entirety, including any confidential parts, may still be made available to BEIS and the Authority.',
    ]);
  });

  it('says in the publication version only what was removed: no reasons, no other parts’ wording', () => {
    const withOtherParts = markedDraft({
      confidentiality: { ...draft.confidentiality, otherParts: 'The figures in Annex B.', reasons: 'Commercial plans.' },
    });
    const statement = confidentialityStatement(withOtherParts, 'publication');
    expect(statement).toEqual([
      `This is the version of our response for publication. Our answer to Dates Q2 and two passages in our answer to Dates Q1 are confidential and have been removed, each shown as “${REDACTED_TEXT}”.`,
    ]);
    // composeLetter must ask for the publication statement, not print the full one in the published letter.
    const published = JSON.stringify(composeLetter(withOtherParts, { version: 'publication', date: SAMPLE_NOW }));
    for (const words of ['Annex B', 'Commercial plans', PART_REASON, 'Our reasons: ', 'Confidential 1']) expect(published).not.toContain(words);
    const letter = composeLetter(withOtherParts, { version: 'publication', date: SAMPLE_NOW });
    expect(letter.blocks.find((b) => b.kind === 'confidentiality')).toMatchObject({ paragraphs: statement });
  });

  it('offers a publication version when only passages are marked', () => {
    const onlyMarks = markedDraft({ answers: Object.fromEntries(Object.entries(markedDraft().answers).map(([id, a]) => [id, { ...a, confidential: false }])) });
    expect(publicationAvailability(onlyMarks)).toEqual({ available: true });
    expect(confidentialityStatement(onlyMarks, 'publication')).toEqual([
      `This is the version of our response for publication. Two passages in our answer to Dates Q1 are confidential and have been removed, each shown as “${REDACTED_TEXT}”.`,
    ]);
  });

  /** Dates Q1 holding the one marked sentence, and no answer confidential as a whole. */
  function onePassageDraft(partReason: string): ReturnType<typeof markedDraft> {
    const base = markedDraft();
    return markedDraft({
      answers: {
        'dates-q1': { ...base.answers['dates-q1']!, rationale: `We agree. {{confidential:k3x9}}${MARKED_SENTENCE}{{/confidential}} This is why.` },
        'dates-q2': { ...base.answers['dates-q2']!, confidential: false },
      },
      confidentiality: { ...base.confidentiality, reasons: '', partReasons: { k3x9: partReason } },
    });
  }

  it('speaks of one passage in the singular, in both versions, and reads a reason typed as "Because …" once', () => {
    const one = onePassageDraft('  Because it names our field partner, because the price is agreed.  ');
    expect(confidentialityStatement(one, 'publication')).toEqual([
      `This is the version of our response for publication. One passage in our answer to Dates Q1 is confidential and has been removed, each shown as “${REDACTED_TEXT}”.`,
    ]);
    expect(confidentialityStatement(one, 'full').slice(0, 2)).toEqual([
      'We ask that the passage marked confidential in our answers be treated as confidential and not published.',
      'In our answer to Dates Q1, the passage marked “Confidential 1” is confidential, because it names our field partner, because the price is agreed.',
    ]);
    // A "because" later in the reason is the user's own and stays.
    expect(confidentialityStatement(onePassageDraft('It names our partner, because the price is agreed.'), 'full')[1]).toBe(
      'In our answer to Dates Q1, the passage marked “Confidential 1” is confidential, because it names our partner, because the price is agreed.',
    );
  });

  it('says two wholly confidential answers "are confidential and have been removed"', () => {
    const base = markedDraft();
    const two = markedDraft({
      answers: {
        'dates-q1': { ...base.answers['dates-q1']!, rationale: 'We agree with the date.', confidential: true },
        'dates-q2': base.answers['dates-q2']!,
      },
    });
    expect(confidentialityStatement(two, 'publication')).toEqual([
      'This is the version of our response for publication. Our answers to Dates Q1 and Dates Q2 are confidential and have been removed.',
    ]);
  });

  it('never prints the markers, even when the response says nothing is confidential', () => {
    const none = markedDraft({ confidentiality: { scope: 'none', otherParts: '', reasons: '', partReasons: {} } });
    const text = renderPlainText(composeLetter(none, { version: 'full', date: SAMPLE_NOW }));
    expect(text).not.toMatch(/\{\{|confidential:/);
    expect(text).toContain(`3 November 2020. ${MARKED_SENTENCE} This is why`);
    expect(publicationAvailability(none).available).toBe(false);
  });

  it('does not label passages inside an answer that is confidential as a whole', () => {
    const whole = markedDraft({ answers: Object.fromEntries(Object.entries(markedDraft().answers).map(([id, a]) => [id, { ...a, confidential: true }])) });
    expect(renderPlainText(composeLetter(whole, { version: 'full', date: SAMPLE_NOW }))).not.toContain('[Confidential 1');
    expect(confidentialityStatement(whole, 'full').join(' ')).not.toContain('passage');
  });
});

describe('letterRationale', () => {
  const numbers = new Map([['a1', 1]]);

  it('keeps underscore italics and links around a mark', () => {
    const blocks = letterRationale('See {{confidential:a1}}_the plan_ at [our site](https://example.com){{/confidential}} now.', {
      kind: 'marked',
      partNumbers: numbers,
    });
    expect(runsOf(blocks).map((r) => [r.text, r.italic, r.mark?.kind ?? null])).toEqual([
      ['See ', false, null],
      ['[Confidential 1: ', false, 'label'],
      ['the plan', true, 'confidential'],
      [' at our site (https://example.com)', false, 'confidential'],
      [']', false, 'label'],
      [' now.', false, null],
    ]);
  });

  it('treats characters that look like its own sentinels as ordinary text', () => {
    const blocks = letterRationale('Odd ⸨\ue101⸨ text {{confidential:a1}}secret{{/confidential}} ⸩ end', { kind: 'redacted' });
    const text = runsOf(blocks).map((r) => r.text).join('');
    expect(text).toBe(`Odd (((( text ${REDACTED_TEXT} )) end`);
  });

  it('prints a draft with no marks exactly as before', () => {
    expect(letterRationale(sampleDraft().answers['dates-q1']!.rationale, { kind: 'redacted' })).toEqual(
      letterRationale(sampleDraft().answers['dates-q1']!.rationale, { kind: 'plain' }),
    );
  });
});
