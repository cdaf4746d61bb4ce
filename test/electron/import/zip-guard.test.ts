import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { checkDocxArchive } from '../../../electron/services/import/zip-guard';
import { ImportError } from '../../../shared/import/import-result';
import { readFixture } from '../../shared/import/fixture-cases';

/** Rewrites the uncompressed size a zip declares for one entry, in its local header and central directory. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const bytes = new Uint8Array(zip);
  const view = new DataView(bytes.buffer);
  const encoded = new TextEncoder().encode(name);
  const nameAt = (offset: number): boolean => encoded.every((byte, index) => bytes[offset + index] === byte);
  for (let offset = 0; offset < bytes.length - 46; offset += 1) {
    const signature = view.getUint32(offset, true);
    if (signature === 0x04034b50 && view.getUint16(offset + 26, true) === encoded.length && nameAt(offset + 30)) {
      view.setUint32(offset + 22, size, true);
    }
    if (signature === 0x02014b50 && view.getUint16(offset + 28, true) === encoded.length && nameAt(offset + 46)) {
      view.setUint32(offset + 24, size, true);
    }
  }
  return bytes;
}

async function codeOf(checking: Promise<unknown>): Promise<string> {
  try {
    await checking;
    return 'accepted';
  } catch (error) {
    return error instanceof ImportError ? error.code : 'unexpected error';
  }
}

const limits = { maxUncompressedBytes: 1024 * 1024, maxEntries: 100 };

describe('checking a Word file before opening it', () => {
  it('accepts a real Word document', async () => {
    expect(await codeOf(checkDocxArchive('seed.docx', readFixture('date_con_consultation_issued.docx')))).toBe('accepted');
  });

  it('refuses a document whose parts declare more than the limit', async () => {
    expect(await codeOf(checkDocxArchive('seed.docx', readFixture('date_con_consultation_issued.docx'), { ...limits, maxUncompressedBytes: 1000 }))).toBe(
      'too-large',
    );
  });

  it('stops unpacking a part that declares a small size but keeps growing', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', 'x'.repeat(3 * 1024 * 1024));
    const packed = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const lying = declareSize(packed, 'word/document.xml', 1000);
    expect(await codeOf(checkDocxArchive('lying.docx', lying, limits))).toBe('too-large');
  });

  it('treats a part whose real size differs from its declared one as damaged', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document>' + 'text '.repeat(200) + '</w:document>');
    const packed = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(await codeOf(checkDocxArchive('odd.docx', declareSize(packed, 'word/document.xml', 5), limits))).toBe('corrupt');
    await expect(checkDocxArchive('odd.docx', declareSize(packed, 'word/document.xml', 5), limits)).rejects.toThrow(
      '"odd.docx" is damaged: part of it cannot be unpacked. Open it in Word and save it again, or ask the sender for a PDF.',
    );
  });

  it('opens a document that unpacks to exactly the limit, and refuses one byte more', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', 'x'.repeat(5000));
    const packed = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(await codeOf(checkDocxArchive('exact.docx', packed, { ...limits, maxUncompressedBytes: 5000 }))).toBe('accepted');
    expect(await codeOf(checkDocxArchive('exact.docx', packed, { ...limits, maxUncompressedBytes: 4999 }))).toBe('too-large');
  });

  it('names what a ".docx" really is when it is another kind of zip', async () => {
    const kinds: Array<[string, string]> = [
      ['ppt/presentation.xml', 'a PowerPoint presentation'],
      ['content.xml', 'an OpenDocument file'],
      ['photos/holiday.jpg', 'a zip archive'],
    ];
    for (const [part, kind] of kinds) {
      const zip = new JSZip();
      zip.file(part, '<x/>');
      await expect(checkDocxArchive('response.docx', await zip.generateAsync({ type: 'uint8array' }), limits), part).rejects.toThrow(
        `"response.docx" is named as a Word document but is ${kind}. Check that you chose the right file, or open it and save it as .docx.`,
      );
    }
  });

  it('counts every part as it is inflated, whatever its name and declared size', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    zip.file('word/document.bin', new Uint8Array(3 * 1024 * 1024));
    const packed = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(await codeOf(checkDocxArchive('bin.docx', declareSize(packed, 'word/document.bin', 10), limits))).toBe('too-large');
    expect(await codeOf(checkDocxArchive('bin.docx', packed, limits))).toBe('too-large');
  });

  it('refuses an archive with too many parts', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    for (let index = 0; index < 150; index += 1) zip.file(`word/media/${index}.xml`, '<x/>');
    expect(await codeOf(checkDocxArchive('many.docx', await zip.generateAsync({ type: 'uint8array' }), limits))).toBe('too-large');
  });
});
