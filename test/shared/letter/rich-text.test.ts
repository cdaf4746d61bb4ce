import { describe, expect, it } from 'vitest';
import { parseRichText, type RichBlock } from '../../../shared/markdown/rich-text';
import { MAX_DEPTH } from '../../../shared/markdown/markdown-blocks';
import { richBlocksToPlainText } from '../../../shared/letter/render-plain-text';

const plain = (text: string) => ({ text, bold: false, italic: false });

describe('rationale formatting (a Markdown subset)', () => {
  it('reads bold and italic, also nested', () => {
    expect(parseRichText('a **b** *c* ***d***')).toEqual([
      {
        type: 'paragraph',
        runs: [
          plain('a '),
          { text: 'b', bold: true, italic: false },
          plain(' '),
          { text: 'c', bold: false, italic: true },
          plain(' '),
          { text: 'd', bold: true, italic: true },
        ],
      },
    ]);
  });

  it('splits paragraphs at blank lines and keeps single line breaks', () => {
    expect(parseRichText('one\ntwo\r\n\r\nthree')).toEqual([
      { type: 'paragraph', runs: [plain('one\ntwo')] },
      { type: 'paragraph', runs: [plain('three')] },
    ]);
  });

  it('reads bulleted and numbered lists, keeping the first number and nesting', () => {
    const blocks = parseRichText('- a\n  - inner\n- b\n\n3. three\n4. four');
    expect(blocks).toEqual<RichBlock[]>([
      {
        type: 'bullet-list',
        items: [
          {
            blocks: [
              { type: 'paragraph', runs: [plain('a')] },
              { type: 'bullet-list', items: [{ blocks: [{ type: 'paragraph', runs: [plain('inner')] }] }] },
            ],
          },
          { blocks: [{ type: 'paragraph', runs: [plain('b')] }] },
        ],
      },
      {
        type: 'numbered-list',
        start: 3,
        items: [{ blocks: [{ type: 'paragraph', runs: [plain('three')] }] }, { blocks: [{ type: 'paragraph', runs: [plain('four')] }] }],
      },
    ]);
    expect(richBlocksToPlainText(blocks)).toBe('- a\n  - inner\n- b\n\n3. three\n4. four');
  });

  it('keeps HTML as literal text and never interprets it', () => {
    expect(parseRichText('<script>alert("x")</script>')).toEqual([
      { type: 'paragraph', runs: [plain('<script>alert("x")</script>')] },
    ]);
    expect(richBlocksToPlainText(parseRichText('Use <b>this</b> & <i>that</i>'))).toBe('Use <b>this</b> & <i>that</i>');
  });

  it('turns headings, code and links into plain text of their content, dropping nothing', () => {
    const text = richBlocksToPlainText(parseRichText('# Heading\n\n`code` and [the site](https://example.org)\n\n```\nblock\n```\n\n---'));
    expect(text).toBe('Heading\n\ncode and the site (https://example.org)\n\nblock\n\n---');
  });

  it('gives nothing for an empty rationale', () => {
    expect(parseRichText('  \n ')).toEqual([]);
  });
});

function depthOf(blocks: readonly RichBlock[]): number {
  let deepest = 0;
  for (const block of blocks) {
    if (block.type === 'paragraph') continue;
    for (const item of block.items) deepest = Math.max(deepest, 1 + depthOf(item.blocks));
  }
  return deepest;
}

describe('rationales built to break the formatting', () => {
  it('nests lists only so deep, keeping the deeper markers and the text as text', () => {
    const blocks = parseRichText(`${'- '.repeat(1000)}x`);
    expect(depthOf(blocks)).toBe(MAX_DEPTH);
    const text = richBlocksToPlainText(blocks);
    expect(text.endsWith('- x')).toBe(true);
    expect(text.match(/-/g)).toHaveLength(1000);
  });

  it('reads a quote nested 4,000 deep as its text', () => {
    const text = richBlocksToPlainText(parseRichText(`${'> '.repeat(4000)}x`));
    expect(text.endsWith('> x')).toBe(true);
    expect(text.match(/>/g)).toHaveLength(4000 - MAX_DEPTH);
  });

  it('nests lists built by indentation only so deep', () => {
    const source = Array.from({ length: 1000 }, (_, level) => `${'  '.repeat(level)}- item ${level}`).join('\n');
    const blocks = parseRichText(source);
    expect(depthOf(blocks)).toBeLessThanOrEqual(MAX_DEPTH);
    expect(richBlocksToPlainText(blocks)).toContain('item 999');
  });

  it('pairs a long run of *a*a*a… as CommonMark does: italic, plain, italic…', () => {
    const [paragraph] = parseRichText('*a'.repeat(95_000));
    if (paragraph?.type !== 'paragraph') throw new Error('expected a paragraph');
    expect(paragraph.runs.slice(0, 3)).toEqual([
      { text: 'a', bold: false, italic: true },
      plain('a'),
      { text: 'a', bold: false, italic: true },
    ]);
    // 95,000 a's with 95,000 stars: pairs of stars become italics, the odd one out stays.
    const text = paragraph.runs.map((run) => run.text).join('');
    expect(text.replace(/\*/g, '')).toBe('a'.repeat(95_000));
    expect(paragraph.runs.filter((run) => run.italic)).toHaveLength(47_500);
  });

  it('keeps unmatched delimiters, brackets and a lone backtick as typed', () => {
    const source = `${'**a '.repeat(500)}${'[b'.repeat(500)} ${'(c]'.repeat(500)} \`d`;
    expect(richBlocksToPlainText(parseRichText(source))).toBe(source);
  });

  it('keeps intraword underscores and reads escapes', () => {
    expect(parseRichText('snake_case_name \\*not italic\\* _yes_')).toEqual([
      { type: 'paragraph', runs: [plain('snake_case_name *not italic* '), { text: 'yes', bold: false, italic: true }] },
    ]);
  });
});
