import {
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type ISectionOptions,
} from 'docx';
import { plainParagraphs } from '../../../shared/markdown/rich-text';
import { fitSignature } from '../../../shared/letter/signature-box';
import { CONFIDENTIAL_MARKER, REDACTED_TEXT, type Letter, type LetterBlock } from '../../../shared/letter/letter';
import { RichTextWriter, textRuns } from './docx-rich-text';
import { CONFIDENTIAL_RED, letterNumbering, letterStyles } from './docx-styles';

function lines(texts: readonly string[], style: string, last?: { spacingAfter: number }): Paragraph[] {
  return texts.map(
    (text, i) =>
      new Paragraph({
        style,
        children: [new TextRun(text)],
        spacing: last && i === texts.length - 1 ? { after: last.spacingAfter } : undefined,
      }),
  );
}

function signatureParagraphs(block: Extract<LetterBlock, { kind: 'signature' }>): Paragraph[] {
  const image = block.image;
  const picture = image
    ? [
        new Paragraph({
          // Single line spacing: LibreOffice clips an inline picture on a proportionally spaced line.
          spacing: { before: 360, after: 60, line: 240, lineRule: LineRuleType.AUTO },
          keepNext: true,
          children: [
            new ImageRun({
              type: image.mimeType === 'image/png' ? 'png' : 'jpg',
              data: Buffer.from(image.dataBase64, 'base64'),
              transformation: fitSignature(image),
              altText: { name: 'Signature', title: 'Signature', description: `Signature of ${block.name || 'the signatory'}` },
            }),
          ],
        }),
      ]
    : [new Paragraph({ spacing: { before: 720, after: 0 }, children: [] })];
  const [name, ...rest] = [block.name, block.jobTitle, block.organisation, block.date].filter((l) => l !== '');
  return [
    ...picture,
    ...(name ? [new Paragraph({ style: 'LetterLines', keepNext: true, children: [new TextRun({ text: name, bold: true })] })] : []),
    ...lines(rest, 'LetterLines'),
  ];
}

function questionParagraphs(block: Extract<LetterBlock, { kind: 'question' }>, writer: RichTextWriter): Paragraph[] {
  const { answer } = block;
  const flagged = answer.status === 'answered' && answer.confidential;
  const heading = new Paragraph({
    heading: HeadingLevel.HEADING_2,
    children: [
      new TextRun(block.label),
      ...(flagged ? [new TextRun({ text: `  ${CONFIDENTIAL_MARKER}`, color: CONFIDENTIAL_RED, allCaps: true, size: 18 })] : []),
    ],
  });
  const question = plainParagraphs(block.text).flatMap((p) =>
    p.type === 'paragraph' ? [new Paragraph({ style: 'QuestionText', children: p.runs.flatMap((run) => textRuns(run)) })] : [],
  );
  if (answer.status === 'redacted') {
    return [heading, ...question, new Paragraph({ style: 'Redacted', children: [new TextRun(REDACTED_TEXT)] })];
  }
  const position = answer.position
    ? [new Paragraph({ children: [new TextRun({ text: 'Position: ', bold: true }), new TextRun(answer.position)] })]
    : [];
  return [heading, ...question, ...position, ...writer.paragraphs(answer.rationale)];
}

function blockParagraphs(block: LetterBlock, writer: RichTextWriter): Paragraph[] {
  switch (block.kind) {
    case 'letterhead':
      return [
        ...(block.organisation
          ? [new Paragraph({ style: 'Letterhead', children: [new TextRun({ text: block.organisation, bold: true, size: 28, color: '1F3864' })] })]
          : []),
        ...lines(block.addressLines, 'Letterhead'),
        new Paragraph({ children: [] }),
      ];
    case 'date':
      return [new Paragraph({ spacing: { after: 240 }, children: [new TextRun(block.text)] })];
    case 'addressee':
      return lines(block.lines, 'LetterLines', { spacingAfter: 240 });
    case 'title':
      return [
        new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(block.text)] }),
        ...(block.referenceLine ? [new Paragraph({ style: 'Reference', children: [new TextRun(block.referenceLine)] })] : []),
      ];
    case 'introduction':
      return writer.paragraphs(block.content);
    case 'confidentiality':
      return [
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(block.heading)] }),
        ...block.paragraphs.map((text) => new Paragraph({ children: [new TextRun(text)] })),
      ];
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(block.text)] })];
    case 'question':
      return questionParagraphs(block, writer);
    case 'signature':
      return signatureParagraphs(block);
  }
}

function section(letter: Letter): ISectionOptions {
  const writer = new RichTextWriter();
  const mark = letter.meta.headerMark;
  return {
    properties: { page: { margin: { top: 1247, bottom: 1247, left: 1304, right: 1304, header: 567, footer: 567 } } },
    headers: mark ? { default: new Header({ children: [new Paragraph({ style: 'HeaderMark', children: [new TextRun(mark)] })] }) } : undefined,
    footers: {
      // Only page numbers: a footer is on every page, so it must never carry anything a reader should not see.
      default: new Footer({
        children: [
          new Paragraph({
            style: 'FooterText',
            children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
          }),
        ],
      }),
    },
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
