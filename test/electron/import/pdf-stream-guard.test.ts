import { describe, expect, it } from 'vitest';
import { deflateSync } from 'node:zlib';
import { checkPdfStreams } from '../../../electron/services/import/pdf-stream-guard';
import { ImportError } from '../../../shared/import/import-result';
import { readFixture } from '../../shared/import/fixture-cases';

const MB = 1024 * 1024;

function pdfWith(dictionary: string, data: Buffer): Uint8Array {
  return Buffer.concat([Buffer.from(`%PDF-1.7\n4 0 obj << ${dictionary} /Length ${data.length} >>\nstream\n`), data, Buffer.from('\nendstream\nendobj\n%%EOF\n')]);
}

async function outcome(checking: Promise<void>): Promise<string> {
  try {
    await checking;
    return 'accepted';
  } catch (error) {
    return error instanceof ImportError ? `${error.code}: ${error.message}` : String(error);
  }
}

describe('the budget on what a PDF’s compressed streams inflate to', () => {
  it('accepts a real consultation PDF', async () => {
    expect(await outcome(checkPdfStreams('real.pdf', readFixture('date_con_consultation_issued.pdf')))).toBe('accepted');
  });

  it('refuses a page whose compressed content inflates past the budget, counting what comes out', async () => {
    const bomb = pdfWith('/Filter /FlateDecode', deflateSync(Buffer.alloc(20 * MB, 0x20), { level: 9 }));
    expect(bomb.length).toBeLessThan(100_000);
    expect(await outcome(checkPdfStreams('bomb.pdf', bomb, { maxInflatedBytes: 4 * MB }))).toMatch(/^too-large: "bomb\.pdf" holds compressed content that would expand to more than 4 MB/);
  });

  it('counts a filter given as an array too', async () => {
    const bomb = pdfWith('/Filter [/FlateDecode]', deflateSync(Buffer.alloc(8 * MB), { level: 9 }));
    expect(await outcome(checkPdfStreams('array.pdf', bomb, { maxInflatedBytes: 4 * MB }))).toMatch(/^too-large/);
  });

  it('leaves pictures alone: reading the text never decodes them', async () => {
    const picture = pdfWith('/Subtype /Image /Width 2000 /Height 2000 /Filter /FlateDecode', deflateSync(Buffer.alloc(8 * MB), { level: 9 }));
    expect(await outcome(checkPdfStreams('scan.pdf', picture, { maxInflatedBytes: 4 * MB }))).toBe('accepted');
  });
});
