import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deflatePart, repeated, zipOf, type ZipPart } from './zip-writer';

/** A hostile file written to disk, and what a user must be told about it. */
export interface HostileFile {
  name: string;
  path: string;
  bytes: number;
  /** What the plain message must say (a pattern), or null when importing it may also succeed. */
  expect: string | null;
}

const MB = 1024 * 1024;
const CONTENT_TYPES = (main: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${main}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = (main: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${main}"/></Relationships>`;
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const SMALL_DOCUMENT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body><w:p><w:r><w:t>Consultation on smart meters</w:t></w:r></w:p></w:body></w:document>`;

async function small(name: string, text: string): Promise<ZipPart> {
  return deflatePart(name, [Buffer.from(text)]);
}

async function docx(main: string, parts: ZipPart[]): Promise<Buffer> {
  return zipOf([await small('[Content_Types].xml', CONTENT_TYPES(main)), await small('_rels/.rels', RELS(main)), ...parts]);
}

/** `total` bytes of zeros, deflated, claiming `declared` bytes (or the truth). */
async function zeros(name: string, total: number, declared?: number): Promise<ZipPart> {
  const part = await deflatePart(name, repeated(Buffer.alloc(MB), total / MB));
  return declared === undefined ? part : { ...part, declaredSize: declared };
}

/** A Word body of about `total` bytes: many short paragraphs, valid XML throughout. */
function* bigDocumentXml(total: number): Generator<Buffer> {
  yield Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>`);
  const block: string[] = [];
  for (let index = 0; index < 2000; index += 1) block.push(`<w:p><w:r><w:t>Paragraph ${index}: the proposed date for re-designation is set out here.</w:t></w:r></w:p>`);
  const chunk = Buffer.from(block.join(''));
  for (let written = 0; written < total; written += chunk.length) yield chunk;
  yield Buffer.from('</w:body></w:document>');
}

/** A one-page PDF whose page content is the given zlib stream (the cross-reference table is left for pdf.js to rebuild). */
function pdfWithContent(content: Buffer): Buffer {
  const head = Buffer.from(
    '%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n' +
      '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj\n' +
      `4 0 obj << /Length ${content.length} /Filter /FlateDecode >>\nstream\n`,
  );
  const tail = Buffer.from('\nendstream\nendobj\n5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\ntrailer << /Root 1 0 R /Size 6 >>\n%%EOF\n');
  return Buffer.concat([head, content, tail]);
}

async function zlibOf(chunks: Iterable<Buffer>): Promise<Buffer> {
  return (await deflatePart('stream', chunks, false)).deflated;
}

function* textLine(piece: string, total: number): Generator<Buffer> {
  const chunk = Buffer.from(piece.repeat(Math.ceil(MB / piece.length)));
  for (let written = 0; written < total; written += chunk.length) yield chunk;
}

/** Writes every hostile file into `folder`; none is kept in the repository. */
export async function makeHostileFiles(folder: string): Promise<HostileFile[]> {
  const files: HostileFile[] = [];
  const add = async (name: string, bytes: Buffer, expect: string | null): Promise<void> => {
    const path = join(folder, name);
    await writeFile(path, bytes);
    files.push({ name, path, bytes: bytes.length, expect });
  };
  const tooBig = 'would expand to more than|needed more than .* of memory|took longer than';

  await add('zip-bomb-honest-sizes.docx', await docx('word/document.xml', [await zeros('word/document.xml', 1024 * MB)]), tooBig);
  await add(
    'zip-bomb-lying-sizes-on-a-picture.docx',
    await docx('word/document.xml', [await small('word/document.xml', SMALL_DOCUMENT), await zeros('word/media/image1.png', 1024 * MB, 1024)]),
    tooBig,
  );
  await add(
    'zip-bomb-lying-non-xml-main-part.docx',
    await docx('word/document.bin', [await small('word/document.xml', SMALL_DOCUMENT), await zeros('word/document.bin', 1024 * MB, 4096)]),
    tooBig,
  );
  await add('document-xml-190-mb-within-limits.docx', await docx('word/document.xml', [await deflatePart('word/document.xml', bigDocumentXml(190 * MB))]), tooBig);

  await add('pdf-flate-bomb-1-gb-page.pdf', pdfWithContent(await zlibOf(repeated(Buffer.alloc(MB, 0x20), 1024))), tooBig);
  await add(
    'pdf-30-mb-of-text-on-one-page.pdf',
    pdfWithContent(await zlibOf(textLine('BT /F1 10 Tf 72 700 Td (Do you agree with the proposed date?) Tj ET\n', 30 * MB))),
    'more text on page 1|took longer than|needed more than',
  );

  await add('one-line-of-dates-24-mb.txt', Buffer.concat([...textLine('1 January 2020, 28 October 2020 at 16:00; ', 24 * MB)]), null);
  await add('one-line-of-addresses-24-mb.txt', Buffer.concat([...textLine('consultations@smartdcc.co.uk ', 24 * MB)]), null);
  await add('deep-markdown.md', Buffer.from(`# Consultation\n\n${'- '.repeat(100_000)}x\n\n${'> '.repeat(400_000)}y\n\n${'*a'.repeat(500_000)}\n`), null);
  await add('invalid-utf8.txt', Buffer.concat([Buffer.from('Question 1: Do you agree? '), Buffer.from([0xc3, 0x28, 0xa0, 0xa1])]), 'is not valid UTF-8 text');
  await add('binary-renamed.txt', Buffer.concat([Buffer.from('GIF89a'), Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 0x1a, 0x1b])]), 'holds binary data');
  const questions = Array.from({ length: 620 }, (_, index) => `Question ${index + 1}: Do you agree with proposal ${index + 1}?`).join('\n\n');
  await add('620-questions.txt', Buffer.from(`Consultation on many things\n\n${questions}\n`), 'or more questions, more than can be imported');
  return files;
}
