import { randomUUID } from 'node:crypto';
import { parseConsultation } from '../../../shared/import/parse-consultation';
import { ImportError, type ImportResult } from '../../../shared/import/import-result';
import type { ConsultationImporter, WorkOptions } from '../contracts';
import type { StepProgress } from '../../../shared/work-progress';
import { decodeText } from './decode-text';
import { extractDocxText } from './extract-docx';
import { extractPdfText } from './extract-pdf';
import { type DocumentType, checkContentMatches, documentTypeFor } from './file-types';
import { withTimeLimit } from './time-limit';
import { FileTooLarge, readBytesUpTo } from '../bounded-read';

export interface ConsultationImporterOptions {
  /** Largest file accepted, in bytes; 25 MB unless given. */
  maxBytes?: number;
  /** The id for each imported consultation; a random one unless given. */
  newId?: () => string;
  /** How long one file may take to read, in milliseconds; 60 s unless given. */
  timeoutMs?: number;
}

/** A document's text, and the title its file properties carry (only a .docx has one here). */
interface ExtractedText {
  text: string;
  documentTitle?: string;
}

export const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;
/** The most questions a consultation may hold (ConsultationSchema); the parser stops there. */
export const QUESTION_LIMIT = 500;
const DEFAULT_TIMEOUT_MS = 60_000;

function baseName(path: string): string {
  return path.replace(/^.*[\\/]/, '');
}

function sizeInWords(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function tooLarge(fileName: string, size: number, maxBytes: number): ImportError {
  return new ImportError(
    'too-large',
    `"${fileName}" is ${sizeInWords(size)}; the largest file that can be imported is ${sizeInWords(maxBytes)}. Import the part of the consultation with the questions, saved as its own file.`,
  );
}

function emptyFile(fileName: string): ImportError {
  return new ImportError('empty', `"${fileName}" is empty. Check that it finished downloading or saving, then try again.`);
}

function fileSystemError(fileName: string, error: unknown): ImportError {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const reason =
    code === 'ENOENT'
      ? 'it is no longer there'
      : code === 'EACCES' || code === 'EPERM'
        ? 'you do not have permission to open it'
        : code === 'EISDIR'
          ? 'it is a folder, not a file'
          : code === 'ENOTFILE'
            ? 'it is not an ordinary file (a pipe or a device)'
            : 'it could not be read from the disk';
  return new ImportError('corrupt', `"${fileName}" could not be opened: ${reason}. Choose the file again, or copy it to your computer first.`);
}

export function createConsultationImporter(options: ConsultationImporterOptions = {}): ConsultationImporter {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const newId = options.newId ?? (() => `imported-${randomUUID()}`);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function extract(fileName: string, type: DocumentType, bytes: Uint8Array, report: (progress: StepProgress) => void): Promise<ExtractedText> {
    if (type === 'text') return { text: decodeText(bytes, fileName) };
    if (type === 'docx') {
      report({ message: `Reading "${fileName}"`, done: 0, total: null });
      return withTimeLimit(extractDocxText(fileName, bytes), timeoutMs, fileName);
    }
    const task = extractPdfText(fileName, bytes, undefined, (page, pages) => report({ message: `Reading page ${page} of ${pages}`, done: page, total: pages }));
    const content = await withTimeLimit(task.content, timeoutMs, fileName, task.cancel);
    if (content.text.trim() === '') {
      throw new ImportError(
        'no-text',
        `"${fileName}" has no text that can be read: it is probably a scan, made of pictures of the pages. Ask the sender for the original document, or run it through text recognition (OCR) and import the result.`,
      );
    }
    return content;
  }

  async function read(fileName: string, bytes: Uint8Array, work: WorkOptions = {}): Promise<ImportResult> {
    const name = baseName(fileName);
    const report = work.onProgress ?? (() => {});
    try {
      const type = documentTypeFor(name);
      if (bytes.length === 0) throw emptyFile(name);
      if (bytes.length > maxBytes) throw tooLarge(name, bytes.length, maxBytes);
      checkContentMatches(name, type, bytes);
      const { text: sourceText, documentTitle } = await extract(name, type, bytes, report);
      if (sourceText.trim() === '') throw emptyFile(name);
      report({ message: 'Finding the title, dates and questions', done: 0, total: null });
      // A .docx's or PDF's own title property names the consultation better than its first lines, when it reads as a title.
      const parsed = parseConsultation(sourceText, { id: newId(), fileName: name, ...(documentTitle === undefined ? {} : { documentTitle }) });
      // The parser stops at the limit; reaching it means questions may have been left out, which must be said.
      if (parsed.consultation.questions.length >= QUESTION_LIMIT) {
        throw new ImportError(
          'too-large',
          `"${name}" has ${QUESTION_LIMIT} or more questions, more than can be imported at once (${QUESTION_LIMIT - 1} at most), so it was not imported rather than leaving some out. Import the consultation in parts, each saved as its own file.`,
        );
      }
      return { ...parsed, fileName: name.slice(0, 500), sourceText };
    } catch (error) {
      if (error instanceof ImportError) throw error;
      throw new ImportError(
        'corrupt',
        `"${name}" could not be read: it may be damaged. Open it and save it again, or ask the sender for another copy.`,
      );
    }
  }

  async function readPath(path: string, work: WorkOptions = {}): Promise<ImportResult> {
    const name = baseName(path);
    documentTypeFor(name);
    let bytes: Uint8Array;
    try {
      // The size is checked before reading, and again as it is read, so a huge file is never loaded into memory.
      const read = await readBytesUpTo(path, maxBytes);
      if (read === null) throw Object.assign(new Error('no file'), { code: 'ENOENT' });
      if (read.length === 0) throw emptyFile(name);
      bytes = new Uint8Array(read.buffer, read.byteOffset, read.length);
    } catch (error) {
      if (error instanceof FileTooLarge) throw tooLarge(name, error.bytes, maxBytes);
      if (error instanceof ImportError) throw error;
      throw fileSystemError(name, error);
    }
    return read(name, bytes, work);
  }

  return { read, readPath };
}
