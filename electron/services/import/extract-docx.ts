import mammoth from 'mammoth';
import { ImportError } from '../../../shared/import/import-result';
import { readDocxCoreTitle } from './docx-core-title';
import { htmlToText } from './html-to-text';
import { type ZipLimits, checkDocxArchive } from './zip-guard';

// Word's own title styles carry the consultation's title; mammoth leaves them as plain paragraphs by default.
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

export interface DocxText {
  /** The text, with headings, bold lines, lists and tables marked up for the parser. */
  text: string;
  /** The document's own title property, when it has one. */
  documentTitle?: string;
}

/** The text of a .docx and the title it carries in its properties. */
export async function extractDocxText(fileName: string, bytes: Uint8Array, limits?: ZipLimits): Promise<DocxText> {
  const zip = await checkDocxArchive(fileName, bytes, limits);
  const documentTitle = await readDocxCoreTitle(zip);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        // Pictures are not read at all: they carry no text and may be large.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        externalFileAccess: false,
        ignoreEmptyParagraphs: true,
      },
    );
    html = result.value;
  } catch {
    throw new ImportError(
      'corrupt',
      `"${fileName}" could not be read as a Word document: it may be damaged. Open it in Word and save it again, or ask the sender for a PDF.`,
    );
  }
  const text = htmlToText(html);
  if (text.trim() === '') {
    throw new ImportError(
      'no-text',
      `"${fileName}" has no text in it, only pictures or empty pages. Ask the sender for a version with the text, or for a PDF.`,
    );
  }
  return documentTitle === undefined ? { text } : { text, documentTitle };
}
