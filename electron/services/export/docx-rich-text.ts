import { TextRun, type IRunOptions, type NumberingDefinition, type Paragraph } from 'docx';
import type { RichBlock, Run } from '../../../shared/markdown/rich-text';
import { paragraph } from './docx-paragraph';
import { BULLET_REFERENCE, CONFIDENTIAL_RED, CONFIDENTIAL_SHADING, GREY, listIndent, MAX_LIST_LEVEL, numberedDefinition } from './docx-styles';

/**
 * A marked passage is shaded and its label is red, so the reader sees exactly
 * where it starts and ends; a redaction is grey like a redacted answer.
 */
function markStyle(run: Run): IRunOptions {
  switch (run.mark?.kind) {
    case 'confidential':
      return { shading: { fill: CONFIDENTIAL_SHADING } };
    case 'label':
      return { shading: { fill: CONFIDENTIAL_SHADING }, bold: true, color: CONFIDENTIAL_RED };
    case 'redacted':
      return { bold: true, color: GREY };
    case undefined:
      return {};
  }
}

/** Runs for text that may hold line breaks: each '\n' becomes a Word line break, not a new paragraph. */
export function textRuns(run: Run, extra: IRunOptions = {}): TextRun[] {
  // Most runs are plain answer text: their options are made directly, as spreading empty styles into each cost
  // more than the rest of the run on the first export after the worker starts.
  const marked = run.mark === undefined && Object.keys(extra).length === 0 ? null : { ...markStyle(run), ...extra };
  const bold = run.bold || marked?.bold || undefined;
  const italics = run.italic || marked?.italics || undefined;
  const pieces = run.text.includes('\n') ? run.text.split('\n') : [run.text];
  return pieces.map((piece, i) => {
    const lineBreak = i > 0 ? 1 : undefined;
    return new TextRun(marked === null ? { text: piece, bold, italics, break: lineBreak } : { ...marked, text: piece, bold, italics, break: lineBreak });
  });
}

function isList(block: RichBlock | undefined): boolean {
  return block !== undefined && block.type !== 'paragraph';
}

/** Every bullet list shares one numbering instance: a bullet has no number to restart. */
const BULLET_INSTANCE = 0;

/**
 * Turns rich blocks into Word paragraphs with real Word lists. Each numbered
 * list gets its own numbering instance, so it starts again at its own first
 * number instead of carrying on from the previous answer's list.
 */
export class RichTextWriter {
  private nextInstance = 1;

  paragraphs(blocks: readonly RichBlock[], level = -1): Paragraph[] {
    return blocks.flatMap((block, i) => this.block(block, level, isList(blocks[i + 1])));
  }

  /** A paragraph that leads into a list ("Our concerns are as follows:") is kept on the page of the list's first item. */
  private block(block: RichBlock, level: number, leadsIntoList: boolean): Paragraph[] {
    if (block.type === 'paragraph') {
      return [
        paragraph({
          children: block.runs.flatMap((run) => textRuns(run)),
          indent: level >= 0 ? { left: listIndent(level) } : undefined,
          keepNext: leadsIntoList || undefined,
        }),
      ];
    }
    const listLevel = Math.min(level + 1, MAX_LIST_LEVEL);
    const bullets = block.type === 'bullet-list';
    const reference: string | NumberingDefinition = bullets ? BULLET_REFERENCE : numberedDefinition(block.start);
    // Each instance is a numbering entry in the file (~0.7 KB); one per bullet list made 144 in the large case.
    const instance = bullets ? BULLET_INSTANCE : this.nextInstance++;
    return block.items.flatMap((item) => {
      const [first, ...rest] = item.blocks;
      const startsWithText = first?.type === 'paragraph';
      const head = paragraph({
        children: startsWithText ? first.runs.flatMap((run) => textRuns(run)) : [],
        numbering: { reference, level: listLevel, instance },
        keepNext: (startsWithText && isList(rest[0])) || undefined,
      });
      return [head, ...this.paragraphs(startsWithText ? rest : item.blocks, listLevel)];
    });
  }
}
