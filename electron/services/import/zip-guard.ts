import JSZip from 'jszip';
import { ImportError } from '../../../shared/import/import-result';

export interface ZipLimits {
  /** The most the parts Word text lives in may expand to, in bytes. */
  maxUncompressedBytes: number;
  /** Beyond this many times its packed size, a large part is a zip bomb, not a document. */
  maxCompressionRatio: number;
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxCompressionRatio: 100,
  maxEntries: 5000,
};

// Small parts may compress very well and still be harmless.
const RATIO_APPLIES_FROM = 1024 * 1024;

interface DeclaredSizes {
  compressedSize: number;
  uncompressedSize: number;
}

/** The sizes the zip's central directory declares for an entry (JSZip keeps them, unexposed in its types). */
function declaredSizes(entry: JSZip.JSZipObject): DeclaredSizes | null {
  const data: unknown = (entry as unknown as { _data?: unknown })._data;
  if (typeof data !== 'object' || data === null) return null;
  const { compressedSize, uncompressedSize } = data as Partial<DeclaredSizes>;
  return typeof compressedSize === 'number' && typeof uncompressedSize === 'number' ? { compressedSize, uncompressedSize } : null;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

function tooLarge(fileName: string, bytes: number): ImportError {
  return new ImportError(
    'too-large',
    `"${fileName}" would expand to more than ${megabytes(bytes)} when opened, far more than a consultation needs, so it was not opened. It may be damaged or built to cause harm. Ask the sender for a PDF of the consultation instead.`,
  );
}

/** Inflates one part, counting bytes, and stops as soon as the running total passes the limit. */
function inflateCounting(entry: JSZip.JSZipObject, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let total = 0;
    const stream = entry.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > budget) {
        stream.pause();
        stream.removeAllListeners('data');
        reject(new RangeError('budget'));
      }
    });
    stream.on('end', () => resolve(total));
    stream.on('error', reject);
  });
}

/**
 * Checks a .docx before mammoth opens it: that it is a readable zip holding a
 * Word document, and that it is not a zip bomb — first by the sizes its
 * directory declares, then by inflating the text parts with a byte budget, since
 * declared sizes can lie.
 */
export async function checkDocxArchive(fileName: string, bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<void> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    throw new ImportError(
      'corrupt',
      `"${fileName}" is damaged or incomplete, so it cannot be opened as a Word document. If it was downloaded or copied, try getting it again, or open it in Word and save it again.`,
    );
  }
  const entries = Object.values(zip.files).filter((entry) => !entry.dir);
  if (entries.length > limits.maxEntries) throw tooLarge(fileName, limits.maxUncompressedBytes);
  if (!zip.file('word/document.xml')) {
    const kind = zip.file('xl/workbook.xml')
      ? 'an Excel workbook'
      : zip.file('ppt/presentation.xml')
        ? 'a PowerPoint presentation'
        : zip.file('content.xml')
          ? 'an OpenDocument file'
          : 'a zip archive';
    throw new ImportError(
      'mismatched-type',
      `"${fileName}" is named as a Word document but is ${kind}. Check that you chose the right file, or open it and save it as .docx.`,
    );
  }

  let declaredTotal = 0;
  for (const entry of entries) {
    const sizes = declaredSizes(entry);
    if (!sizes) continue;
    declaredTotal += sizes.uncompressedSize;
    const ratio = sizes.uncompressedSize / Math.max(sizes.compressedSize, 1);
    if (sizes.uncompressedSize > RATIO_APPLIES_FROM && ratio > limits.maxCompressionRatio) {
      throw new ImportError(
        'corrupt',
        `"${fileName}" is not a normal Word document: one of its parts would expand ${Math.round(ratio)} times over when opened, which is how harmful "zip bomb" files are built. It was not opened. Ask the sender for a PDF of the consultation instead.`,
      );
    }
  }
  if (declaredTotal > limits.maxUncompressedBytes) throw tooLarge(fileName, limits.maxUncompressedBytes);

  let budget = limits.maxUncompressedBytes;
  for (const entry of entries) {
    if (!/\.(?:xml|rels)$/i.test(entry.name)) continue;
    try {
      budget -= await inflateCounting(entry, budget);
    } catch (error) {
      if (error instanceof RangeError) throw tooLarge(fileName, limits.maxUncompressedBytes);
      throw new ImportError(
        'corrupt',
        `"${fileName}" is damaged: part of it cannot be unpacked. Open it in Word and save it again, or ask the sender for a PDF.`,
      );
    }
  }
}
