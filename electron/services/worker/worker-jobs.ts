import { AppError } from '../../../shared/app-error';
import { ImportError } from '../../../shared/import/import-result';
import type { StepProgress } from '../../../shared/work-progress';
import type { WorkerFailure, WorkerJob } from './protocol';
import { practise } from './practice-run';

/**
 * Runs one job in this process. The worker process calls it; the heavy
 * modules load only when a job needs them, so a fresh worker is ready sooner.
 */
export async function runJob(job: WorkerJob, onProgress: (progress: StepProgress) => void): Promise<unknown> {
  switch (job.kind) {
    case 'import-path': {
      const { createConsultationImporter } = await import('../import/importer');
      return createConsultationImporter().readPath(job.path, { onProgress });
    }
    case 'import-bytes': {
      const { createConsultationImporter } = await import('../import/importer');
      return createConsultationImporter().read(job.fileName, job.bytes, { onProgress });
    }
    case 'render-export': {
      const { renderExportFiles } = await import('../export/render-export-files');
      return renderExportFiles(job.draft, job.kinds, new Date(job.now), onProgress);
    }
    case 'check-draft': {
      const { checkDraftFile } = await import('./check-draft-file');
      return checkDraftFile(job.path);
    }
  }
}

/**
 * Loads what the jobs need ahead of the first job and, with `practice`, runs a small practice export and import
 * so the first real one finds its code compiled (a failure to load shows when a job needs the module).
 */
export async function preloadJobModules(practice: boolean): Promise<void> {
  await Promise.all([
    import('../import/importer'),
    import('../import/extract-pdf').then(({ loadPdfJs }) => loadPdfJs()),
    import('../export/render-export-files'),
  ]).catch(() => {});
  if (practice) await practise();
}

/** An error as words that can cross to the app, keeping what the user is meant to read. */
export function describeFailure(error: unknown): WorkerFailure {
  if (error instanceof ImportError) return { name: 'ImportError', code: error.code, message: error.message.slice(0, 2000) };
  if (error instanceof AppError) return { name: 'AppError', code: error.code, message: error.message.slice(0, 2000) };
  const detail = error instanceof Error ? error.message : String(error);
  return { name: 'Error', code: 'internal', message: detail.slice(0, 2000) };
}
