import { z } from 'zod';
import { AppError } from '../shared/app-error';
import { ipcContract, type Channel, type ChannelResult, type ExportedFile, type IpcResult } from '../shared/ipc';
import type { Services } from './services/contracts';
import { ImportError } from '../shared/import/import-result';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import type { Consultation } from '../shared/model';
import { consultationProblems } from '../shared/consultation/consultation-problems';
import { takeUpCorrectedConsultation } from '../shared/consultation/take-up-correction';
import { applyWorkflowAction, exportEntries, mainOwnedFields, noteReuse } from '../shared/draft-changes';
import { exportFileName, safeFileName } from '../shared/file-names';
import { DRAFT_EXTENSION } from './services/draft-file';
import { writeFileAtomic } from './services/atomic-file';

/** One function per channel: takes the raw, untrusted argument and answers with a result. */
export type IpcHandlers = { [C in Channel]: (rawArgs: unknown) => Promise<IpcResult<ChannelResult<C>>> };

type Implementations = { [C in Channel]: (args: z.output<(typeof ipcContract)[C]['args']>) => Promise<ChannelResult<C>> };

function describeInvalid(error: z.ZodError): string {
  const first = error.issues[0];
  const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
  return `The request was not valid${where}: ${first?.message ?? 'unknown problem'}.`;
}

function toFailure(error: unknown): { ok: false; error: { code: AppError['code']; message: string } } {
  if (error instanceof AppError) return { ok: false, error: error.toIpcError() };
  if (error instanceof ImportError) return { ok: false, error: { code: 'import-failed', message: error.message } };
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, error: { code: 'internal', message: `Something went wrong: ${detail}` } };
}

function decodeBase64(data: string): Uint8Array {
  return new Uint8Array(Buffer.from(data, 'base64'));
}

function implementations(services: Services): Implementations {
  const { library, importer, exporter, dialogs, shell, clock, settings, search, printer, work } = services;

  return {
    'app:info': async () => ({ version: services.appVersion, libraryFolder: library.folder }),
    'library:list': async () => ({ folder: library.folder, ...(await library.list()) }),
    'draft:create': async ({ consultationId }) => library.create(consultationId, (await settings.get()).profile),
    'draft:open': async ({ id }) => {
      const draft = await library.open(id);
      // Colleagues' saves to this draft are heard as they land; a watcher that fails leaves the window's own looking.
      await services.changes?.follow(id, library.changesFolder(id)).catch(() => undefined);
      return draft;
    },
    'draft:save': async ({ draft }) => library.save(draft),
    'draft:shared': async ({ id, knownRevision }) => library.shared(id, knownRevision),
    'draft:leave': async ({ id }) => {
      await library.leave(id);
      return null;
    },
    'draft:rename': async ({ id, name }) => library.rename(id, name),
    'draft:duplicate': async ({ id }) => library.duplicate(id),
    'draft:delete': async ({ id }) => {
      await library.remove(id);
      return null;
    },
    'draft:restoreBackup': async ({ id }) => library.restoreBackup(id),
    'consultation:add': async ({ consultation }) => library.addConsultation(checkedConsultation(consultation)),
    'consultation:update': async ({ consultation }) => library.updateConsultation(checkedConsultation(consultation)),
    'consultation:remove': async ({ id }) => {
      await library.removeConsultation(id);
      return null;
    },
    'draft:takeUpCorrection': async ({ id, correctedAt }) =>
      library.update(id, async (draft) => {
        const corrected = await library.getConsultation(draft.consultation.id);
        if (corrected.correctedAt !== correctedAt) {
          throw new AppError('invalid-argument', 'The consultation has been corrected again since you looked. Look at the changes again before updating the draft.');
        }
        return takeUpCorrectedConsultation(draft, corrected, clock());
      }),
    'import:choose': async () => {
      const path = await dialogs.chooseImportFile();
      return path === null ? null : work.run('import', (options) => importer.readPath(path, options));
    },
    'import:read': async ({ fileName, dataBase64 }) => work.run('import', (options) => importer.read(fileName, decodeBase64(dataBase64), options)),
    'work:cancel': async ({ kind }) => work.cancel(kind),
    'export:chooseFolder': async ({ draftId }) => {
      const draft = await library.open(draftId);
      const folder = await dialogs.chooseExportFolder(draft.exportFolder);
      if (folder === null) return null;
      return library.update(draftId, (current) => ({ ...current, exportFolder: folder }));
    },
    'export:run': async ({ draftId, kinds, overwrite }) => {
      // The letter is made from the draft as saved now, outside the library's lock, so autosaves carry on
      // while it renders; its history line is added afterwards (a save keeps the history on disk, see save-merge).
      const current = await library.open(draftId);
      const folder = current.exportFolder;
      if (folder === null) throw new AppError('export-failed', 'Choose a folder for the exported files first.');
      const now = clock();
      const files: ExportedFile[] = await work.run('export', (options) => exporter.exportDraft(current, { folder, kinds, overwrite, now, ...options }));
      const lines = exportEntries(files, now, current.status === 'signed-off');
      const draft = await library.update(draftId, (latest) => ({ ...latest, history: [...latest.history, ...lines] }));
      return { files, draft };
    },
    'export:openFile': async ({ draftId, fileName }) => {
      const draft = await library.open(draftId);
      const exported = draft.history.some((entry) => entry.kind === 'exported' && entry.fileName === fileName);
      if (!exported || draft.exportFolder === null) {
        throw new AppError('not-found', `"${fileName}" is not a file exported from this draft.`);
      }
      await shell.openPath(joinInFolder(draft.exportFolder, fileName));
      return null;
    },
    'draft:workflow': async ({ id, action }) => library.update(id, (draft) => applyWorkflowAction(draft, action, clock())),
    'draft:noteReuse': async ({ id, questionId, fromDraftId, fromQuestionId }) => {
      const source = await library.open(fromDraftId);
      return mainOwnedFields(await library.update(id, (draft) => noteReuse(draft, questionId, source, fromQuestionId, clock())));
    },
    'answers:search': async (query) => search.search(query),
    'settings:get': async () => settings.get(),
    'settings:saveProfile': async ({ profile }) => settings.saveProfile(profile),
    'draftFile:open': async ({ path }) => {
      // The window may name only a file the user already opened; any other file must be chosen in the dialog.
      if (path !== null && !(await settings.get()).recentDraftFiles.includes(path)) {
        throw new AppError('invalid-argument', 'Only a recently opened draft file can be opened by name; use File > Open draft file… instead.');
      }
      const chosen = path ?? (await dialogs.chooseDraftFile());
      if (chosen === null) return null;
      const draft = await library.openFile(chosen);
      await settings.addRecentFile(chosen);
      return draft;
    },
    'draftFile:saveCopy': async ({ id }) => {
      const draft = await library.open(id);
      const path = await dialogs.chooseSavePath('draft', safeFileName(draft.name, DRAFT_EXTENSION));
      if (path === null) return null;
      await library.saveCopy(id, path);
      await settings.addRecentFile(path);
      return { path };
    },
    'recent:list': async () => {
      const { recentDraftFiles } = await settings.get();
      return Promise.all(
        recentDraftFiles.map(async (path) => ({
          path,
          name: path.split(/[\\/]/).pop() ?? path,
          exists: await access(path).then(
            () => true,
            () => false,
          ),
        })),
      );
    },
    'print:savePdf': async ({ draftId, version }) => {
      const draft = await library.open(draftId);
      const suggested = exportFileName(draft, version === 'full' ? 'letter-full' : 'letter-publication').replace(/\.docx$/, '.pdf');
      const path = await dialogs.chooseSavePath('pdf', suggested);
      if (path === null) return null;
      const pdf = await printer.printToPdf();
      try {
        await writeFileAtomic(path, pdf);
      } catch (error) {
        throw new AppError('export-failed', `The PDF could not be saved (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
      }
      return { path };
    },
  };
}

/** Refuses a consultation that cannot be saved, saying why in the words of the form. */
function checkedConsultation(consultation: Consultation): Consultation {
  const problems = consultationProblems(consultation);
  if (problems.length > 0) throw new AppError('invalid-argument', `${problems.join('. ')}.`);
  return consultation;
}

/** Joins a bare file name to its folder, refusing anything that could climb out of it. */
function joinInFolder(folder: string, fileName: string): string {
  if (/[\\/]/.test(fileName) || fileName === '.' || fileName === '..') {
    throw new AppError('invalid-argument', 'A file name may not contain a folder.');
  }
  return join(folder, fileName);
}

/**
 * Validates each call's argument against the contract, then runs the service.
 * Shared by electron/ipc.ts and the e2e test server, so both behave the same.
 */
export function createIpcHandlers(services: Services): IpcHandlers {
  const impl = implementations(services);
  const handlers = {} as Record<Channel, (rawArgs: unknown) => Promise<IpcResult<unknown>>>;
  for (const channel of Object.keys(ipcContract) as Channel[]) {
    const schema: z.ZodType = ipcContract[channel].args;
    const run = impl[channel] as (args: unknown) => Promise<unknown>;
    handlers[channel] = async (rawArgs) => {
      const parsed = schema.safeParse(rawArgs);
      if (!parsed.success) {
        return { ok: false, error: { code: 'invalid-argument', message: describeInvalid(parsed.error) } };
      }
      try {
        return { ok: true, value: await run(parsed.data) };
      } catch (error) {
        return toFailure(error);
      }
    };
  }
  return handlers as IpcHandlers;
}
