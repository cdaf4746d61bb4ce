import { beforeEach, describe, expect, it } from 'vitest';
import { composeLetter } from '../../../shared/letter/compose-letter';
import { renderPlainText } from '../../../shared/letter/render-plain-text';
import type { Letter } from '../../../shared/letter/letter';
import { SAMPLE_NOW } from '../../support/sample-draft';
import { confidentialDraft, SECRET_WORDS } from './letter-fixtures';
import { CONFIDENTIAL_OTHER_PARTS, CONFIDENTIAL_REASONS, WORDS_ONLY_IN_THE_REQUEST } from './publication-fixtures';

/**
 * The publication version goes on the regulator's website. The reasons a
 * response gives for confidentiality, and the "other parts" it names, say
 * what is secret and why: none of that may be published.
 */
describe('the publication version of a response with confidential parts', () => {
  const draft = confidentialDraft({ confidentiality: { scope: 'parts', otherParts: CONFIDENTIAL_OTHER_PARTS, reasons: CONFIDENTIAL_REASONS, partReasons: {} } });
  // Composed in beforeEach, not in the describe body: StrykerJS switches a mutant on only once the tests start.
  let full: Letter;
  let publication: Letter;
  beforeEach(() => {
    full = composeLetter(draft, { version: 'full', date: SAMPLE_NOW });
    publication = composeLetter(draft, { version: 'publication', date: SAMPLE_NOW });
  });

  it('asks in the full letter for the parts to be kept confidential, with the reasons (the control)', () => {
    const text = renderPlainText(full);
    for (const words of [...WORDS_ONLY_IN_THE_REQUEST, ...SECRET_WORDS]) expect(text).toContain(words);
  });

  it('contains none of the reasons, the other parts named, or the confidential answer, anywhere in the letter', () => {
    const everything = `${JSON.stringify(publication)}\n${renderPlainText(publication)}`;
    const leaked = [...WORDS_ONLY_IN_THE_REQUEST, ...SECRET_WORDS].filter((words) => everything.includes(words));
    expect(leaked).toEqual([]);
  });

  it('says only that the answer to Dates Q2 was removed', () => {
    const statement = publication.blocks.find((b) => b.kind === 'confidentiality');
    expect(statement).toEqual({
      kind: 'confidentiality',
      heading: 'Confidentiality',
      paragraphs: ['This is the version of our response for publication. Our answer to Dates Q2 is confidential and has been removed.'],
    });
  });
});
