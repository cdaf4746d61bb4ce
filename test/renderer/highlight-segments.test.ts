import { describe, expect, it } from 'vitest';
import { highlightSegments } from '../../renderer/src/screens/draft/highlight-segments';

const mark = (id: string, words: string) => `{{confidential:${id}}}${words}{{/confidential}}`;

describe('the highlight layer behind the rationale', () => {
  it('holds no text when nothing is marked, so typing never lays it out', () => {
    expect(highlightSegments('We agree. Our cost is £4.2m a year.')).toEqual([]);
    expect(highlightSegments('')).toEqual([]);
  });

  it('keeps everything up to the last mark and the rest of the word it ends in, nothing after', () => {
    const raw = `Our cost is ${mark('a1', '£4.2m')}-ish a year, and ${mark('b2', 'three')} people.\nMore text here.`;
    expect(highlightSegments(raw)).toEqual([
      { text: 'Our cost is ', markId: null },
      { text: '£4.2m', markId: 'a1' },
      { text: '-ish a year, and ', markId: null },
      { text: 'three', markId: 'b2' },
    ]);
    expect(highlightSegments(`${mark('c3', 'Our cost')}ing is high`)).toEqual([
      { text: 'Our cost', markId: 'c3' },
      { text: 'ing', markId: null },
    ]);
  });

  it('shows the same highlights whatever is typed after the last mark’s word', () => {
    const before = `Costs: ${mark('a1', '£4m')} a year.`;
    expect(highlightSegments(`${before} We ask for time.`)).toEqual(highlightSegments(before));
  });

  it('highlights an unclosed mark to the end, as the letter treats it', () => {
    expect(highlightSegments('Costs: {{confidential:a1}}£4m a year')).toEqual([
      { text: 'Costs: ', markId: null },
      { text: '£4m a year', markId: 'a1' },
    ]);
  });
});
