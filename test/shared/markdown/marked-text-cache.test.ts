import { describe, expect, it } from 'vitest';
import { parseConfidentialMarks, toMarkedText } from '../../../shared/markdown/confidential-marks';

const raw = (n: number) => `Answer ${n}: our cost is {{confidential:k${n}}}£${n}m{{/confidential}} a year.`;

describe('toMarkedText, read again on every key press', () => {
  it('gives the same words and ranges as a fresh parse, again and again, and after many other texts', () => {
    const expected = (text: string) => {
      const { plain, spans } = parseConfidentialMarks(text);
      return { plain, ranges: spans.map((s) => ({ id: s.id, start: s.plainStart, end: s.plainEnd })) };
    };
    expect(toMarkedText(raw(1))).toEqual(expected(raw(1)));
    expect(toMarkedText(raw(1))).toEqual(expected(raw(1)));
    for (let n = 2; n < 2000; n += 1) expect(toMarkedText(raw(n)).plain).toBe(`Answer ${n}: our cost is £${n}m a year.`);
    expect(toMarkedText(raw(1))).toEqual(expected(raw(1)));
  });

  it('hands out results no caller can change for the next one', () => {
    const first = toMarkedText(raw(7));
    expect(() => first.ranges.push({ id: 'x', start: 0, end: 1 })).toThrow(TypeError);
    expect(() => {
      (first.ranges[0] as { end: number }).end = 99;
    }).toThrow(TypeError);
    expect(toMarkedText(raw(7)).ranges).toEqual([{ id: 'k7', start: 22, end: 25 }]);
  });
});
