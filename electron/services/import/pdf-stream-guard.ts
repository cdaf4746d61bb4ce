import { createInflate, constants } from 'node:zlib';
import { ImportError } from '../../../shared/import/import-result';

/**
 * A PDF can hold a small compressed stream that inflates to gigabytes, and
 * pdf.js inflates whatever a page asks for, with no limit of its own. So
 * before pdf.js sees the file, every Flate-compressed stream it may read for
 * text is inflated here (and thrown away), counting the bytes that come out,
 * and the file is refused once the total passes the budget.
 *
 * Image streams are not counted: text extraction never decodes them, and a
 * scanned document is mostly images. Streams with other filters (LZW,
 * ASCII85 before Flate) and encrypted files are not checked here; the worker
 * process's memory cap is the limit for those.
 */

export interface PdfStreamLimits {
  /** The most all checked streams together may inflate to, in bytes. */
  maxInflatedBytes: number;
}

export const DEFAULT_PDF_STREAM_LIMITS: PdfStreamLimits = { maxInflatedBytes: 256 * 1024 * 1024 };

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');
const OBJ = Buffer.from('obj');
/** How far back from "stream" its dictionary is looked for. */
const DICTIONARY_WINDOW = 64 * 1024;

interface FlateStream {
  start: number;
  end: number;
}

function isFlate(dictionary: string): boolean {
  return /\/Filter\s*(?:\[\s*)?\/(?:FlateDecode|Fl)\b/.test(dictionary);
}

function isImage(dictionary: string): boolean {
  return /\/Subtype\s*\/Image\b/.test(dictionary);
}

/** The Flate streams of the file, by scanning for "stream" … "endstream" after a dictionary. */
function* flateStreams(bytes: Buffer): Generator<FlateStream> {
  let from = 0;
  while (from < bytes.length) {
    const keyword = bytes.indexOf(STREAM, from);
    if (keyword === -1) return;
    from = keyword + STREAM.length;
    // "endstream" also contains "stream"; a stream keyword follows a dictionary's ">>".
    if (keyword >= 3 && bytes.subarray(keyword - 3, keyword).toString('latin1') === 'end') continue;
    let start = from;
    if (bytes[start] === 0x0d) start += 1;
    if (bytes[start] === 0x0a) start += 1;
    // Without an end of line it is the word "stream" somewhere else, not a stream.
    if (start === from) continue;
    const windowStart = Math.max(0, keyword - DICTIONARY_WINDOW);
    const objAt = bytes.lastIndexOf(OBJ, keyword);
    const dictionary = bytes.subarray(objAt >= windowStart ? objAt : windowStart, keyword).toString('latin1');
    if (!dictionary.includes('>>')) continue;
    const end = bytes.indexOf(END_STREAM, start);
    const stop = end === -1 ? bytes.length : end;
    from = stop;
    if (isFlate(dictionary) && !isImage(dictionary)) yield { start, end: stop };
  }
}

/** Inflates one stream, counting output; resolves with its size, or the budget plus one once it passes it. */
function inflatedSize(data: Buffer, budget: number): Promise<number> {
  return new Promise((resolve) => {
    let total = 0;
    // Damaged streams are pdf.js's business; SYNC_FLUSH lets a truncated one give what it has.
    const inflate = createInflate({ finishFlush: constants.Z_SYNC_FLUSH, chunkSize: 1024 * 1024 });
    inflate.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > budget) {
        inflate.destroy();
        resolve(budget + 1);
      }
    });
    inflate.on('end', () => resolve(total));
    inflate.on('error', () => resolve(total));
    inflate.on('close', () => resolve(total));
    inflate.end(data);
  });
}

export async function checkPdfStreams(fileName: string, bytes: Uint8Array, limits: PdfStreamLimits = DEFAULT_PDF_STREAM_LIMITS): Promise<void> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let remaining = limits.maxInflatedBytes;
  for (const stream of flateStreams(buffer)) {
    remaining -= await inflatedSize(buffer.subarray(stream.start, stream.end), remaining);
    if (remaining < 0) {
      throw new ImportError(
        'too-large',
        `"${fileName}" holds compressed content that would expand to more than ${Math.round(limits.maxInflatedBytes / (1024 * 1024))} MB when opened, far more than a consultation needs, so it was not opened. It may be damaged or built to cause harm. Ask the sender for another copy, or print it to a new PDF and import that.`,
      );
    }
  }
}
