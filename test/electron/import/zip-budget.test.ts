import JSZip from 'jszip';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIpcHandlers, type IpcHandlers } from '../../../electron/ipc-handlers';
import type { IsolatedWorker } from '../../../electron/services/worker/isolated-worker';
import { createNodeWorker } from '../../../electron/services/worker/node-worker';
import { deflatePart, repeated, type ZipPart, zipOf } from '../../faults/support/zip-writer';
import { readFixture } from '../../shared/import/fixture-cases';
import { createTestServices, type TestServices } from '../../support/test-services';

/**
 * The most a Word file may unpack to, all its parts together, written out here
 * rather than read from the code, so a budget raised by mistake fails.
 */
const MIB = 1024 * 1024;
const UNPACK_BUDGET_BYTES = 200 * MIB;

/** The real DCC consultation's parts, as they unpack. */
async function consultationParts(): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFixture('date_con_consultation_issued.docx'));
  const parts = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) if (!entry.dir) parts.set(entry.name, await entry.async('nodebuffer'));
  return parts;
}

/** `bytes` spaces, made a megabyte at a time so the test never holds 200 MB. */
function* spaces(bytes: number): Generator<Buffer> {
  yield* repeated(Buffer.alloc(MIB, 0x20), Math.floor(bytes / MIB));
  if (bytes % MIB > 0) yield Buffer.alloc(bytes % MIB, 0x20);
}

/** A .docx of the consultation's parts, with `extra` spaces appended to the part named. */
async function consultationGrownBy(parts: Map<string, Buffer>, grownPart: string, extra: number): Promise<Buffer> {
  const zipParts: ZipPart[] = [];
  for (const [name, bytes] of parts) zipParts.push(await deflatePart(name, name === grownPart ? [bytes, ...spaces(extra)] : [bytes]));
  if (!parts.has(grownPart)) zipParts.push(await deflatePart(grownPart, spaces(extra)));
  return zipOf(zipParts);
}

let folder: string;
let worker: IsolatedWorker;
let services: TestServices;
let handlers: IpcHandlers;
let parts: Map<string, Buffer>;
let consultationBytes: number;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-zip-budget-'));
  // Imported as the app imports: chosen from disk and read in the worker, whose memory cap and time limit
  // stop a raised budget from taking the test down with it (it then gives another message, and the test fails).
  worker = createNodeWorker();
  services = createTestServices({ libraryFolder: join(folder, 'library'), worker });
  handlers = createIpcHandlers(services);
  // Started ahead, as the app has it soon after start-up, so each test times the file and not the start.
  await worker.prewarm();
  parts = await consultationParts();
  consultationBytes = [...parts.values()].reduce((sum, bytes) => sum + bytes.length, 0);
}, 60_000);
afterAll(async () => {
  await worker?.close();
  await rm(folder, { recursive: true, force: true });
});

/** What the window is told when the user chooses this file to import. */
async function importing(fileName: string, bytes: Buffer): Promise<string> {
  const path = join(folder, fileName);
  await writeFile(path, bytes);
  services.dialogAnswers.importFile = path;
  const result = await handlers['import:choose'](undefined);
  if (!result.ok) return result.error.message;
  return result.value === null ? 'nothing chosen' : `imported "${result.value.consultation.title}"`;
}

describe('a Word file that unpacks to more than 200 MB', () => {
  it('is refused with a plain message when its document text unpacks to one byte past the budget', async () => {
    // The part mammoth reads the letter from, grown with spaces after the document (still well-formed XML).
    const bomb = await consultationGrownBy(parts, 'word/document.xml', UNPACK_BUDGET_BYTES - consultationBytes + 1);
    expect(bomb.length).toBeLessThan(MIB);
    expect(await importing('consultation.docx', bomb)).toBe(
      '"consultation.docx" would expand to more than 200 MB when opened, far more than a consultation needs, so it was not opened. It may be damaged or built to cause harm. Ask the sender for a PDF of the consultation instead.',
    );
  });

  it('is opened when all its parts unpack to exactly 200 MB (the control)', async () => {
    // The padding is in a part mammoth never reads: mammoth turning 200 MB of document text into HTML would
    // run into the worker's memory cap and time limit, which are other limits than this one.
    const atBudget = await consultationGrownBy(parts, 'word/media/padding.bin', UNPACK_BUDGET_BYTES - consultationBytes);
    expect(await importing('consultation.docx', atBudget)).toMatch(/^imported "Further consultation on the date/);
    // Inflating 200 MB takes seconds on a quiet machine and far longer on a busy one.
  }, 120_000);
});
