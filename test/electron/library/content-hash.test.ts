import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fileContent } from '../../../electron/services/draft-file';
import { jsonPieces } from '../../../electron/services/json-pieces';
import { contentHash } from '../../../electron/services/sync/content-hash';
import { sampleDraft } from '../../support/sample-draft';

/**
 * The hash in a shared draft's mark is what every version of the app compares, so apps of different versions on one
 * shared drive know each other's files unchanged: it must stay the hash of JSON.stringify(content), however it is fed.
 */
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const awkward = {
  '10': 'numeric keys come first in ascending order',
  '2': 'even when added later',
  name: 'Quotes “curly”, a dash — and £ and … and an emoji 🙂',
  gone: undefined,
  fn: () => 1,
  list: [1, undefined, () => 2, null, { a: undefined, b: [] }, []],
  empty: {},
  when: new Date('2020-10-28T16:00:00.000Z'),
  nested: { deeper: { deepest: { text: 'line one\nline two\t"quoted"', zero: -0 } } },
};

describe('the content hash in a shared draft’s mark', () => {
  it('is taken of exactly the text JSON.stringify gives, at every depth of splitting', () => {
    for (const depth of [0, 1, 2, 3, 6]) {
      const pieces: string[] = [];
      jsonPieces(awkward, depth, (piece) => pieces.push(piece));
      expect(pieces.join('')).toBe(JSON.stringify(awkward));
    }
  });

  it('is the hash of the draft as JSON.stringify writes it, as earlier versions of the app take it', () => {
    const content = fileContent(sampleDraft());
    expect(contentHash(content)).toBe(sha256(JSON.stringify(content)));
    const edited = { ...content, answers: { ...content.answers, 'dates-q1': { ...content.answers['dates-q1']!, rationale: awkward.name } } };
    expect(contentHash(edited)).toBe(sha256(JSON.stringify(edited)));
    expect(contentHash(edited)).not.toBe(contentHash(content));
  });
});
