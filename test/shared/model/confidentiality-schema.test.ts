import { describe, expect, it } from 'vitest';
import { ResponseDraftSchema } from '../../../shared/model';
import { sampleDraft } from '../../support/sample-draft';

describe('reasons for marked parts in the draft file', () => {
  it('loads a file written before marked parts existed, with no reasons yet', () => {
    const { partReasons: _dropped, ...oldConfidentiality } = sampleDraft().confidentiality;
    const file = JSON.parse(JSON.stringify({ ...sampleDraft(), confidentiality: oldConfidentiality })) as unknown;
    const loaded = ResponseDraftSchema.parse(file);
    expect(loaded.confidentiality.partReasons).toEqual({});
  });

  it('keeps reasons keyed by part id', () => {
    const draft = sampleDraft({ confidentiality: { scope: 'parts', otherParts: '', reasons: '', partReasons: { k3x9: 'Trading figures.' } } });
    expect(ResponseDraftSchema.parse(draft).confidentiality.partReasons).toEqual({ k3x9: 'Trading figures.' });
  });

  it('refuses a reason keyed by something that is not a part id', () => {
    const draft = sampleDraft({ confidentiality: { scope: 'parts', otherParts: '', reasons: '', partReasons: { '../x': 'no' } } });
    expect(ResponseDraftSchema.safeParse(draft).success).toBe(false);
  });
});
