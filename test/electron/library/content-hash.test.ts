import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fileContent } from '../../../electron/services/draft-file';
import { contentHash } from '../../../electron/services/sync/content-hash';
import { awkwardJson as awkward } from '../../support/awkward-json';
import { sampleDraft } from '../../support/sample-draft';

/**
 * The hash in a shared draft's mark is what every version of the app compares, so apps of different versions on one
 * shared drive know each other's files unchanged: it must stay the hash of JSON.stringify(content), however it is fed.
 */
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('the content hash in a shared draft’s mark', () => {
  it('is the hash of the draft as JSON.stringify writes it, as earlier versions of the app take it', () => {
    const content = fileContent(sampleDraft());
    expect(contentHash(content)).toBe(sha256(JSON.stringify(content)));
    const edited = { ...content, answers: { ...content.answers, 'dates-q1': { ...content.answers['dates-q1']!, rationale: awkward.name } } };
    expect(contentHash(edited)).toBe(sha256(JSON.stringify(edited)));
    expect(contentHash(edited)).not.toBe(contentHash(content));
  });
});
