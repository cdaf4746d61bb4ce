import { describe, expect, it } from 'vitest';
import { parseRichText, type RichBlock } from '../../../shared/markdown/rich-text';
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
