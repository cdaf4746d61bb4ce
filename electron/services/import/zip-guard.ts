import JSZip from 'jszip';
import { ImportError } from '../../../shared/import/import-result';

export interface ZipLimits {
  /** The most all parts of the archive together may inflate to, in bytes, counted as they are inflated. */
  maxUncompressedBytes: number;
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxEntries: 5000,
};

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
 * Word document, and that it is not a zip bomb. Every part is inflated, with
 * JSZip (the same library and code mammoth reads it with, so the bytes are the
 * same), and the bytes that actually come out are counted against one budget
 * for the whole archive: whatever a part is called and whatever size it
 * declares, nothing mammoth can read is larger than what was counted here.
 * Returns the checked archive, so its other parts (the title property) are read without unpacking it again.
 */
export async function checkDocxArchive(fileName: string, bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<JSZip> {
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

  let budget = limits.maxUncompressedBytes;
  for (const entry of entries) {
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
  return zip;
}
