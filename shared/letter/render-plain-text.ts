import type { RichBlock } from '../markdown/rich-text';
import { CONFIDENTIAL_MARKER, REDACTED_TEXT, type Letter, type LetterBlock } from './letter';

function indent(lines: string[], prefix: string): string[] {
  const pad = ' '.repeat(prefix.length);
  return lines.map((line, i) => (i === 0 ? prefix + line : line === '' ? '' : pad + line));
}

/** Rich blocks as plain text: lists keep their bullets and numbers, formatting is dropped. */
export function richBlocksToPlainText(blocks: readonly RichBlock[]): string {
  return blocks.map((block) => blockLines(block).join('\n')).join('\n\n');
}

/** A list item's blocks sit on consecutive lines, as in a tight Markdown list. */
function itemLines(blocks: readonly RichBlock[]): string[] {
  return blocks.flatMap(blockLines);
}

function blockLines(block: RichBlock): string[] {
  switch (block.type) {
    case 'paragraph':
      return block.runs.map((run) => run.text).join('').split('\n');
    case 'bullet-list':
      return block.items.flatMap((item) => indent(itemLines(item.blocks), '- '));
    case 'numbered-list':
      return block.items.flatMap((item, i) => indent(itemLines(item.blocks), `${block.start + i}. `));
  }
}

function letterBlockText(block: LetterBlock): string {
  switch (block.kind) {
    case 'letterhead':
      return [block.organisation, ...block.addressLines].filter((l) => l !== '').join('\n');
    case 'date':
      return block.text;
    case 'addressee':
      return block.lines.join('\n');
    case 'salutation':
    case 'contact':
      return block.text;
    case 'title':
      return [block.text, ...block.details.map((d) => `${d.label}: ${d.value}`)].join('\n');
    case 'introduction':
      return richBlocksToPlainText(block.content);
    case 'confidentiality':
      return [block.heading, ...block.paragraphs].join('\n\n');
    case 'heading':
      return block.text;
    case 'question': {
      const { answer } = block;
      const heading = answer.status === 'answered' && answer.confidential ? `${block.label} (${CONFIDENTIAL_MARKER})` : block.label;
      if (answer.status === 'redacted') return [heading, block.text, REDACTED_TEXT].join('\n\n');
      const position = answer.position === null ? [] : [`Position: ${answer.position}`];
      const rationale = answer.rationale.length === 0 ? [] : [richBlocksToPlainText(answer.rationale)];
      return [heading, block.text, ...position, ...rationale].join('\n\n');
    }
    case 'signature':
      return [block.closing, [block.name, block.jobTitle, block.organisation, block.date].filter((l) => l !== '').join('\n')].join('\n\n');
  }
}

/** The letter as plain text, for the clipboard and for tests; the same words as the .docx and the preview. */
export function renderPlainText(letter: Letter): string {
  const parts = [
    ...letter.meta.headerMarks,
    ...letter.blocks.map(letterBlockText).filter((text) => text !== ''),
  ];
  return `${parts.join('\n\n')}\n`;
}
