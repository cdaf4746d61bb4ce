import { z } from 'zod';
import { AppError } from '../../../shared/app-error';
import { ImportError, ImportResultSchema, type ImportErrorCode, ImportErrorCodeSchema, type ImportResult } from '../../../shared/import/import-result';
import { IpcErrorCodeSchema } from '../../../shared/ipc';
import type { ConsultationImporter, WorkOptions } from '../contracts';
import type { RenderExport } from '../export/draft-exporter';
import type { RenderedFile } from '../export/render-export-files';
import { DEFAULT_MEMORY_CAP_BYTES, type IsolatedWorker, WorkerJobFailed, WorkerStopped } from './isolated-worker';
import { RenderedFileSchema, type WorkerJob } from './protocol';

export interface WorkerLimits {
  /** Every import, of any kind of file, is stopped after this long. */
  importTimeoutMs: number;
  exportTimeoutMs: number;
  /** The worker's memory cap, for the message when it is reached. */
  memoryCapBytes: number;
}

export const DEFAULT_WORKER_LIMITS: WorkerLimits = {
  importTimeoutMs: 10_000,
  exportTimeoutMs: 30_000,
  memoryCapBytes: DEFAULT_MEMORY_CAP_BYTES,
};

function baseName(path: string): string {
  return path.replace(/^.*[\\/]/, '');
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

function importStopped(stopped: WorkerStopped, fileName: string, limits: WorkerLimits): Error {
  switch (stopped.reason) {
    case 'cancelled':
      return new AppError('cancelled', `The import of "${fileName}" was cancelled.`);
    case 'time-out':
      return new ImportError(
        'too-large',
        `Reading "${fileName}" took longer than ${Math.round(limits.importTimeoutMs / 1000)} seconds, so it was stopped. The file may be damaged or far larger than a consultation; open it and save it again, or import just the part with the questions.`,
      );
    case 'memory':
      return new ImportError(
        'too-large',
        `Reading "${fileName}" needed more than ${megabytes(limits.memoryCapBytes)} of memory, far more than a consultation needs, so it was stopped. The file may be damaged or built to cause harm. Ask the sender for a PDF, or import just the part with the questions.`,
      );
    case 'crashed':
      return new ImportError(
        'corrupt',
        `Reading "${fileName}" stopped unexpectedly, so it was not imported. The file may be damaged; open it and save it again, or ask the sender for another copy.`,
      );
  }
}

function exportStopped(stopped: WorkerStopped, limits: WorkerLimits): AppError {
  switch (stopped.reason) {
    case 'cancelled':
      return new AppError('cancelled', 'The export was cancelled. Nothing was written.');
    case 'time-out':
      return new AppError(
        'export-failed',
        `Making the letter took longer than ${Math.round(limits.exportTimeoutMs / 1000)} seconds, so it was stopped. Nothing was written. Try again; if it happens again, shorten the longest answers.`,
      );
    case 'memory':
      return new AppError(
        'export-failed',
        `Making the letter needed more than ${megabytes(limits.memoryCapBytes)} of memory, so it was stopped. Nothing was written. Try again; if it happens again, shorten the longest answers.`,
      );
    case 'crashed':
      return new AppError('export-failed', 'Making the letter stopped unexpectedly. Nothing was written; try again.');
  }
}

function failedInWorker(failed: WorkerJobFailed, fallback: () => Error): Error {
  if (failed.failedAs === 'ImportError') {
    const code = ImportErrorCodeSchema.safeParse(failed.code);
    return new ImportError(code.success ? code.data : ('corrupt' satisfies ImportErrorCode), failed.message);
  }
  if (failed.failedAs === 'AppError') {
    const code = IpcErrorCodeSchema.safeParse(failed.code);
    return code.success ? new AppError(code.data, failed.message) : fallback();
  }
  return fallback();
}

/** An importer whose every read happens in the worker, with its time limit and memory cap. */
export function createWorkerImporter(worker: IsolatedWorker, limits: WorkerLimits = DEFAULT_WORKER_LIMITS): ConsultationImporter {
  async function importIn(job: WorkerJob, fileName: string, work: WorkOptions = {}): Promise<ImportResult> {
    let value: unknown;
    try {
      value = await worker.run(job, { timeoutMs: limits.importTimeoutMs, ...work });
    } catch (error) {
      if (error instanceof WorkerStopped) throw importStopped(error, fileName, limits);
      if (error instanceof WorkerJobFailed) {
        throw failedInWorker(error, () => new ImportError('corrupt', `"${fileName}" could not be read: it may be damaged. Open it and save it again, or ask the sender for another copy.`));
      }
      throw error;
    }
    const result = ImportResultSchema.safeParse(value);
    if (!result.success) throw new ImportError('corrupt', `"${fileName}" could not be read: it may be damaged. Open it and save it again, or ask the sender for another copy.`);
    return result.data;
  }
  return {
    read: (fileName, bytes, work) => importIn({ kind: 'import-bytes', fileName, bytes }, baseName(fileName), work),
    readPath: (path, work) => importIn({ kind: 'import-path', path }, baseName(path), work),
  };
}

/** Renders an export's files in the worker; the caller checks, writes and records them. */
export function workerRenderExport(worker: IsolatedWorker, limits: WorkerLimits = DEFAULT_WORKER_LIMITS): RenderExport {
  return async (draft, kinds, now, onProgress, signal) => {
    let value: unknown;
    try {
      value = await worker.run({ kind: 'render-export', draft, kinds: [...kinds], now: now.toISOString() }, { timeoutMs: limits.exportTimeoutMs, onProgress, signal });
    } catch (error) {
      if (error instanceof WorkerStopped) throw exportStopped(error, limits);
      if (error instanceof WorkerJobFailed) {
        throw failedInWorker(error, () => new AppError('export-failed', `The letter could not be produced (${error.message}). Nothing was written.`));
      }
      throw error;
    }
    const files = z.array(RenderedFileSchema).safeParse(value);
    if (!files.success) throw new AppError('export-failed', 'The letter could not be produced. Nothing was written; try again.');
    return files.data satisfies RenderedFile[];
  };
}
