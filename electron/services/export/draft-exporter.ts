import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { AppError } from '../../../shared/app-error';
import { composeEmail } from '../../../shared/email/compose-email';
import { exportFileName } from '../../../shared/file-names';
import { composeLetter } from '../../../shared/letter/compose-letter';
import { publicationAvailability } from '../../../shared/letter/confidentiality';
import { blockingItems, checkReadiness } from '../../../shared/letter/readiness';
import type { ExportedFile } from '../../../shared/ipc';
import type { ExportKind, ResponseDraft } from '../../../shared/model';
import type { DraftExporter, ExportOptions } from '../contracts';
import { checkFolder, refuseExisting, writeAllAtomically, type PendingFile } from './atomic-files';
import { buildEml } from './build-eml';
import { renderDocx } from './render-docx';

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

async function render(draft: ResponseDraft, kinds: readonly ExportKind[], now: Date): Promise<Array<PendingFile & { kind: ExportKind }>> {
  const files: Array<PendingFile & { kind: ExportKind }> = [];
  for (const kind of kinds) {
    const fileName = exportFileName(draft, kind);
    if (kind === 'email') {
      const letters = files.filter((f) => f.kind !== 'email');
      const email = composeEmail(draft, letters.map(({ fileName: name, kind: k }) => ({ fileName: name, kind: k })));
      files.push({ kind, fileName, bytes: await buildEml(email, letters) });
    } else {
      const version = kind === 'letter-full' ? 'full' : 'publication';
      files.push({ kind, fileName, bytes: await renderDocx(composeLetter(draft, { version, date: now })) });
    }
  }
  return files;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function exportDraft(draft: ResponseDraft, options: ExportOptions): Promise<ExportedFile[]> {
  const kinds = plannedKinds(draft, options.kinds);
  refuseBlocked(draft, kinds);
  const fileNames = kinds.map((kind) => exportFileName(draft, kind));
  await checkFolder(options.folder);
  if (!options.overwrite) await refuseExisting(options.folder, fileNames);

  let files: Array<PendingFile & { kind: ExportKind }>;
  try {
    files = await render(draft, kinds, options.now);
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

/** Writes a draft's letters and email. Reads the draft, never changes it; recording the export in its history is the caller's job. */
export function createDraftExporter(): DraftExporter {
  return { exportDraft };
}
