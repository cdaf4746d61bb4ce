import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { spliceText } from '../../../shared/sync/text-edits';

/** Two people's copies of one answer, each changed from the same start, then merged both ways. */
function mergeBoth(start: string, mine: string, theirs: string): string {
  const origin = new Y.Doc();
  origin.getText('answer').insert(0, start);
  const state = Y.encodeStateAsUpdate(origin);
  const [a, b] = [new Y.Doc(), new Y.Doc()];
  Y.applyUpdate(a, state);
  Y.applyUpdate(b, state);
  spliceText(a.getText('answer'), mine);
  spliceText(b.getText('answer'), theirs);
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  expect(a.getText('answer').toString()).toBe(b.getText('answer').toString());
  return a.getText('answer').toString();
}

describe('an answer changed by two people at once', () => {
  const start = 'We agree with the date. The notice period is too short for our agents. Testing needs six months.';

  it('a sentence a colleague cut stays cut when my save changed words before and after it', () => {
    const mine = 'We broadly agree with the date. The notice period is too short for our agents. Testing needs nine months.';
    const theirs = 'We agree with the date. Testing needs six months.';
    expect(mergeBoth(start, mine, theirs)).toBe('We broadly agree with the date. Testing needs nine months.');
  });

  it('keeps words a colleague typed between two of my changes, once', () => {
    const mine = 'We broadly agree with the date. The notice period is too short for our agents. Testing needs nine months.';
    const theirs = 'We agree with the date. The notice period of four weeks is too short for our agents. Testing needs six months.';
    expect(mergeBoth(start, mine, theirs)).toBe('We broadly agree with the date. The notice period of four weeks is too short for our agents. Testing needs nine months.');
  });

  it('cuts whole words, not pieces of the words beside them, so a colleague’s word typed next to them stays whole', () => {
    const from = 'meters cat2 cat1 window';
    // Cutting "cat2 " could also be read as cutting "2 cat"; only the first leaves a word typed before "cat1" whole.
    const mine = 'meters cat1 window';
    const theirs = 'meters cat2 risk cat1 window';
    expect(mergeBoth(from, mine, theirs)).toBe('meters risk cat1 window');
  });

  it('writes a rewrite of the whole answer as the new text', () => {
    const doc = new Y.Doc();
    const text = doc.getText('answer');
    text.insert(0, start.repeat(200));
    const rewritten = 'Entirely new wording. '.repeat(300);
    spliceText(text, rewritten);
    expect(text.toString()).toBe(rewritten);
  });
});
