import { ImportError } from '../../../shared/import/import-result';

export type DocumentType = 'docx' | 'pdf' | 'text';

const TYPES: Readonly<Record<string, DocumentType>> = {
  docx: 'docx',
  pdf: 'pdf',
  txt: 'text',
  text: 'text',
  md: 'text',
  markdown: 'text',
};

const SAVE_AS = 'Open it in Word or a PDF reader, save it as a .docx or .pdf file, and import that.';

function extensionOf(fileName: string): string {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(fileName);
  return match?.[1]?.toLowerCase() ?? '';
}

/** Which reader a file needs, from its name. */
export function documentTypeFor(fileName: string): DocumentType {
  const extension = extensionOf(fileName);
  const type = TYPES[extension];
  if (type) return type;
  if (extension === 'doc') {
    throw new ImportError(
      'unsupported-type',
      `"${fileName}" is an older Word (.doc) file, which cannot be imported. Open it in Word, save it as a .docx file (File > Save As), and import that.`,
    );
  }
  const what = extension === '' ? 'a file with no extension' : `a .${extension} file`;
  throw new ImportError(
    'unsupported-type',
    `"${fileName}" is ${what}. Only Word (.docx), PDF (.pdf), text (.txt) and Markdown (.md) files can be imported. ${SAVE_AS}`,
  );
}

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];

function hasPdfHeader(bytes: Uint8Array): boolean {
  // The PDF header may follow some junk, but must be in the first 1024 bytes.
  const limit = Math.min(bytes.length - PDF.length, 1024);
  for (let offset = 0; offset <= limit; offset += 1) if (startsWith(bytes, PDF, offset)) return true;
  return false;
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = Array.from(text).flatMap((char) => [char.charCodeAt(0), 0]);
  const limit = Math.min(bytes.length, 1_000_000) - needle.length;
  for (let offset = 0; offset <= limit; offset += 1) if (startsWith(bytes, needle, offset)) return true;
  return false;
}

/** What the bytes look like, in words, for a message when the name and the content disagree. */
function describeContent(bytes: Uint8Array): string {
  if (hasPdfHeader(bytes)) return 'a PDF';
  if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return 'a Word document or zip archive';
  if (startsWith(bytes, OLE)) return 'an older Office file';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff])) return 'a picture';
  const sample = bytes.subarray(0, 4096);
  return sample.includes(0) ? 'some other kind of file' : 'plain text';
}

/** Checks the content is what the file name says; throws ImportError otherwise. */
export function checkContentMatches(fileName: string, type: DocumentType, bytes: Uint8Array): void {
  const actual = describeContent(bytes);
  if (type === 'pdf' && !hasPdfHeader(bytes)) {
    throw new ImportError(
      'mismatched-type',
      `"${fileName}" is named as a PDF but is not one: it looks like ${actual}. Check that you chose the right file, or open it and save it again as a PDF.`,
    );
  }
  if (type === 'docx' && !startsWith(bytes, ZIP) && !startsWith(bytes, EMPTY_ZIP)) {
    if (startsWith(bytes, OLE) && containsUtf16(bytes, 'EncryptedPackage')) {
      throw new ImportError(
        'encrypted',
        `"${fileName}" is protected with a password, so it cannot be read. Open it in Word, remove the password (File > Info > Protect Document), save it, and import it again.`,
      );
    }
    throw new ImportError(
      'mismatched-type',
      `"${fileName}" is named as a Word document but is not one: it looks like ${actual}. Check that you chose the right file, or open it in Word and save it again as .docx.`,
    );
  }
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (type === 'text' && actual !== 'plain text' && !utf16) {
    throw new ImportError(
      'mismatched-type',
      `"${fileName}" is named as a text file but looks like ${actual}. Rename it with its real extension (.pdf or .docx), or save the text as a .txt file, and import that.`,
    );
  }
}
