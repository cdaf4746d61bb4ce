import JSZip from 'jszip';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIpcHandlers, type IpcHandlers } from '../../../electron/ipc-handlers';
import { readFixture } from '../../shared/import/fixture-cases';
import { createTestServices } from '../../support/test-services';

/**
 * The limits the app promises on what it will open, written out here rather
 * than read from the code, so a limit raised by mistake fails.
 */
const MIB = 1024 * 1024;
const LARGEST_IMPORT_BYTES = 25 * MIB;
const MOST_PARTS_IN_A_DOCX = 5000;

const CENTRAL_ENTRY = 0x02014b50;

interface CentralDirectory {
  parts: number;
  declaredBytes: number;
}

/** Counts the files a zip's central directory lists and adds up the sizes it declares for them. */
function centralDirectory(zip: Uint8Array): CentralDirectory {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end -= 1;
  let offset = view.getUint32(end + 16, true);
  const result = { parts: 0, declaredBytes: 0 };
  while (view.getUint32(offset, true) === CENTRAL_ENTRY) {
    const nameLength = view.getUint16(offset + 28, true);
    const name = new TextDecoder().decode(zip.subarray(offset + 46, offset + 46 + nameLength));
    if (!name.endsWith('/')) {
      result.parts += 1;
      result.declaredBytes += view.getUint32(offset + 24, true);
    }
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return result;
}

const realConsultation = readFixture('date_con_consultation_issued.docx');

/** The real DCC consultation with `count` small pictures added (stored, as Word stores images). */
async function withExtraParts(count: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(realConsultation);
  for (let index = 0; index < count; index += 1) zip.file(`word/media/padding${String(index).padStart(4, '0')}.bin`, 'x', { compression: 'STORE' });
  return zip.generateAsync({ type: 'uint8array' });
}

let scratch: string;
let handlers: IpcHandlers;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'crd-import-limits-'));
  handlers = createIpcHandlers(createTestServices({ libraryFolder: join(scratch, 'library') }));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** What the window is told when the user drops these bytes on it. */
async function importing(fileName: string, bytes: Uint8Array): Promise<string> {
  const result = await handlers['import:read']({ fileName, dataBase64: Buffer.from(bytes).toString('base64') });
  return result.ok ? `imported "${result.value.consultation.title}"` : result.error.message;
}

const REFUSED_AS_TOO_BIG = /would expand to more than 200 MB .* so it was not opened/;

describe('a Word file at the edge of what the app will unpack', () => {
  it(`opens one of exactly ${MOST_PARTS_IN_A_DOCX} parts, and refuses one of ${MOST_PARTS_IN_A_DOCX + 1}`, async () => {
    const own = centralDirectory(realConsultation).parts;
    const atLimit = await withExtraParts(MOST_PARTS_IN_A_DOCX - own);
    expect(centralDirectory(atLimit).parts).toBe(MOST_PARTS_IN_A_DOCX);
    expect(await importing('consultation.docx', atLimit)).toMatch(/^imported "Further consultation on the date/);
    expect(await importing('consultation.docx', await withExtraParts(MOST_PARTS_IN_A_DOCX - own + 1))).toMatch(REFUSED_AS_TOO_BIG);
  });
});

describe('a file dropped on the window', () => {
  it('is refused with its size and the limit when it is one byte over 25 MB', async () => {
    const tooBig = new Uint8Array(LARGEST_IMPORT_BYTES + 1).fill(0x41);
    expect(await importing('consultation.txt', tooBig)).toBe(
      '"consultation.txt" is 25.0 MB; the largest file that can be imported is 25.0 MB. Import the part of the consultation with the questions, saved as its own file.',
    );
  });

  it('is read when it is exactly 25 MB (the control)', async () => {
    const text = `Q1 Do you agree with the date?\n${' '.repeat(LARGEST_IMPORT_BYTES - 32)}\n`;
    expect(Buffer.byteLength(text)).toBe(LARGEST_IMPORT_BYTES);
    expect(await importing('consultation.txt', new TextEncoder().encode(text))).toMatch(/^imported /);
  });
});
