import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDraftExporter } from '../../../electron/services/export/draft-exporter';
import { createConsultationImporter } from '../../../electron/services/import/importer';
import { createWorkerImporter, workerRenderExport, DEFAULT_WORKER_LIMITS } from '../../../electron/services/worker/worker-services';
import { createNodeWorker } from '../../../electron/services/worker/node-worker';
import { WorkerJobFailed } from '../../../electron/services/worker/isolated-worker';
import { AppError } from '../../../shared/app-error';
import { ImportError } from '../../../shared/import/import-result';
import type { StepProgress } from '../../../shared/work-progress';
import { SAMPLE_NOW, sampleDraft } from '../../support/sample-draft';
import { removeTempFolders, sha256, tempFolder, zipEntries } from '../export/export-support';

const FIXTURES = join(import.meta.dirname, '../../fixtures/consultations');
// Generous limits: these tests show the work is done right in the worker, not how fast (that is the benchmark's).
const limits = { ...DEFAULT_WORKER_LIMITS, importTimeoutMs: 120_000, exportTimeoutMs: 120_000 };
const worker = createNodeWorker(limits);
const SLOW = 180_000;
const importer = createWorkerImporter(worker, limits);

afterAll(async () => {
  await worker.close();
  await removeTempFolders();
});

describe('imports and exports done by the worker process', () => {
  it('finds the same consultation in a PDF as reading it in this process does, reporting each page', async () => {
    const path = join(FIXTURES, 'date_con_consultation_issued.pdf');
    const progress: StepProgress[] = [];
    const inWorker = await importer.readPath(path, { onProgress: (step) => progress.push(step) });
    const here = await createConsultationImporter({ newId: () => inWorker.consultation.id }).readPath(path);
    expect(inWorker.consultation).toEqual(here.consultation);
    expect(inWorker.sourceText).toBe(here.sourceText);
    expect(progress.some((step) => /^Reading page 1 of \d+$/.test(step.message))).toBe(true);
  }, SLOW);

  it('reads dropped bytes of a Word document', async () => {
    const bytes = new Uint8Array(await readFile(join(FIXTURES, 'date_con_consultation_issued.docx')));
    const found = await importer.read('dropped.docx', bytes);
    expect(found.fileName).toBe('dropped.docx');
    expect(found.consultation.questions.length).toBeGreaterThan(0);
  }, SLOW);

  it("passes on the worker's plain refusal of a bad file", async () => {
    const error = await importer.read('notes.txt', new Uint8Array([0x51, 0x31, 0x20, 0xc3, 0x28, 0x41])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toContain('is not valid UTF-8 text');
  }, SLOW);

  it('cancels an import on request, with a message saying so', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await importer.readPath(join(FIXTURES, 'date_con_consultation_issued.pdf'), { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('cancelled');
  }, SLOW);

  it('refuses a job it cannot read at once, with the reason, instead of leaving the app waiting for its time limit', async () => {
    const draft = sampleDraft();
    // One answer per question is what every draft has; this one has lost its questions.
    const broken = { ...draft, consultation: { ...draft.consultation, questions: [] } };
    // The job's time limit is longer than this test's: only an immediate answer lets it pass.
    const error = await worker.run({ kind: 'render-export', draft: broken, kinds: ['letter-full'], now: SAMPLE_NOW.toISOString() }, { timeoutMs: 600_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkerJobFailed);
    expect((error as WorkerJobFailed).message).toBe('The job sent to the worker is not valid (job.draft.answers: There must be one answer per question).');
  }, 60_000);

  it('renders the letters and email in the worker, and writes the very bytes it made', async () => {
    const folder = await tempFolder('worker-export-');
    const exporter = createDraftExporter(workerRenderExport(worker, limits));
    const files = await exporter.exportDraft(sampleDraft(), { folder, kinds: ['email'], overwrite: false, now: SAMPLE_NOW });
    expect(files.map((file) => file.kind)).toEqual(['letter-full', 'email']);
    const letter = await readFile(files[0]!.path);
    expect(sha256(letter)).toBe(files[0]!.sha256);
    const document = new TextDecoder().decode((await zipEntries(letter)).get('word/document.xml'));
    expect(document).toContain(sampleDraft().respondent.organisation);
  }, SLOW);
});
