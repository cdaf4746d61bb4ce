import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createConsultationImporter } from '../../../electron/services/import/importer';
import { ImportError, type ImportErrorCode } from '../../../shared/import/import-result';
import { readFixture } from '../../shared/import/fixture-cases';

const folder = mkdtempSync(join(tmpdir(), 'consultation-import-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function writeTemp(name: string, bytes: Uint8Array | string): string {
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
}

async function failure(importing: Promise<unknown>): Promise<{ code: ImportErrorCode; message: string }> {
  try {
    await importing;
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    const { code, message } = error as ImportError;
    return { code, message };
  }
  throw new Error('The import was expected to fail');
}

// Made for each test, not when the file is loaded: StrykerJS switches a mutant on only after loading.
let importer: ReturnType<typeof createConsultationImporter>;
beforeEach(() => {
  importer = createConsultationImporter();
});
const text = (value: string): Uint8Array => new TextEncoder().encode(value);

describe('files that cannot be imported say why, in plain words', () => {
  it('an empty file', async () => {
    const { code, message } = await failure(importer.readPath(writeTemp('empty.docx', '')));
    expect(code).toBe('empty');
    expect(message).toBe('"empty.docx" is empty. Check that it finished downloading or saving, then try again.');
  });

  it('a text file with nothing but blank lines', async () => {
    expect((await failure(importer.read('blank.txt', text('  \n\n\t\n')))).code).toBe('empty');
  });

  it('a file type that cannot be imported', async () => {
    const { code, message } = await failure(importer.read('minutes.odt', text('hello')));
    expect(code).toBe('unsupported-type');
    expect(message).toContain('Only Word (.docx), PDF (.pdf), text (.txt) and Markdown (.md) files can be imported');
    expect((await failure(importer.read('old.doc', text('x')))).message).toContain('save it as a .docx file');
  });

  it('a ".pdf" that is really text', async () => {
    const { code, message } = await failure(importer.readPath(writeTemp('consultation.pdf', 'Respond by: 1600 on 28 October 2020')));
    expect(code).toBe('mismatched-type');
    expect(message).toContain('is named as a PDF but is not one: it looks like plain text');
  });

  it('a ".docx" that is really text', async () => {
    const { code, message } = await failure(importer.readPath(writeTemp('consultation.docx', 'Q1 Do you agree?')));
    expect(code).toBe('mismatched-type');
    expect(message).toContain('is named as a Word document but is not one: it looks like plain text');
  });

  it('a ".txt" that is really a PDF', async () => {
    const { code } = await failure(importer.read('consultation.txt', readFixture('date_con_consultation_issued.pdf')));
    expect(code).toBe('mismatched-type');
  });

  it('a ".docx" that is a zip of something else', async () => {
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    const { code, message } = await failure(importer.read('book.docx', await zip.generateAsync({ type: 'uint8array' })));
    expect(code).toBe('mismatched-type');
    expect(message).toContain('is an Excel workbook');
  });

  it('a PDF with an open password', async () => {
    const { code, message } = await failure(importer.read('encrypted.pdf', readFixture('encrypted.pdf')));
    expect(code).toBe('encrypted');
    expect(message).toContain('is protected with a password');
  });

  it('a scanned PDF with no text in it', async () => {
    const { code, message } = await failure(importer.read('scanned-image-only.pdf', readFixture('scanned-image-only.pdf')));
    expect(code).toBe('no-text');
    expect(message).toContain('probably a scan');
  });

  it('a file over the size limit, checked before it is read', async () => {
    const small = createConsultationImporter({ maxBytes: 10_000 });
    const path = writeTemp('big.pdf', readFixture('date_con_consultation_issued.pdf'));
    const { code, message } = await failure(small.readPath(path));
    expect(code).toBe('too-large');
    expect(message).toMatch(/^"big\.pdf" is \d+ KB; the largest file that can be imported is 10 KB\./);
    expect((await failure(small.read('big.pdf', readFixture('date_con_consultation_issued.pdf')))).code).toBe('too-large');
  });

  it('a Word document cut short', async () => {
    const docx = readFixture('date_con_consultation_issued.docx');
    const { code, message } = await failure(importer.read('cut.docx', docx.subarray(0, Math.floor(docx.length / 2))));
    expect(code).toBe('corrupt');
    expect(message).toContain('is damaged or incomplete');
  });

  it('a PDF cut short or with a header and nothing else', async () => {
    const pdf = readFixture('date_con_consultation_issued.pdf');
    expect((await failure(importer.read('cut.pdf', pdf.subarray(0, Math.floor(pdf.length / 2))))).code).toBe('corrupt');
    expect((await failure(importer.read('junk.pdf', text('%PDF-1.7\nnot a PDF\n%%EOF')))).code).toBe('corrupt');
  });

  it('a Word document that is a zip bomb, refused before mammoth opens it', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('word/document.xml', new Uint8Array(200 * 1024 * 1024));
    const bomb = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 1 } });
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const started = Date.now();
    const { code, message } = await failure(importer.read('bomb.docx', bomb));
    expect(code).toBe('too-large');
    expect(message).toContain('would expand to more than 200 MB when opened');
    // Stopped at the budget, not after inflating the whole part (the bound for hostile files).
    expect(Date.now() - started).toBeLessThan(15_000);
  }, 120_000);

  it('an empty Word document or PDF given as bytes (a dropped file)', async () => {
    for (const name of ['empty.docx', 'empty.pdf']) {
      expect(await failure(importer.read(name, new Uint8Array(0)))).toEqual({
        code: 'empty',
        message: `"${name}" is empty. Check that it finished downloading or saving, then try again.`,
      });
    }
  });

  it('a 3 GB file, refused by its size without being read', async () => {
    const path = join(folder, 'huge.pdf');
    const handle = openSync(path, 'w');
    ftruncateSync(handle, 3 * 1024 * 1024 * 1024); // sparse: takes no room on the disk
    closeSync(handle);
    const { code, message } = await failure(importer.readPath(path));
    expect(code).toBe('too-large');
    expect(message).toMatch(/^"huge\.pdf" is 3072\.0 MB; the largest file that can be imported is 25\.0 MB\./);
  });

  it('a file just over a 1 MB limit, with both sizes in MB', async () => {
    const oneMegabyte = createConsultationImporter({ maxBytes: 1024 * 1024 });
    const { message } = await failure(oneMegabyte.read('notes.txt', new Uint8Array(1024 * 1024 + 1).fill(65)));
    expect(message).toMatch(/^"notes\.txt" is 1\.0 MB; the largest file that can be imported is 1\.0 MB\./);
  });

  it('a file of exactly the largest size is imported, from the disk as from dropped bytes', async () => {
    const bytes = readFixture('date_con_consultation_issued.pdf');
    const exactly = createConsultationImporter({ maxBytes: bytes.length });
    const fromDisk = await exactly.readPath(writeTemp('exactly.pdf', bytes));
    expect(fromDisk.consultation.questions.length).toBeGreaterThan(0);
    expect((await exactly.read('exactly.pdf', bytes)).consultation.questions).toEqual(fromDisk.consultation.questions);
  });

  it('a dropped file with a name longer than a consultation may keep is imported under its first 500 characters', async () => {
    const name = `${'Consultation on smart meter data '.repeat(20)}.txt`;
    const { fileName } = await importer.read(name, text('Q1 Do you agree?\n'));
    expect(fileName).toBe(name.slice(0, 500));
  });

  it('a folder chosen instead of a file', async () => {
    const chosen = join(folder, 'Consultations.docx');
    mkdirSync(chosen);
    expect(await failure(importer.readPath(chosen))).toEqual({
      code: 'corrupt',
      message: '"Consultations.docx" could not be opened: it is a folder, not a file. Choose the file again, or copy it to your computer first.',
    });
  });

  it('a consultation with 500 questions or more, refused rather than cut short', async () => {
    const questions = (count: number) => Array.from({ length: count }, (_, i) => `Q${i + 1}. Do you agree with proposal ${i + 1}?`).join('\n\n');
    const { code, message } = await failure(importer.read('long.txt', text(`Long consultation\n\n${questions(500)}`)));
    expect(code).toBe('too-large');
    expect(message).toBe(
      '"long.txt" has 500 or more questions, more than can be imported at once (499 at most), so it was not imported rather than leaving some out. Import the consultation in parts, each saved as its own file.',
    );
    expect((await importer.read('shorter.txt', text(`Long consultation\n\n${questions(499)}`))).consultation.questions).toHaveLength(499);
  });

  it('gives each imported consultation an id of its own (the control)', async () => {
    const first = await importer.read('consultation.docx', readFixture('date_con_consultation_issued.docx'));
    expect(first.consultation.id).toMatch(/^imported-[0-9a-f-]{36}$/);
    expect(first.fileName).toBe('consultation.docx');
  });

  it('a file that is no longer there', async () => {
    const { code, message } = await failure(importer.readPath(join(folder, 'gone.pdf')));
    expect(code).toBe('corrupt');
    expect(message).toBe('"gone.pdf" could not be opened: it is no longer there. Choose the file again, or copy it to your computer first.');
  });
});
