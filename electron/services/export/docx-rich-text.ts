import { Paragraph, TextRun, type IRunOptions, type NumberingDefinition } from 'docx';
import type { RichBlock, Run } from '../../../shared/markdown/rich-text';
import { BULLET_REFERENCE, listIndent, MAX_LIST_LEVEL, numberedDefinition } from './docx-styles';

/** Runs for text that may hold line breaks: each '\n' becomes a Word line break, not a new paragraph. */
export function textRuns(run: Run, extra: IRunOptions = {}): TextRun[] {
  return run.text.split('\n').map(
    (piece, i) =>
      new TextRun({
        ...extra,
        text: piece,
        bold: run.bold || extra.bold || undefined,
        italics: run.italic || extra.italics || undefined,
        break: i > 0 ? 1 : undefined,
      }),
  );
}

/**
 * Turns rich blocks into Word paragraphs with real Word lists. Each list gets
 * its own numbering instance, so every numbered list starts again at its own
 * first number instead of carrying on from the previous answer's list.
 */
export class RichTextWriter {
  private nextInstance = 1;

  paragraphs(blocks: readonly RichBlock[], level = -1): Paragraph[] {
    return blocks.flatMap((block) => this.block(block, level));
  }

  private block(block: RichBlock, level: number): Paragraph[] {
    if (block.type === 'paragraph') {
      return [
        new Paragraph({
          children: block.runs.flatMap((run) => textRuns(run)),
          indent: level >= 0 ? { left: listIndent(level) } : undefined,
        }),
      ];
    }
    const listLevel = Math.min(level + 1, MAX_LIST_LEVEL);
    const reference: string | NumberingDefinition =
      block.type === 'bullet-list' ? BULLET_REFERENCE : numberedDefinition(block.start);
    const instance = this.nextInstance++;
    return block.items.flatMap((item) => {
      const [first, ...rest] = item.blocks;
      const startsWithText = first?.type === 'paragraph';
      const head = new Paragraph({
        children: startsWithText ? first.runs.flatMap((run) => textRuns(run)) : [],
        numbering: { reference, level: listLevel, instance },
      });
      return [head, ...this.paragraphs(startsWithText ? rest : item.blocks, listLevel)];
    });
  }
}
