import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftLibrary } from '../../../electron/services/draft-library';
import { CHECK_ELSEWHERE_FROM_BYTES, fileContent, readDraftText, type ReadDraft } from '../../../electron/services/draft-file';
import { createNodeWorker } from '../../../electron/services/worker/node-worker';
import { workerDraftCheck } from '../../../electron/services/worker/worker-draft-check';
import { DEFAULT_WORKER_LIMITS } from '../../../electron/services/worker/worker-services';
import { SAMPLE_NOW, sampleDraft } from '../../support/sample-draft';

/**
 * A large draft file (a hostile or damaged one on a shared drive) is parsed and checked in the worker process, so
 * the app's own process never spends the seconds it takes nor the memory it may be built to exhaust. Each check
 * that reaches the worker is counted, to show where the work was done.
 */
const limits = { ...DEFAULT_WORKER_LIMITS, importTimeoutMs: 120_000 };
const worker = createNodeWorker(limits);
const SLOW = 180_000;
let inWorker = 0;
const checkInWorker = workerDraftCheck(worker, limits);
const readDraft: ReadDraft = async (bytes, path) => {
  if (bytes.length >= CHECK_ELSEWHERE_FROM_BYTES) inWorker += 1;
  return checkInWorker(bytes, path);
};

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-draft-check-'));
  inWorker = 0;
});
afterEach(() => rm(folder, { recursive: true, force: true }));
afterAll(() => worker.close());

const comment = (i: number) => ({ id: `c-${i}`, target: { kind: 'section', section: 'general' }, author: 'A colleague', at: SAMPLE_NOW.toISOString(), text: 'x'.repeat(100), resolved: false, resolvedBy: null, resolvedAt: null });

describe('a large draft file checked in the worker process', () => {
  it('refuses one of 20,000 comments with the reason, as reading it here would, and leaves it as it is', async () => {
    const text = JSON.stringify({ ...fileContent(sampleDraft()), comments: Array.from({ length: 20_000 }, (_, i) => comment(i)) });
    expect(text.length).toBeGreaterThan(CHECK_ELSEWHERE_FROM_BYTES);
    const path = join(folder, 'From a shared drive.crdraft');
    await writeFile(path, text);
    const library = createDraftLibrary({ folder: join(folder, 'library'), clock: () => SAMPLE_NOW, readDraft });
    const refusal = await library.openFile(path).then(() => 'opened', (error: unknown) => (error as Error).message);
    const here = readDraftText(text);
    expect(here.ok).toBe(false);
    expect(refusal).toBe(`${here.ok ? '' : here.problem} File: ${path}`);
    expect(inWorker).toBe(1);
    expect(await readFile(path, 'utf8')).toBe(text);
  }, SLOW);

  it('opens a valid large draft exactly as reading it here does', async () => {
    const draft = sampleDraft();
    const long = 'We agree with the proposal, for the reasons set out below. '.repeat(40_000);
    const questionId = Object.keys(draft.answers)[0]!;
    const text = JSON.stringify({ ...fileContent(draft), answers: { ...draft.answers, [questionId]: { ...draft.answers[questionId]!, rationale: long.slice(0, 200_000) } }, comments: Array.from({ length: 4000 }, (_, i) => comment(i)) });
    const padded = text.replace('{', `{"notes":"${'n'.repeat(CHECK_ELSEWHERE_FROM_BYTES)}",`);
    expect(padded.length).toBeGreaterThan(CHECK_ELSEWHERE_FROM_BYTES);
    const path = join(folder, 'Large.crdraft');
    await writeFile(path, padded);
    const library = createDraftLibrary({ folder: join(folder, 'library'), clock: () => SAMPLE_NOW, readDraft });
    const opened = await library.openFile(path);
    const here = readDraftText(padded);
    expect(here.ok && opened.answers[questionId]).toEqual(here.ok && here.draft.answers[questionId]);
    expect(opened.comments).toHaveLength(4000);
    expect(inWorker).toBeGreaterThanOrEqual(1);
  }, SLOW);

  it('says so when the file changed between being read here and in the worker', async () => {
    const path = join(folder, 'Changing.crdraft');
    const text = JSON.stringify({ ...fileContent(sampleDraft()), notes: 'n'.repeat(CHECK_ELSEWHERE_FROM_BYTES) });
    await writeFile(path, `${text} `);
    expect((await checkInWorker(Buffer.from(text), path)).reading).toEqual({ ok: false, futureVersion: false, problem: 'The file changed while it was being read. Try again.' });
  }, SLOW);

  it('stops a check that needs too much memory in the worker, and says so', async () => {
    const small = { ...limits, memoryCapBytes: 160 * 1024 * 1024 };
    const tight = createNodeWorker(small);
    try {
      // Valid JSON of many small arrays: parsing it takes far more memory than its 40 MB of text.
      const text = `{"schemaVersion":2,"junk":[${Array.from({ length: 4_000_000 }, () => '[0,0,0]').join(',')}]}`;
      const path = join(folder, 'Memory.crdraft');
      await writeFile(path, text);
      const { reading } = await workerDraftCheck(tight, small)(Buffer.from(text), path);
      expect(reading).toEqual({ ok: false, futureVersion: false, problem: 'Checking the file needed more than 160 MB of memory, far more than any response draft needs, so it was stopped. It may be damaged or built to cause harm.' });
    } finally {
      await tight.close();
    }
  }, SLOW);
});
