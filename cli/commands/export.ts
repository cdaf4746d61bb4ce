import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ExportedFile } from '../../shared/ipc';
import { blockingItems, checkReadiness } from '../../shared/letter/readiness';
import type { ExportKind } from '../../shared/model';
import { AppError } from '../../shared/app-error';
import { recordExports } from '../../shared/draft-changes';
import { plannedKinds } from '../../electron/services/export/draft-exporter';
import { parseCommandArguments, requiredOption } from '../arguments';
import { CliError, EXIT, type CliIo } from '../cli-error';
import { readDraftFile, updateDraftFile } from '../draft-file-store';
import type { CliServices } from '../services';
import { readinessLine } from './check';

/** Asking for the email brings the letter and, when there is one, the publication version. */
const EVERYTHING: readonly ExportKind[] = ['email'];

/** crd export <draft> --to <folder> [--overwrite]: writes the letter, the publication version and the .eml. */
export async function exportCommand(args: readonly string[], io: CliIo, services: CliServices): Promise<number> {
  const parsed = parseCommandArguments('export', args, { to: { type: 'string' }, overwrite: { type: 'boolean' } }, { min: 1, max: 1 });
  const path = resolve(io.cwd, parsed.positionals[0] as string);
  const folder = resolve(io.cwd, requiredOption('export', parsed, 'to'));
  const { draft } = await readDraftFile(path);
  const blocks = blockingItems(checkReadiness(draft), plannedKinds(draft, EVERYTHING));
  if (blocks.length > 0) {
    throw new CliError(['The response is not ready to export:', ...blocks.map(readinessLine)].join('\n'), EXIT.notReady);
  }
  await mkdir(folder, { recursive: true }).catch(() => undefined);
  let files: ExportedFile[] = [];
  // Like the app, the export and its lines on the draft's timeline happen with no other change in between.
  await updateDraftFile(path, async (current) => {
    const now = services.clock();
    files = await (await services.exporter())
      .exportDraft(current, { folder, kinds: plannedKinds(current, EVERYTHING), overwrite: parsed.values.overwrite === true, now })
      .catch((error: unknown) => {
        if (error instanceof AppError && error.code === 'file-exists') throw new CliError(`${error.message.replace(/ Choose to replace them.*$/, '')} Add --overwrite to replace them.`);
        throw error;
      });
    return recordExports(current, files, now);
  });
  io.stdout.write(`${files.map((file) => file.path).join('\n')}\n`);
  return EXIT.ok;
}
