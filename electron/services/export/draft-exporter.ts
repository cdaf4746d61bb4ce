import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { AppError } from '../../../shared/app-error';
import { exportFileName } from '../../../shared/file-names';
import { publicationAvailability } from '../../../shared/letter/confidentiality';
import { blockingItems, checkReadiness } from '../../../shared/letter/readiness';
import type { ExportedFile } from '../../../shared/model';
import type { ExportKind, ResponseDraft } from '../../../shared/model';
import type { DraftExporter, ExportOptions } from '../contracts';
import type { StepProgress } from '../../../shared/work-progress';
import { checkFolder, refuseExisting, writeAllAtomically } from './atomic-files';
import type { RenderedFile } from './render-export-files';

const ORDER: readonly ExportKind[] = ['letter-full', 'letter-publication', 'email'];

/**
 * The kinds to write. The email carries the letters, so asking for it also
 * writes them (the files on disk are then the very bytes attached): the full
 * letter always, the publication version when there is one. Asking for the
 * publication version when there is none is an error; the email merely
 * leaves it out.
 */
export function plannedKinds(draft: ResponseDraft, requested: readonly ExportKind[]): ExportKind[] {
  const publication = publicationAvailability(draft);
  if (requested.includes('letter-publication') && !publication.available) {
    throw new AppError('export-failed', publication.reason);
  }
  const wanted = new Set(requested);
  if (wanted.has('email')) {
    wanted.add('letter-full');
    if (publication.available) wanted.add('letter-publication');
  }
  return ORDER.filter((kind) => wanted.has(kind));
}

function refuseBlocked(draft: ResponseDraft, kinds: readonly ExportKind[]): void {
  const blocks = blockingItems(checkReadiness(draft), kinds);
  if (blocks.length > 0) {
    throw new AppError('export-failed', `The response is not ready to export: ${blocks.map((b) => b.message).join(' ')}`);
  }
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Makes the files' bytes: in this process, or in the worker process (electron/services/worker). */
export type RenderExport = (
  draft: ResponseDraft,
  kinds: readonly ExportKind[],
  now: Date,
  onProgress: (progress: StepProgress) => void,
  signal?: AbortSignal,
) => Promise<RenderedFile[]>;

async function exportDraft(render: RenderExport, draft: ResponseDraft, options: ExportOptions): Promise<ExportedFile[]> {
  const kinds = plannedKinds(draft, options.kinds);
  refuseBlocked(draft, kinds);
  const fileNames = kinds.map((kind) => exportFileName(draft, kind));
  await checkFolder(options.folder);
  if (!options.overwrite) await refuseExisting(options.folder, fileNames);

  let files: RenderedFile[];
  try {
    files = await render(draft, kinds, options.now, options.onProgress ?? (() => {}), options.signal);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('export-failed', `The letter could not be produced (${error instanceof Error ? error.message : String(error)}). Nothing was written.`);
  }
  await writeAllAtomically(options.folder, files);
  return files.map((file) => ({
    kind: file.kind,
    fileName: file.fileName,
    path: join(options.folder, file.fileName),
    sha256: sha256(file.bytes),
  }));
}

/** Renders in this process, loading the docx library only when an export is made (crd's worker path never loads it). */
const renderHere: RenderExport = async (draft, kinds, now, onProgress) => (await import('./render-export-files')).renderExportFiles(draft, kinds, now, onProgress);

/** Writes a draft's letters and email. Reads the draft, never changes it; recording the export in its history is the caller's job. */
export function createDraftExporter(render: RenderExport = renderHere): DraftExporter {
  return { exportDraft: (draft, options) => exportDraft(render, draft, options) };
}
