import { describe, expect, it } from 'vitest';
import {
  addConfidentialMark,
  applyPlainEdit,
  confidentialMarkIds,
  confidentialParts,
  confidentialSegments,
  newConfidentialMarkId,
  normaliseConfidentialMarks,
  parseConfidentialMarks,
  removeConfidentialMark,
  removeConfidentialMarksAt,
  replaceConfidentialText,
  stripConfidentialMarkers,
  toMarkedText,
} from '../../../shared/markdown/confidential-marks';

const open = (id: string) => `{{confidential:${id}}}`;
const close = '{{/confidential}}';
const REDACTED = '[Confidential: redacted]';

/** Words of a text, ignoring markers and spacing: what must never be lost. */
const words = (text: string) => stripConfidentialMarkers(text).split(/\s+/).filter(Boolean);

describe('reading confidential marks', () => {
  it('finds a mark with its raw and plain offsets and its words', () => {
    const raw = `Our cost is ${open('k3x9')}£4.2m a year${close}, as shown.`;
    const { plain, spans, issues } = parseConfidentialMarks(raw);
    expect(plain).toBe('Our cost is £4.2m a year, as shown.');
    expect(issues).toEqual([]);
    expect(spans).toEqual([
      {
        id: 'k3x9',
        start: 12,
        end: raw.indexOf(close) + close.length,
        plainStart: 12,
        plainEnd: 24,
        text: '£4.2m a year',
        closed: true,
      },
    ]);
  });

  it('treats spans with the same id as one part', () => {
    const raw = `${open('a')}one${close}\n${open('a')}two${close} and ${open('b')}three${close}`;
    expect(confidentialParts(raw)).toEqual([
      { id: 'a', texts: ['one', 'two'] },
      { id: 'b', texts: ['three'] },
    ]);
    expect(confidentialMarkIds(raw)).toEqual(['a', 'b']);
  });

  it('leaves text that only looks like a marker as words, and reports it', () => {
    const raw = 'See {{Confidential:ABC}} and {{confidential:}} and {{confidential:has space}}.';
    const parsed = parseConfidentialMarks(raw);
    expect(parsed.plain).toBe(raw);
    expect(parsed.spans).toEqual([]);
    expect(parsed.issues.map((i) => i.kind)).toEqual(['malformed', 'malformed', 'malformed']);
  });
});

describe('broken markers fail closed and lose no words', () => {
  it('runs an unclosed mark to the end of the text', () => {
    const raw = `Public. ${open('a')}Secret figure £3m.\n\nMore secret.`;
    const parsed = parseConfidentialMarks(raw);
    expect(parsed.issues).toEqual([{ kind: 'unclosed', id: 'a', offset: 8 }]);
    expect(parsed.spans[0]).toMatchObject({ closed: false, text: 'Secret figure £3m.\n\nMore secret.' });
    expect(replaceConfidentialText(raw, REDACTED)).toBe(`Public. ${REDACTED}`);
  });

  it('joins nested marks into one that covers them all', () => {
    const raw = `a ${open('x')}b ${open('y')}c${close} d${close} e`;
    const parsed = parseConfidentialMarks(raw);
    expect(parsed.issues).toEqual([{ kind: 'nested', id: 'y', offset: raw.indexOf(open('y')) }]);
    expect(parsed.spans.map((s) => [s.id, s.text])).toEqual([['x', 'b c d']]);
    expect(replaceConfidentialText(raw, REDACTED)).toBe(`a ${REDACTED} e`);
  });

  it('covers the union of two interleaved marks (as a merge of two edits can leave them)', () => {
    const raw = `one ${open('a')}two ${open('b')}three${close} four${close} five`;
    expect(replaceConfidentialText(raw, 'X')).toBe('one X five');
  });

  it('drops a stray end marker and keeps the words around it', () => {
    const raw = `before${close} after`;
    const parsed = parseConfidentialMarks(raw);
    expect(parsed.issues).toEqual([{ kind: 'stray-close', offset: 6 }]);
    expect(parsed.plain).toBe('before after');
    expect(replaceConfidentialText(raw, REDACTED)).toBe('before after');
  });

  it('repairs hostile markup into canonical marks without losing a word', () => {
    const hostile = [
      `${close}${close}${open('a')}${open('a')}x${close}`,
      `${open('a')}${close}`,
      `${open('a')}`,
      `- ${open('a')}item one\n- item two${close}`,
      `${open('a')}one\n\n${open('b')}two`,
    ];
    for (const raw of hostile) {
      const repaired = normaliseConfidentialMarks(raw);
      expect(words(repaired)).toEqual(words(raw));
      // Canonical: parsing it again finds nothing to repair, and doing it twice changes nothing.
      expect(parseConfidentialMarks(repaired).issues.filter((i) => i.kind !== 'malformed')).toEqual([]);
      expect(normaliseConfidentialMarks(repaired)).toBe(repaired);
    }
  });

  it('reads a marker that appears once a stray one is taken out as a marker (failing closed), keeping the words', () => {
    const raw = `{{confidential:a}${close}} text`;
    expect(stripConfidentialMarkers(raw)).toBe('{{confidential:a}} text');
    const repaired = normaliseConfidentialMarks(raw);
    expect(repaired).toBe(` ${open('a')}text${close}`);
    expect(replaceConfidentialText(repaired, REDACTED)).toBe(` ${REDACTED}`);
    expect(normaliseConfidentialMarks(repaired)).toBe(repaired);
  });

  it('keeps a bullet outside a mark that spans list items', () => {
    expect(normaliseConfidentialMarks(`- ${open('a')}item one\n- item two${close}`)).toBe(
      `- ${open('a')}item one${close}\n- ${open('a')}item two${close}`,
    );
  });
});

describe('the publication version', () => {
  it('replaces just the marked words and leaves no marker or trace', () => {
    const raw = `We agree. ${open('a')}Our cost is £4.2m.${close} We ask for **more time**.`;
    const published = replaceConfidentialText(raw, REDACTED);
    expect(published).toBe(`We agree. ${REDACTED} We ask for **more time**.`);
    expect(published).not.toContain('4.2m');
    expect(published).not.toContain('confidential:');
  });

  it('can name the part in the placeholder', () => {
    expect(replaceConfidentialText(`x ${open('a')}y${close}`, (id) => `[${id}]`)).toBe('x [a]');
  });

  it('cuts the text into public and marked stretches', () => {
    expect(confidentialSegments(`a ${open('p')}b${close} c`)).toEqual([
      { text: 'a ', markId: null },
      { text: 'b', markId: 'p' },
      { text: ' c', markId: null },
    ]);
  });
});

describe('marking a selection', () => {
  it('wraps the selected words', () => {
    const result = addConfidentialMark('Our cost is £4.2m a year.', 12, 24, 'n1');
    expect(result).toEqual({ text: `Our cost is ${open('n1')}£4.2m a year${close}.`, id: 'n1', absorbedIds: [] });
  });

  it('does not include spaces at the edges of the selection', () => {
    expect(addConfidentialMark('one two three', 3, 8, 'n1')?.text).toBe(`one ${open('n1')}two${close} three`);
  });

  it('marks nothing when the selection is empty or only spaces and bullets', () => {
    expect(addConfidentialMark('one two', 3, 3, 'n1')).toBeNull();
    expect(addConfidentialMark('one  two', 3, 5, 'n1')).toBeNull();
    expect(addConfidentialMark('- one\n- two', 5, 8, 'n1')).toBeNull();
  });

  it('splits a selection across paragraphs into one span per line, as one part', () => {
    const result = addConfidentialMark('First para ends.\n\nSecond para.', 6, 25, 'n1');
    expect(result?.text).toBe(`First ${open('n1')}para ends.${close}\n\n${open('n1')}Second${close} para.`);
    expect(confidentialParts(result?.text ?? '')).toEqual([{ id: 'n1', texts: ['para ends.', 'Second'] }]);
  });

  it('joins a selection that crosses an existing mark into that part', () => {
    const raw = `one ${open('old')}two${close} three four`;
    // Plain text is "one two three four"; select "two three".
    const result = addConfidentialMark(raw, 4, 13, 'n1');
    expect(result).toEqual({ text: `one ${open('old')}two three${close} four`, id: 'old', absorbedIds: [] });
  });

  it('joins two marks a selection spans and reports the one swallowed', () => {
    const raw = `${open('a')}one${close} two ${open('b')}three${close}`;
    const result = addConfidentialMark(raw, 1, 12, 'n1');
    expect(result).toEqual({ text: `${open('a')}one two three${close}`, id: 'a', absorbedIds: ['b'] });
  });

  it('changes nothing when the selection is already inside a mark', () => {
    const raw = `one ${open('a')}two three${close}`;
    expect(addConfidentialMark(raw, 5, 7, 'n1')).toEqual({ text: raw, id: 'a', absorbedIds: [] });
  });

  it('clamps a selection beyond the text', () => {
    expect(addConfidentialMark('abc', -5, 99, 'n1')?.text).toBe(`${open('n1')}abc${close}`);
  });

  it('refuses an id that is not one', () => {
    expect(() => addConfidentialMark('abc', 0, 3, 'Bad Id')).toThrow(/Not a valid mark id/);
  });
});

describe('unmarking', () => {
  const raw = `${open('a')}one${close}\n${open('a')}two${close} and ${open('b')}three${close}`;

  it('removes a whole part by id and keeps its words', () => {
    expect(removeConfidentialMark(raw, 'a')).toBe(`one\ntwo and ${open('b')}three${close}`);
  });

  it('removes the part the caret is in or at the edge of', () => {
    const { plain } = toMarkedText(raw);
    const caretInThree = plain.indexOf('three') + 2;
    expect(removeConfidentialMarksAt(raw, caretInThree, caretInThree)).toEqual({
      text: `${open('a')}one${close}\n${open('a')}two${close} and three`,
      removedIds: ['b'],
    });
    expect(removeConfidentialMarksAt(raw, plain.length, plain.length).removedIds).toEqual(['b']);
  });

  it('removes every part a selection touches', () => {
    expect(removeConfidentialMarksAt(raw, 0, 14)).toEqual({ text: 'one\ntwo and three', removedIds: ['a', 'b'] });
  });

  it('changes nothing when nothing marked is touched', () => {
    expect(removeConfidentialMarksAt(raw, 8, 11)).toEqual({ text: raw, removedIds: [] });
  });
});

describe('editing the plain text keeps the marks on their words', () => {
  const raw = `Cost ${open('a')}£4m${close} a year.`;

  it('typing inside a mark stays marked', () => {
    expect(applyPlainEdit(raw, 'Cost £4.2m a year.', 7)).toBe(`Cost ${open('a')}£4.2m${close} a year.`);
  });

  it('typing at either edge stays outside the mark', () => {
    expect(applyPlainEdit(raw, 'Cost about £4m a year.', 11)).toBe(`Cost about ${open('a')}£4m${close} a year.`);
    expect(applyPlainEdit(raw, 'Cost £4m net a year.', 12)).toBe(`Cost ${open('a')}£4m${close} net a year.`);
  });

  it('uses the caret to tell which of two equal characters was typed', () => {
    const doubled = `${open('a')}aa${close}a`;
    // Typing "a" at the end of the mark: without the caret it would look like typing inside it.
    expect(applyPlainEdit(doubled, 'aaaa', 3)).toBe(`${open('a')}aa${close}aa`);
    expect(applyPlainEdit(doubled, 'aaaa', 2)).toBe(`${open('a')}aaa${close}a`);
    expect(applyPlainEdit(doubled, 'aaaa', 1)).toBe(`a${open('a')}aa${close}a`);
  });

  it('deleting the marked words removes the mark', () => {
    expect(applyPlainEdit(raw, 'Cost  a year.', 5)).toBe('Cost  a year.');
  });

  it('deleting across the start of a mark keeps the rest marked', () => {
    expect(applyPlainEdit(raw, 'Cos4m a year.', 3)).toBe(`Cos${open('a')}4m${close} a year.`);
  });

  it('retyping all of the marked words keeps them marked', () => {
    expect(applyPlainEdit(raw, 'Cost £5m a year.', 8)).toBe(`Cost ${open('a')}£5m${close} a year.`);
  });

  it('pasting a new line inside a mark splits it per line, one part', () => {
    const result = applyPlainEdit(raw, 'Cost £4\nm a year.', 8);
    expect(result).toBe(`Cost ${open('a')}£4${close}\n${open('a')}m${close} a year.`);
  });

  it('returns the raw text untouched when the plain text did not change', () => {
    const uncanonical = `x${open('a')} y ${close}`;
    expect(applyPlainEdit(uncanonical, 'x y ')).toBe(uncanonical);
  });
});

describe('new part ids', () => {
  it('are valid and unused', () => {
    const taken = new Set(['00000000']);
    let calls = 0;
    const id = newConfidentialMarkId(taken, () => (calls++ < 8 ? 0 : 0.5));
    expect(id).toMatch(/^[a-z0-9]{1,12}$/);
    expect(taken.has(id)).toBe(false);
  });

  it('still come when the random source is broken', () => {
    const taken = new Set(['00000000', 'm1']);
    expect(newConfidentialMarkId(taken, () => 0)).toBe('m2');
  });
});
