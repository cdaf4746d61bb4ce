import { copyFile, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { AppError } from '../../shared/app-error';
import { bundledConsultations } from '../../shared/consultations';
import type { DamagedDraft, DraftSummary } from '../../shared/model';
import { ConsultationSchema, DraftIdSchema, newDraft, type Consultation, type DraftFileContent, type ResponseDraft } from '../../shared/model';
import { copyDraftTo, duplicateDraft, renameDraft } from '../../shared/draft-changes';
import { createMachineStateStore } from './machine-state';
import { createKnownDraftFiles } from './known-draft-files';
import { linkAtomically, writeFileAtomic as writeAtomically, type FileContent } from './atomic-file';
import { FileTooLarge, readBytesUpTo } from './bounded-read';
import type { DraftLibrary } from './contracts';
import { DRAFT_EXTENSION, markedDraftFile, MAX_DRAFT_FILE_BYTES, readDraftHere, serialiseDraft, type MarkedDraftFile, type ReadDraft } from './draft-file';
import { summariseDraft } from './draft-summary';
import { createDraftSummaryCache } from './draft-summary-cache';
import { mainOwnedFields, mergeSave } from '../../shared/save-merge';
import { isLocked } from '../../shared/workflow';
import { fileContent, type SnapshotMark } from './draft-file';
import { contentHash } from './sync/content-hash';
import { changesFolderFor, createSharedDraft, type SharedDraft } from './sync/shared-draft';
import { withFileLock } from './sync/file-lock';
import { defaultWriterName, newWriterId } from './sync/writer';
import { announcePresence, othersPresent, PRESENCE_REFRESH_MS, PRESENCE_SUFFIX, withdrawPresence } from './sync/presence';

/** A draft file as just read: the draft with this machine's fields, its content as the file holds it, and the file's text. */
interface CurrentFile {
  draft: ResponseDraft;
  content: DraftFileContent;
  text: string;
  mark: SnapshotMark | null;
}

export interface DraftLibraryOptions {
  folder: string;
  clock?: () => Date;
  newId?: () => string;
  /** How large each writer's log of a shared draft grows before it is folded; smaller only so tests fold often. */
  foldLogAfterBytes?: number;
  /** Injected so tests can make a write fail the way a full disk would. */
  writeFile?: (path: string, data: FileContent) => Promise<void>;
  /**
   * Who this writer is, for others' presence lists and conflict records: a name, or a function asked before
   * each save (the app names the person from their respondent profile); defaults to the OS user and machine.
   */
  writerName?: string | (() => Promise<string>);
  /**
   * Merge every writer's changes (on by default). Off, each save writes the window's copy over the file as the
   * first version did; only the fault test switches it off, to show that it then loses others' work.
   */
  merge?: boolean;
  /**
   * Reads a draft file's text (parsed, brought up to date, checked). The app reads large ones in its worker
   * process (see worker/worker-draft-check.ts); by default, and for tests and the command line, here.
   */
  readDraft?: ReadDraft;
}


/** Refuses any id that could name a file outside the library folder. */
function checkId(id: string): string {
  if (!DraftIdSchema.safeParse(id).success) throw new AppError('invalid-argument', `"${id}" is not a valid draft id.`);
  return id;
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? (error instanceof Error ? error.message : String(error));
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

function tooLargeToBeADraft(error: FileTooLarge): AppError {
  const size = `${Math.round(error.bytes / (1024 * 1024))} MB`;
  return new AppError('damaged', `The file is ${size}, far larger than any response draft (at most ${MAX_DRAFT_FILE_BYTES / (1024 * 1024)} MB), so it was not read; it is left as it is. It may be damaged or not a draft. File: ${error.path}`);
}

/** A draft file's bytes (or its backup's), null when there is none; a file too large to be a draft is refused. */
async function readBytesOrNull(path: string): Promise<Buffer | null> {
  try {
    return await readBytesUpTo(path, MAX_DRAFT_FILE_BYTES);
  } catch (error) {
    if (error instanceof FileTooLarge) throw tooLargeToBeADraft(error);
    if (isMissing(error)) return null;
    throw error;
  }
}

/** Whether there is a file at `path`; looked up, not read. */
async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

function ioError(action: string, error: unknown): AppError {
  if (error instanceof AppError) return error;
  const detail = (error as NodeJS.ErrnoException | undefined)?.code ?? (error instanceof Error ? error.message : String(error));
  return new AppError('io', `Could not ${action} (${detail}). Check the library folder is available and not read-only, then try again.`);
}

/**
 * The library on disk: `drafts/<id>.crdraft` with `<id>.crdraft.bak` holding
 * the version before the last save, and `consultations/<id>.json` for
 * consultations the user imported or typed in. A file that cannot be read is
 * reported and never written over.
 */
export function createDraftLibrary(options: DraftLibraryOptions): DraftLibrary {
  const { folder } = options;
  const clock = options.clock ?? (() => new Date());
  const newId = options.newId ?? (() => randomUUID());
  const writeFileAtomic = options.writeFile ?? writeAtomically;
  const readDraft: ReadDraft = options.readDraft ?? readDraftHere;
  // A second name for the old file is a backup only while nothing writes into that file: the app's atomic
  // writer always replaces a file, never writes into it. A writer given from outside promises no such thing.
  const backupsMayLink = options.writeFile === undefined;
  const draftsFolder = join(folder, 'drafts');
  const consultationsFolder = join(folder, 'consultations');
  const deletedFolder = join(folder, 'deleted');
  const machine = createMachineStateStore(join(folder, 'this-machine.json'));
  // Drafts opened from outside the library (a shared drive) are saved where they were found, and stay listed.
  const externalFiles = new Map<string, string>();
  let externalLoaded = false;

  async function loadExternalFiles(): Promise<void> {
    if (externalLoaded) return;
    externalLoaded = true;
    for (const [id, path] of Object.entries((await machine.read()).externalDrafts)) if (!externalFiles.has(id)) externalFiles.set(id, path);
  }

  /** The draft as the app uses it: the file's content plus what this machine decides for it. */
  async function withLocalState(content: DraftFileContent): Promise<ResponseDraft> {
    return { ...content, exportFolder: (await machine.read()).exportFolders[content.id] ?? null };
  }

  async function rememberExportFolder(id: string, exportFolder: string | null): Promise<void> {
    const current = (await machine.read()).exportFolders[id] ?? null;
    if (current === exportFolder) return;
    await machine.change((state) => {
      const exportFolders = { ...state.exportFolders };
      if (exportFolder === null) delete exportFolders[id];
      else exportFolders[id] = exportFolder;
      return { ...state, exportFolders };
    });
  }

  /**
   * A file from an older version is read in the new format, its original kept
   * beside it as `<name>.v<version>`, and the new format written in its place.
   * A v1 file's export folder is kept only for drafts in this library.
   */
  async function upgradeFile(path: string, text: string, content: DraftFileContent, notes: { fromVersion: number; exportFolder: string | null }): Promise<void> {
    const original = `${path}.v${notes.fromVersion}`;
    if (!(await exists(original))) await writeFileAtomic(original, text);
    if (notes.exportFolder !== null && path === join(draftsFolder, `${content.id}${DRAFT_EXTENSION}`) && !(content.id in (await machine.read()).exportFolders)) {
      await rememberExportFolder(content.id, notes.exportFolder);
    }
    await writeFileAtomic(path, serialiseDraft(content));
  }
  const draftPath = (id: string) => externalFiles.get(checkId(id)) ?? join(draftsFolder, `${id}${DRAFT_EXTENSION}`);
  const backupPath = (id: string) => `${draftPath(id)}.bak`;
  const summaries = createDraftSummaryCache(join(folder, 'draft-summaries.json'));
  const knownFiles = createKnownDraftFiles();
  // Saves of one draft run one after another, so a backup always holds a whole earlier version.
  const queues = new Map<string, Promise<unknown>>();

  function serially<T>(id: string, task: () => Promise<T>): Promise<T> {
    const previous = queues.get(id) ?? Promise.resolve();
    const next = previous.then(task, task);
    queues.set(id, next.catch(() => undefined));
    return next;
  }

  async function forgetExternal(id: string): Promise<void> {
    await machine.change((state) => {
      const externalDrafts = { ...state.externalDrafts };
      delete externalDrafts[id];
      return { ...state, externalDrafts };
    });
  }

  async function ensureFolders(): Promise<void> {
    // At once: every save passes here, and each call is a round trip to the file system's threads.
    await Promise.all([mkdir(draftsFolder, { recursive: true }), mkdir(consultationsFolder, { recursive: true })]);
  }

  const merging = options.merge !== false;
  let writerName = typeof options.writerName === 'string' ? options.writerName : defaultWriterName();
  async function refreshWriterName(): Promise<void> {
    if (typeof options.writerName !== 'function') return;
    writerName = (await options.writerName().catch(() => '')).trim() || writerName;
  }
  // One shared-draft state per file this process has open; each has its own writer id and files.
  const sharedDrafts = new Map<string, SharedDraft>();

  function sharedFor(id: string): SharedDraft {
    const path = draftPath(id);
    let shared = sharedDrafts.get(path);
    if (!shared) {
      const id = newWriterId();
      // The name is read when used, so a profile filled in later names this person from then on.
      shared = createSharedDraft({ draftPath: path, writer: { id, get name() { return writerName; } }, clock, foldAfterBytes: options.foldLogAfterBytes });
      sharedDrafts.set(path, shared);
    }
    return shared;
  }

  /** The draft merged from everyone's saved changes, an edit made to the file outside the app included. */
  function readMerged(id: string, current: CurrentFile): Promise<{ content: DraftFileContent; revision: string }> {
    return sharedFor(id).refresh({ content: current.content, sync: current.mark, text: current.text });
  }

  /** Brings the file up to date with the merged draft, keeping the version before as the backup. */
  async function writeMerged(content: DraftFileContent, current: CurrentFile, exportFolder: string | null): Promise<ResponseDraft> {
    const draft = { ...content, exportFolder };
    const shared = sharedFor(content.id);
    // The mark's hash is taken in the same walk over the draft as the file's text.
    const file = markedDraftFile(content, shared.markFor);
    const { mark } = file;
    const text = await write(draft, current, file);
    shared.noteWritten(text);
    // The merged content was checked when it was made, so the next save need not read the file back.
    const path = draftPath(content.id);
    const identity = await knownFiles.identity(path).catch(() => null);
    if (identity !== null) knownFiles.remember(path, identity, { text, content, mark });
    return draft;
  }

  // When this process last said it has each shared draft open, and since when.
  const presence = new Map<string, { since: string; announcedAt: number }>();

  async function keepPresence(shared: SharedDraft): Promise<void> {
    await refreshWriterName();
    const now = clock();
    const mine = presence.get(shared.folder) ?? { since: now.toISOString(), announcedAt: 0 };
    if (now.getTime() - mine.announcedAt < PRESENCE_REFRESH_MS) return;
    await announcePresence(shared.folder, shared.writerId, { name: writerName, since: mine.since, seenAt: now.toISOString() });
    presence.set(shared.folder, { ...mine, announcedAt: now.getTime() });
  }

  /**
   * What the draft's file and its changes look like from outside (each file's size and time), so a window's
   * regular look for colleagues' changes can skip reading and merging a large draft when nothing has moved.
   */
  async function fingerprint(id: string): Promise<string> {
    const path = draftPath(id);
    const folder = changesFolderFor(path);
    const [file, names] = await Promise.all([stat(path).catch(() => null), readdir(folder).catch(() => [] as string[])]);
    const changes = await Promise.all(
      names
        .filter((name) => !name.endsWith(PRESENCE_SUFFIX))
        .sort()
        .map(async (name) => {
          const info = await stat(join(folder, name)).catch(() => null);
          return `${name}:${info?.size ?? '-'}:${info?.mtimeMs ?? '-'}`;
        }),
    );
    return [file ? `${file.ino}:${file.size}:${file.mtimeMs}` : 'none', ...changes].join('|');
  }
  // Per draft: how its files looked when a look for changes last found nothing new.
  const quietAt = new Map<string, string>();

  async function withdraw(shared: SharedDraft): Promise<void> {
    if (!presence.delete(shared.folder)) return;
    await withdrawPresence(shared.folder, shared.writerId);
  }

  async function open(id: string): Promise<ResponseDraft> {
    const current = await readCurrent(id);
    if (!merging) return current.draft;
    return serially(id, async () => {
      let merged: { content: DraftFileContent; revision: string };
      try {
        merged = await readMerged(id, current);
      } catch (error) {
        // A folder we may not write to (read-only, full) still opens the draft as its file holds it.
        if (error instanceof AppError && error.code !== 'io') throw error;
        return current.draft;
      }
      const draft = { ...(await withLocalState(merged.content)), syncRevision: merged.revision };
      if (contentHash(merged.content) !== contentHash(current.content)) await writeMerged(merged.content, current, draft.exportFolder).catch(() => undefined);
      await keepPresence(sharedFor(id)).catch(() => undefined);
      return draft;
    });
  }

  /** The draft and the exact text it was read from, so a save can keep that text as the backup without reading it again. */
  async function readCurrent(id: string): Promise<CurrentFile> {
    await loadExternalFiles();
    const path = draftPath(id);
    const identity = await knownFiles.identity(path).catch(() => null);
    const known = identity === null ? null : knownFiles.get(path, identity);
    if (known) return { ...known, draft: await withLocalState(known.content) };
    const bytes = await readBytesOrNull(path);
    if (bytes === null) throw new AppError('not-found', `No draft "${id}" in the library at ${draftsFolder}.`);
    const { text, reading } = await readDraft(bytes, path);
    if (!reading.ok) {
      throw new AppError(reading.futureVersion ? 'future-version' : 'damaged', `${reading.problem} File: ${path}`);
    }
    if (reading.draft.id !== id) {
      throw new AppError('damaged', `The file ${path} holds draft "${reading.draft.id}", not "${id}".`);
    }
    if (reading.migration) {
      // A folder we may not write to still lets the draft be read; saving will say what is wrong.
      await upgradeFile(path, text, reading.draft, reading.migration).catch(() => undefined);
    } else if (identity !== null) {
      // Known by how the file looked before it was read: a change made meanwhile makes it read again next time.
      knownFiles.remember(path, identity, { text, content: reading.draft, mark: reading.mark });
    }
    return { draft: await withLocalState(reading.draft), content: reading.draft, text, mark: reading.mark };
  }

  /** `current`: the file's text as just read and checked under this draft's queue; read here when not given. */
  /** Writes the draft (its backup first) and returns the text written: `file`'s when given, else the draft's own. */
  async function write(draft: ResponseDraft, current?: { text: string }, file?: MarkedDraftFile): Promise<string> {
    const text = file ? file.text : serialiseDraft(draft);
    const path = draftPath(draft.id);
    // Whatever happens to the write, the file is no longer what this process last knew.
    knownFiles.forget(path);
    let previous = current ? current.text : null;
    if (!current) {
      const bytes = await readBytesOrNull(path);
      if (bytes !== null) {
        const { text: onDisk, reading } = await readDraft(bytes, path);
        if (!reading.ok) {
          throw new AppError(reading.futureVersion ? 'future-version' : 'damaged', `Not saved: the file on disk cannot be read, so it is kept as it is. ${reading.problem} File: ${path}`);
        }
        previous = onDisk;
      }
    }
    const backup = (before: string) => () => keepBackup(path, backupPath(draft.id), before).catch((error: unknown) => Promise.reject(ioError('keep a backup of the previous version', error)));
    const data = file ? file.bytes : text;
    try {
      if (previous !== null && options.writeFile === undefined) {
        // The old version takes its backup name while the new one is written and flushed: each waits on the disk,
        // not on the other, and the new one takes the draft's name only once the backup is in place.
        await writeAtomically(path, data, { alongside: backup(previous) });
      } else {
        if (previous !== null) await backup(previous)();
        await writeFileAtomic(path, data);
      }
      await rememberExportFolder(draft.id, draft.exportFolder);
    } catch (error) {
      // A backup that could not be kept says so (ioError passes its AppError on); anything else failed the save.
      throw ioError('save the draft', error);
    }
    return text;
  }

  /**
   * The version on disk becomes the backup under a second name, so a save writes and flushes one copy of a
   * large draft, not two. Where that is refused (a drive without hard links), the text read is copied instead.
   */
  async function keepBackup(path: string, backup: string, previous: string): Promise<void> {
    const linked =
      backupsMayLink &&
      (await linkAtomically(path, backup).then(
        () => true,
        () => false,
      ));
    if (!linked) await writeFileAtomic(backup, previous);
  }

  /** Temporary files left by a crash mid-save; any older than a minute belong to no save still running. */
  async function sweepAbandonedTemporaryFiles(names: readonly string[]): Promise<void> {
    const cutoff = clock().getTime() - 60_000;
    for (const name of names.filter((n) => n.includes(`${DRAFT_EXTENSION}.tmp-`) || n.includes(`${DRAFT_EXTENSION}.bak.tmp-`))) {
      const path = join(draftsFolder, name);
      const info = await stat(path).catch(() => null);
      // A read-only folder keeps its leftovers; they do no harm and listing must not fail over them.
      if (info && info.isFile() && info.mtimeMs < cutoff) await rm(path, { force: true }).catch(() => undefined);
    }
  }

  /** A decision or change made to the latest merged draft, under the file's lock so two people's steps take turns. */
  async function updateMerged(id: string, change: (draft: ResponseDraft) => ResponseDraft | Promise<ResponseDraft>): Promise<ResponseDraft> {
    const current = await readCurrent(id);
    await sharedFor(id).takeIn({ content: current.content, sync: current.mark, text: current.text });
    let exportFolder = current.draft.exportFolder;
    const result = await sharedFor(id).commit(
      null,
      async (latest) => {
        const changed = await change(await withLocalState(latest));
        if (changed.id !== id) throw new AppError('invalid-argument', 'A draft cannot change its id.');
        exportFolder = changed.exportFolder;
        return fileContent(changed);
      },
      { takenIn: true },
    );
    const written = await writeMerged(result.content, current, exportFolder);
    return { ...written, syncRevision: result.revision };
  }

  function update(id: string, change: (draft: ResponseDraft) => ResponseDraft | Promise<ResponseDraft>): Promise<ResponseDraft> {
    return serially(id, async () => {
      if (merging) return withFileLock(draftPath(id), () => updateMerged(id, change)).catch((error: unknown) => Promise.reject(ioError('save the draft', error)));
      const current = await readCurrent(id);
      const changed = await change(current.draft);
      if (changed.id !== id) throw new AppError('invalid-argument', 'A draft cannot change its id.');
      await write(changed, current);
      return changed;
    });
  }

  async function listConsultations(damaged: DamagedDraft[]): Promise<Consultation[]> {
    const stored: Consultation[] = [];
    const names = await readdir(consultationsFolder).catch((error: unknown) => {
      if (isMissing(error)) return [] as string[];
      throw ioError('read the saved consultations', error);
    });
    for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
      const path = join(consultationsFolder, name);
      try {
        stored.push(ConsultationSchema.parse(JSON.parse(await readFile(path, 'utf8'))));
      } catch {
        damaged.push({ id: name, path, problem: 'This saved consultation cannot be read; it is left as it is.', hasBackup: false });
      }
    }
    const bundledIds = new Set(bundledConsultations.map((c) => c.id));
    return [...bundledConsultations, ...stored.filter((c) => !bundledIds.has(c.id))];
  }

  const consultationPath = (id: string) => join(consultationsFolder, `${checkId(id)}.json`);

  function refuseBundled(id: string, what: string): void {
    if (bundledConsultations.some((c) => c.id === id)) {
      throw new AppError('invalid-argument', `The consultation that comes with the app cannot be ${what}.`);
    }
  }

  async function findConsultation(consultationId: string): Promise<Consultation> {
    const found = (await listConsultations([])).find((c) => c.id === consultationId);
    if (!found) throw new AppError('not-found', `The consultation "${consultationId}" is not in the library.`);
    return found;
  }

  return {
    folder,

    async list() {
      // A read-only library can still be listed; creating its folders waits for the first save.
      await ensureFolders().catch(() => undefined);
      // The summary cache is read while the folder is listed, not queued behind a lookup of every draft file.
      summaries.preload();
      await loadExternalFiles();
      const drafts: DraftSummary[] = [];
      const damaged: DamagedDraft[] = [];
      const names = await readdir(draftsFolder).catch((error: unknown) => {
        if (isMissing(error)) return [] as string[];
        throw ioError('list the drafts', error);
      });
      await sweepAbandonedTemporaryFiles(names);
      const ids = new Set(
        names
          .map((n) => n.replace(/\.bak$/, ''))
          .filter((n) => n.endsWith(DRAFT_EXTENSION))
          .map((n) => n.slice(0, -DRAFT_EXTENSION.length))
          .filter((id) => DraftIdSchema.safeParse(id).success),
      );
      for (const id of externalFiles.keys()) ids.add(id);
      const present = new Set(names);
      // Summaries come from the cache while a file's time and size are unchanged, so only changed drafts are read.
      const listed = await Promise.all(
        [...ids].sort().map(async (id) => {
          try {
            // The file holds the draft as last merged; listing reads only that, so it never writes.
            return { id, summary: await summaries.summary(draftPath(id), async () => summariseDraft((await readCurrent(id)).draft)), error: null };
          } catch (error) {
            return { id, summary: null, error };
          }
        }),
      );
      await summaries.persist();
      for (const entry of listed) {
        if (entry.summary) {
          drafts.push(entry.summary);
          continue;
        }
        const { id, error } = entry;
        // Gone (its summary finds no file, or reading it finds none), damaged, or unreadable (a folder, no permission): each says which.
        const missing = isMissing(error) || (error instanceof AppError && error.code === 'not-found');
        const problem = missing ? 'The draft file is missing; only its backup is left.' : error instanceof AppError ? error.message : ioError('read the draft file', error).message;
        damaged.push({ id, path: draftPath(id), problem, hasBackup: present.has(`${id}${DRAFT_EXTENSION}.bak`) });
      }
      // ISO times in one format sort as plain strings; localeCompare would start the ICU collator in a fresh process.
      drafts.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
      return { drafts, damaged, consultations: await listConsultations(damaged) };
    },

    async create(consultationId, profile) {
      await ensureFolders();
      const draft = newDraft(await findConsultation(consultationId), {
        id: newId(),
        now: clock(),
        respondent: profile?.respondent,
        signatory: profile?.signatory,
      });
      await write(draft);
      // Opened as shared, so the window's first save is applied to this version and merges with colleagues'.
      return merging ? open(draft.id) : draft;
    },

    open,

    save(draft) {
      return serially(draft.id, async () => {
        await ensureFolders();
        const now = clock();
        // A draft whose file was removed meanwhile is written afresh rather than lost.
        const readUnlessRemoved = () =>
          readCurrent(draft.id).catch((error: unknown) => {
            if (error instanceof AppError && error.code === 'not-found') return null;
            throw error;
          });
        if (merging) {
          // The file is read once, under its lock: no colleague's save can come between the reading and the writing.
          const saved = await withFileLock(draftPath(draft.id), async () => {
            const latest = await readUnlessRemoved();
            if (latest === null) return null;
            const shared = sharedFor(draft.id);
            await shared.takeIn({ content: latest.content, sync: latest.mark, text: latest.text });
            if (isLocked(shared.status())) {
              throw new AppError('locked', 'This draft has been signed off, sent or closed meanwhile, so it is read-only now. Your last change is not saved; reopen the draft to change it.');
            }
            // The window's change is applied to the version it had, then merged with everyone else's since.
            const result = await shared.commit(draft.syncRevision ?? null, (before) => fileContent(mergeSave({ ...before, exportFolder: draft.exportFolder }, draft, now)), { takenIn: true });
            const written = await writeMerged(result.content, latest, latest.draft.exportFolder);
            return {
              savedAt: now.toISOString(),
              owned: mainOwnedFields(written),
              merged: { ...written, syncRevision: result.revision },
              ownRevision: result.ownRevision,
            };
          }).catch((error: unknown) => Promise.reject(ioError('save the draft', error)));
          if (saved !== null) return saved;
        }
        const onDisk = merging ? null : await readUnlessRemoved();
        const merged = onDisk === null ? draft : mergeSave(onDisk.draft, draft, now);
        // The file is read and checked once per save; that same text becomes the backup.
        await write(merged, onDisk ?? undefined);
        return { savedAt: now.toISOString(), owned: mainOwnedFields(merged) };
      });
    },

    update,

    changesFolder: (id) => changesFolderFor(draftPath(id)),

    async leave(id) {
      // The next look at this draft, if it is opened again, reads it afresh.
      quietAt.delete(id);
      const shared = sharedDrafts.get(draftPath(id));
      if (shared) await withdraw(shared);
    },

    async leaveAll() {
      await Promise.all([...sharedDrafts.values()].map((shared) => withdraw(shared).catch(() => undefined)));
    },

    shared(id, knownRevision) {
      if (!merging) return Promise.resolve({ draft: null, others: [] });
      return serially(id, async () => {
        const shared = sharedFor(id);
        const looks = await fingerprint(id);
        const unchanged = knownRevision !== null && quietAt.get(id) === looks && shared.isCurrent(knownRevision);
        await keepPresence(shared).catch(() => undefined);
        const others = await othersPresent(shared.folder, shared.writerId, clock());
        if (unchanged) return { draft: null, others };
        const current = await readCurrent(id);
        const merged = await readMerged(id, current);
        if (knownRevision !== null && shared.isCurrent(knownRevision)) {
          quietAt.set(id, looks);
          return { draft: null, others };
        }
        const draft = { ...(await withLocalState(merged.content)), syncRevision: merged.revision };
        if (contentHash(merged.content) !== contentHash(current.content)) await writeMerged(merged.content, current, draft.exportFolder).catch(() => undefined);
        return { draft, others };
      });
    },

    async rename(id, name) {
      const renamed = await update(id, (draft) => renameDraft(draft, name, clock()));
      return summariseDraft(renamed);
    },

    async duplicate(id) {
      const copy = duplicateDraft(await open(id), newId(), clock());
      await write(copy);
      return summariseDraft(copy);
    },

    async remove(id) {
      checkId(id);
      return serially(id, async () => {
        // Deleted drafts are moved aside rather than erased, so a mistaken delete can be undone by hand.
        await mkdir(deletedFolder, { recursive: true });
        const stamp = clock().toISOString().replace(/[:.]/g, '-');
        try {
          await rename(draftPath(id), join(deletedFolder, `${id}-${stamp}${DRAFT_EXTENSION}`));
        } catch (error) {
          if (isMissing(error)) throw new AppError('not-found', `No draft "${id}" in the library.`);
          throw ioError('delete the draft', error);
        }
        await rm(backupPath(id), { force: true });
        if (externalFiles.delete(id)) await forgetExternal(id);
      });
    },

    restoreBackup(id) {
      const restore = async (): Promise<ResponseDraft> => {
        const bytes = await readBytesOrNull(backupPath(id));
        if (bytes === null) throw new AppError('not-found', `There is no backup of draft "${id}".`);
        const { text, reading } = await readDraft(bytes, backupPath(id));
        if (!reading.ok) throw new AppError('damaged', `The backup cannot be read either. ${reading.problem} File: ${backupPath(id)}`);
        // Looked up, not read: a damaged file of any size, even one too large to read, is kept aside.
        const damagedThere = await exists(draftPath(id));
        // The damaged file is copied aside for inspection first; the backup is never touched,
        // so a full disk at any step leaves the backup whole and the library as it was.
        const stamp = clock().toISOString().replace(/[:.]/g, '-');
        const kept = `${draftPath(id)}.damaged-${stamp}`;
        if (damagedThere) {
          try {
            await copyFile(draftPath(id), kept);
          } catch (error) {
            await rm(kept, { force: true }).catch(() => undefined);
            throw new AppError('io', `The backup was not restored: there was no room to keep the damaged file aside (${errorCode(error)}). Free some disk space and try again; the backup is unchanged.`);
          }
        }
        try {
          await writeFileAtomic(draftPath(id), text);
        } catch (error) {
          await rm(kept, { force: true }).catch(() => undefined);
          throw new AppError('io', `The backup was not restored (${errorCode(error)}). Free some disk space and try again; the backup is unchanged.`);
        }
        if (!merging) return withLocalState(reading.draft);
        // Restoring is a change like any other, so everyone sharing the draft gets the restored version too.
        const shared = sharedFor(id);
        await shared.start(reading.draft);
        const result = await shared.commit(null, () => reading.draft, { takenIn: true });
        await writeFileAtomic(draftPath(id), markedDraftFile(result.content, shared.markFor).bytes);
        return { ...(await withLocalState(result.content)), syncRevision: result.revision };
      };
      // Under the file's lock, as every save is: another process saving the same draft (crd) takes turns with it.
      return serially(id, () => (merging ? withFileLock(draftPath(id), restore).catch((error: unknown) => Promise.reject(ioError('restore the backup', error))) : restore()));
    },

    async openFile(path) {
      let bytes: Buffer | null;
      try {
        bytes = await readBytesUpTo(path, MAX_DRAFT_FILE_BYTES);
      } catch (error) {
        if (error instanceof FileTooLarge) throw tooLargeToBeADraft(error);
        throw new AppError('io', `The draft file could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'}): ${path}`);
      }
      if (bytes === null) throw new AppError('not-found', `The draft file could not be read (ENOENT): ${path}`);
      const { text, reading } = await readDraft(bytes, path);
      if (!reading.ok) throw new AppError(reading.futureVersion ? 'future-version' : 'damaged', `${reading.problem} File: ${path}`);
      await loadExternalFiles();
      const inLibrary = await exists(join(draftsFolder, `${reading.draft.id}${DRAFT_EXTENSION}`));
      const knownPath = externalFiles.get(reading.draft.id);
      if ((inLibrary && knownPath === undefined) || (knownPath !== undefined && knownPath !== path)) {
        throw new AppError('invalid-argument', `This file is a copy of a draft already in your library ("${reading.draft.name}"). Open that draft from the library instead.`);
      }
      externalFiles.set(reading.draft.id, path);
      await machine.change((state) => ({ ...state, externalDrafts: { ...state.externalDrafts, [reading.draft.id]: path } }));
      if (reading.migration) await upgradeFile(path, text, reading.draft, reading.migration).catch(() => undefined);
      // Merged with everyone's saved changes; fields that point at this machine's disk never come from the file.
      return open(reading.draft.id);
    },

    async saveCopy(id, path) {
      const source = await open(id);
      if (await exists(path)) throw new AppError('file-exists', `A file already exists at ${path}; choose another name.`);
      const copy = copyDraftTo(source, newId(), path, clock());
      try {
        await writeFileAtomic(path, serialiseDraft(copy));
      } catch (error) {
        throw ioError('save the copy', error);
      }
      return copy;
    },

    getConsultation: findConsultation,

    async updateConsultation(consultation) {
      refuseBundled(consultation.id, 'corrected');
      const path = consultationPath(consultation.id);
      if (!(await exists(path))) throw new AppError('not-found', `The consultation "${consultation.title}" is no longer in the library.`);
      const corrected: Consultation = { ...consultation, correctedAt: clock().toISOString() };
      try {
        await writeFileAtomic(path, `${JSON.stringify(corrected, null, 2)}\n`);
      } catch (error) {
        throw ioError('save the corrected consultation', error);
      }
      return corrected;
    },

    async removeConsultation(id) {
      refuseBundled(id, 'removed');
      // Moved aside like a deleted draft; drafts hold their own copy of the consultation, so none of them changes.
      await mkdir(deletedFolder, { recursive: true });
      const stamp = clock().toISOString().replace(/[:.]/g, '-');
      try {
        await rename(consultationPath(id), join(deletedFolder, `${id}-${stamp}.json`));
      } catch (error) {
        if (isMissing(error)) throw new AppError('not-found', 'That consultation is no longer in the library.');
        throw ioError('remove the consultation', error);
      }
    },

    async draftFiles() {
      await loadExternalFiles();
      const names = await readdir(draftsFolder).catch(() => [] as string[]);
      const own = names.filter((n) => n.endsWith(DRAFT_EXTENSION)).map((n) => join(draftsFolder, n));
      return [...new Set([...own, ...externalFiles.values()])];
    },

    async addConsultation(consultation) {
      await ensureFolders();
      const path = consultationPath(consultation.id);
      try {
        await writeFileAtomic(path, `${JSON.stringify(consultation, null, 2)}\n`);
      } catch (error) {
        throw ioError('save the consultation', error);
      }
      return consultation;
    },
  };
}
