import { describe, expect, it } from 'vitest';
import { newDraft, shortTitle } from '../../../shared/model';
import { dccConsultation } from '../../support/sample-draft';

describe('a new draft’s name', () => {
  it('comes from the consultation’s title, never its internal reference', () => {
    const draft = newDraft(dccConsultation, { id: 'd1', now: new Date('2020-10-20T09:00:00Z') });
    expect(draft.name).toBe('Response to Further consultation on the date for re-designation of regulatory…');
    expect(draft.name).not.toContain(dccConsultation.reference);
  });

  it('keeps a short title whole and cuts a long one at a word', () => {
    expect(shortTitle('  MP205:   retrying failed top-ups ')).toBe('MP205: retrying failed top-ups');
    expect(shortTitle('one two three four', 10)).toBe('one two…');
    expect(shortTitle('abcdefghijklmnop', 10)).toBe('abcdefghij…');
  });
});
