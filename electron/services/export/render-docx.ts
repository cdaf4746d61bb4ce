import { Document, HeadingLevel, ImageRun, LineRuleType, Packer, Paragraph, TextRun, type ISectionOptions } from 'docx';
import { plainParagraphs } from '../../../shared/markdown/rich-text';
import { fitSignature } from '../../../shared/letter/signature-box';
import { CONFIDENTIAL_MARKER, REDACTED_TEXT, type Letter, type LetterBlock } from '../../../shared/letter/letter';
import { RichTextWriter, textRuns } from './docx-rich-text';
import { pageFooter, pageHeader } from './docx-page-furniture';
import { paragraph } from './docx-paragraph';
import { CONFIDENTIAL_RED, letterNumbering, letterStyles } from './docx-styles';

interface LinesOptions {
  spacingAfter?: number;
  /** Keep every line on the page of the next paragraph, so a block of lines is never split. */
  keepWithNext?: boolean;
}

function lines(texts: readonly string[], style: string, options: LinesOptions = {}): Paragraph[] {
  return texts.map((text, i) => {
    const last = i === texts.length - 1;
    return paragraph({
      style,
      children: [new TextRun(text)],
      spacing: last && options.spacingAfter !== undefined ? { after: options.spacingAfter } : undefined,
      keepNext: options.keepWithNext || !last || undefined,
    });
  });
}

/**
 * The closing, the signature (or the space for one) and the signatory's
 * lines, each kept with the next so the block moves to a new page whole
 * rather than leaving "Yours faithfully," or a name alone.
 */
function signatureParagraphs(block: Extract<LetterBlock, { kind: 'signature' }>): Paragraph[] {
  const image = block.image;
  const closing = paragraph({ spacing: { before: 240, after: 0 }, keepNext: true, keepLines: true, children: [new TextRun(block.closing)] });
  const picture = image
    ? paragraph({
        // Single line spacing: LibreOffice clips an inline picture on a proportionally spaced line.
        spacing: { before: 120, after: 60, line: 240, lineRule: LineRuleType.AUTO },
        keepNext: true,
        children: [
          new ImageRun({
            type: image.mimeType === 'image/png' ? 'png' : 'jpg',
            data: Buffer.from(image.dataBase64, 'base64'),
            transformation: fitSignature(image),
            altText: { name: 'Signature', title: 'Signature', description: `Signature of ${block.name || 'the signatory'}` },
          }),
        ],
      })
    : paragraph({ spacing: { before: 720, after: 0 }, keepNext: true, children: [] });
  const [name, ...rest] = [block.name, block.jobTitle, block.organisation, block.date].filter((l) => l !== '');
  return [
    closing,
    picture,
    ...(name ? [paragraph({ style: 'LetterLines', keepNext: rest.length > 0 || undefined, children: [new TextRun({ text: name, bold: true })] })] : []),
    ...lines(rest, 'LetterLines'),
  ];
}

/** The label, the question and the position stay on the page of the answer's first lines (their styles keep with next). */
function questionParagraphs(block: Extract<LetterBlock, { kind: 'question' }>, writer: RichTextWriter): Paragraph[] {
  const { answer } = block;
  const flagged = answer.status === 'answered' && answer.confidential;
  const heading = paragraph({
    heading: HeadingLevel.HEADING_2,
    children: [
      new TextRun(block.label),
      ...(flagged ? [new TextRun({ text: `  ${CONFIDENTIAL_MARKER}`, color: CONFIDENTIAL_RED, allCaps: true, size: 18 })] : []),
    ],
  });
  const question = plainParagraphs(block.text).flatMap((p) =>
    p.type === 'paragraph' ? [paragraph({ style: 'QuestionText', children: p.runs.flatMap((run) => textRuns(run)) })] : [],
  );
  if (answer.status === 'redacted') {
    return [heading, ...question, paragraph({ style: 'Redacted', children: [new TextRun(REDACTED_TEXT)] })];
  }
  const position = answer.position
    ? [
        paragraph({
          keepNext: answer.rationale.length > 0 || undefined,
          children: [new TextRun({ text: 'Position: ', bold: true }), new TextRun(answer.position)],
        }),
      ]
    : [];
  return [heading, ...question, ...position, ...writer.paragraphs(answer.rationale)];
}

function blockParagraphs(block: LetterBlock, writer: RichTextWriter): Paragraph[] {
  switch (block.kind) {
    case 'letterhead':
      return [
        ...(block.organisation
          ? [paragraph({ style: 'Letterhead', children: [new TextRun({ text: block.organisation, bold: true, size: 28, color: '1F3864' })] })]
          : []),
        ...lines(block.addressLines, 'Letterhead'),
        paragraph({ children: [] }),
      ];
    case 'date':
      return [paragraph({ spacing: { after: 240 }, children: [new TextRun(block.text)] })];
    case 'addressee':
      return lines(block.lines, 'LetterLines', { spacingAfter: 240 });
    case 'salutation':
      return [paragraph({ keepNext: true, children: [new TextRun(block.text)] })];
    case 'title':
      return [
        paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(block.text)] }),
        ...block.details.map((detail, i) =>
          paragraph({
            style: 'Reference',
            spacing: i < block.details.length - 1 ? { after: 0 } : undefined,
            children: [new TextRun(`${detail.label}: `), new TextRun({ text: detail.value, color: '000000' })],
          }),
        ),
      ];
    case 'introduction':
      return writer.paragraphs(block.content);
    case 'confidentiality':
      return [
        paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(block.heading)] }),
        ...block.paragraphs.map((text) => paragraph({ children: [new TextRun(text)] })),
      ];
    case 'heading':
      return [paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(block.text)] })];
    case 'question':
      return questionParagraphs(block, writer);
    case 'contact':
      return [paragraph({ spacing: { before: 240 }, keepNext: true, children: [new TextRun(block.text)] })];
    case 'signature':
      return signatureParagraphs(block);
  }
}

function section(letter: Letter): ISectionOptions {
  const writer = new RichTextWriter();
  const header = pageHeader(letter.meta);
  return {
    properties: { page: { margin: { top: 1247, bottom: 1247, left: 1304, right: 1304, header: 567, footer: 567 } } },
    headers: header ? { default: header } : undefined,
    footers: { default: pageFooter() },
    children: letter.blocks.flatMap((block) => blockParagraphs(block, writer)),
  };
}

/** The letter as a Word document. Core properties hold only the title and organisation, never answer text. */
export async function renderDocx(letter: Letter): Promise<Uint8Array> {
  const author = letter.meta.organisation || 'Consultation Response Drafter';
  const doc = new Document({
    title: letter.meta.title,
    creator: author,
    lastModifiedBy: author,
    styles: letterStyles,
    numbering: letterNumbering,
    sections: [section(letter)],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
