import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import * as Y from 'yjs';
import { AppError } from '../../../shared/app-error';
import { DraftFileSchema, type DraftFileContent, type DraftStatus } from '../../../shared/model';
import { applyDraftChange, draftFromDoc, holdsDraft, statusFromDoc } from '../../../shared/sync/draft-doc';
import { addConflict } from '../../../shared/draft-changes/library';
import { writeFileAtomic, writeNewFileFlushed } from '../atomic-file';
import { readBytesUpTo } from '../bounded-read';
import type { SnapshotMark } from '../draft-file';
import { contentHash } from './content-hash';
import { machineIdPart } from './writer';
import { appendRecord, decodeRecords, encodeRecord, UPDATES_SUFFIX } from './update-log';

/**
 * One draft shared by several writers (people on a shared drive, the command
 * line): `<draft>.crdraft` stays the whole draft as last written, and beside
 * it `<draft>.crdraft-changes/` holds
 * - `origin.base`: the first state everyone starts from (created once, exclusively);
 * - `<writer>.updates`: each writer's own edits, only ever appended to by that writer;
 * - `<writer>.base`: that writer's earlier edits folded together (compaction).
 * Everyone merges every file with Yjs, a CRDT, so nobody's saved edit is lost.
 */

export const CHANGES_SUFFIX = '-changes';
const BASE_SUFFIX = '.base';
const ORIGIN = `origin${BASE_SUFFIX}`;
/** Our own log is folded into our base past this size, so opening a draft never replays a long history. */
const FOLD_AFTER_BYTES = 512 * 1024;
/** A log is folded past 512 KB and a base holds one draft's merged state, so a file past this is not one of ours. */
const MAX_CHANGES_FILE_BYTES = 64 * 1024 * 1024;
/** Other writers' files are folded in once there are this many writers... */
const FOLD_WHEN_WRITERS = 8;
/** ...for those on another machine, once their files are this old. */
const ABANDONED_AFTER_MS = 24 * 60 * 60 * 1000;
const THIS_MACHINE = machineIdPart();

/** The writer a file in the changes folder belongs to; null for the origin and anything else. */
function writerOf(name: string): string | null {
  const match = /^(.+-\d+-[0-9a-f]{8})\.(updates|base|presence\.json)$/.exec(name);
  return match ? (match[1] ?? null) : null;
}

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** How many versions handed to a window are remembered, so its next save can be applied to the version it had. */
const REMEMBERED_VERSIONS = 8;
/** How many of this window's own changes a remembered version may be rebuilt from before the state is encoded afresh. */
const OWN_CHANGES_PER_CAPTURE = 16;

export interface WriterIdentity {
  /** Unique per process and draft; names this writer's files. */
  id: string;
  /** "Priya Shah on LAPTOP-7", for history lines and conflict records. */
  name: string;
}

export interface SharedVersion {
  content: DraftFileContent;
  /** The merged version, to send back as the base of the next change. */
  revision: string;
}

export interface RefreshResult extends SharedVersion {
  /** An edit made to the file outside the app: applied, or (made to an older state) left for the caller to keep aside. */
  outsideEdit: 'applied' | 'kept-aside' | null;
}

export interface CommitResult extends SharedVersion {
  /** The version with only this change applied to its base: the window's own line when it kept typing meanwhile. */
  ownRevision: string;
}

export function changesFolderFor(draftPath: string): string {
  return `${draftPath}${CHANGES_SUFFIX}`;
}

/**
 * What identifies a merged state: its state vector and its deleted ranges. A state vector alone misses a change
 * that only deletes (a colleague cutting a sentence adds nothing), and a save from before it would then undo it.
 */
function stateKey(of: Y.Doc): string {
  return encodeBase64(Y.encodeSnapshot(Y.snapshot(of)));
}

function encodeBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

interface FileCursor {
  size: number;
  mtimeMs: number;
  /** The log's first record header as read: a log folded and grown again since starts with another record. */
  head: string;
}

/** The header of a log's first whole record ("" when it has none), which tells a log begun afresh from the one read before. */
function headOf(bytes: Uint8Array, wholeBytes: number): string {
  return wholeBytes >= 8 ? Buffer.from(bytes.subarray(0, 8)).toString('hex') : '';
}

export interface SharedDraft {
  readonly folder: string;
  /** Takes in every writer's saved changes, and an edit made to the file outside the app. */
  refresh(snapshot: { content: DraftFileContent; sync: SnapshotMark | null; text: string }): Promise<RefreshResult>;
  /** As refresh, for a caller about to change the draft: takes everything in without building a version. */
  takeIn(snapshot: { content: DraftFileContent; sync: SnapshotMark | null; text: string }): Promise<RefreshResult['outsideEdit']>;
  /**
   * Applies `change` to the version named by `baseRevision` (or the latest), saves it durably, and returns the merged
   * draft. `takenIn`: the caller has just taken everything in (takeIn or start) while holding the draft's lock, so
   * nobody can have saved since and the folder is not read again (on a shared drive, each look is network trips).
   */
  commit(baseRevision: string | null, change: (before: DraftFileContent) => DraftFileContent | Promise<DraftFileContent>, options?: { takenIn?: boolean }): Promise<CommitResult>;
  /** The mark to write into the snapshot for `content`. */
  markFor(content: DraftFileContent): SnapshotMark;
  /** The text just written to the draft file with that mark, so reading it back needs no hashing. */
  noteWritten(text: string): void;
  /** Starts the shared state from `content` when nobody has yet, without comparing it with the file. */
  start(content: DraftFileContent): Promise<void>;
  latest(): SharedVersion | null;
  /** The merged draft's workflow status, as last read. */
  status(): DraftStatus;
  readonly writerId: string;
  /** Whether `revision` is the merged state as last read: nothing new from anyone since. */
  isCurrent(revision: string): boolean;
}

export type { SnapshotMark };

export interface SharedDraftOptions {
  draftPath: string;
  writer: WriterIdentity;
  clock?: () => Date;
  /** How large this writer's log may grow before it is folded into its base; smaller only in tests. */
  foldAfterBytes?: number;
}

export function createSharedDraft(options: SharedDraftOptions): SharedDraft {
  const folder = changesFolderFor(options.draftPath);
  const ownLog = join(folder, `${options.writer.id}${UPDATES_SUFFIX}`);
  const ownBase = join(folder, `${options.writer.id}${BASE_SUFFIX}`);
  const doc = new Y.Doc();
  const cursors = new Map<string, FileCursor>();
  const versions = new Map<string, { state: Uint8Array; key: string; ownSeq: number }>();
  let ownLogBytes = 0;
  // This writer's updates since the oldest version still remembered: a window's next change always builds on
  // its own earlier ones, even when it names an older version than its last save.
  let ownUpdates: { seq: number; update: Uint8Array }[] = [];
  let ownSeq = 0;
  let counter = 0;
  let current: SharedVersion | null = null;
  let lastWritten: string | null = null;
  // The document's state as last encoded for a version, and how many own changes it held. While the document has
  // changed since only by this window's own changes, a version is that state plus those changes, which commit()
  // applies to a remembered state anyway; so a save need not encode the whole large document each time.
  let capture: { state: Uint8Array; ownSeq: number } | null = null;
  let onlyOwnChangesSinceCapture = false;
  let lastListing: string[] = [];

  function remember(of: Y.Doc): string {
    const key = stateKey(of);
    // Reading again with nothing new keeps the same revision, so polling never pushes out one a window still uses.
    for (const [revision, known] of versions) {
      if (known.key !== key) continue;
      versions.delete(revision);
      versions.set(revision, known);
      return revision;
    }
    counter += 1;
    const revision = `${options.writer.id}:${counter}`;
    versions.set(revision, stateOf(of, key));
    while (versions.size > REMEMBERED_VERSIONS) versions.delete(versions.keys().next().value as string);
    const oldest = Math.min(...[...versions.values()].map((known) => known.ownSeq));
    ownUpdates = ownUpdates.filter((own) => own.seq > oldest);
    return revision;
  }

  function stateOf(of: Y.Doc, key: string): { state: Uint8Array; key: string; ownSeq: number } {
    if (of === doc && capture !== null && onlyOwnChangesSinceCapture && ownSeq - capture.ownSeq < OWN_CHANGES_PER_CAPTURE) {
      return { state: capture.state, key, ownSeq: capture.ownSeq };
    }
    const state = Y.encodeStateAsUpdate(of);
    if (of === doc) {
      capture = { state, ownSeq };
      onlyOwnChangesSinceCapture = true;
    }
    return { state, key, ownSeq };
  }

  function validated(content: DraftFileContent): DraftFileContent {
    const parsed = DraftFileSchema.safeParse(content);
    if (!parsed.success) throw new AppError('internal', `The merged draft is not valid (${parsed.error.issues[0]?.message ?? 'unknown'}); nothing was changed.`);
    return parsed.data;
  }

  /** The names in the changes folder (none before it exists), kept as the last listing this writer saw. */
  async function listFolder(): Promise<string[]> {
    lastListing = await readdir(folder).catch(() => [] as string[]);
    return lastListing;
  }

  /**
   * Reads what changed in the folder since last time; updates are idempotent, so reading one twice does no harm.
   * `listed`: the folder's names, when the caller has just listed it.
   */
  async function readFolder(listed?: string[]): Promise<number> {
    const names = (listed ?? (await listFolder())).filter((name) => name.endsWith(UPDATES_SUFFIX) || name.endsWith(BASE_SUFFIX)).sort();
    // Every file's size and time are asked for at once: on a shared drive each request is a trip over the network.
    const infos = await Promise.all(names.map((name) => stat(join(folder, name)).catch(() => null)));
    const before = stateKey(doc);
    let applied = 0;
    for (const [index, name] of names.entries()) {
      const isLog = name.endsWith(UPDATES_SUFFIX);
      const path = join(folder, name);
      const info = infos[index];
      if (!info) continue;
      const seen = cursors.get(name);
      if (seen && seen.size === info.size && seen.mtimeMs === info.mtimeMs) continue;
      // A file far larger than any writer's log or base is not read (nor is it anyone's saved work).
      const bytes = await readBytesUpTo(path, MAX_CHANGES_FILE_BYTES).catch(() => null);
      if (!bytes) continue;
      // A log only grows until its owner folds it; then it starts afresh, perhaps already longer than the one read
      // before, so it is read from where reading stopped only while it still starts with the same record.
      const from = isLog && seen && bytes.length >= seen.size && seen.head !== '' && headOf(bytes, bytes.length) === seen.head ? seen.size : 0;
      const { updates, wholeBytes } = decodeRecords(bytes.subarray(from));
      for (const update of updates) Y.applyUpdate(doc, update, 'disk');
      applied += updates.length;
      // A record still being written is read again next time.
      cursors.set(name, { size: from + wholeBytes, mtimeMs: wholeBytes === bytes.length - from ? info.mtimeMs : -1, head: headOf(bytes, from + wholeBytes) });
      if (path === ownLog) ownLogBytes = from + wholeBytes;
    }
    // Reading this writer's own log again changes nothing; anyone else's change does.
    if (applied > 0 && stateKey(doc) !== before) onlyOwnChangesSinceCapture = false;
    return applied;
  }

  /**
   * Reads everyone's saved changes, starting the shared state from `content` when nobody has. Files beside the
   * draft of which nothing can be read (damaged, or not the app's) give an 'io' error: the draft then opens as its
   * file holds it, and saving says why it cannot be shared, rather than failing on an empty merged draft.
   */
  async function readShared(content: DraftFileContent): Promise<void> {
    const listed = await ensureOrigin(content);
    if (listed !== null && lostOwnFiles(listed)) {
      // Our log and base were removed (the folder tidied away and started again by a colleague): what we held is
      // written back as our base, so our saved changes reach everyone again.
      await writeOwnBase();
      await readFolder();
    } else {
      // The listing that found the folder started is the one read; a folder this call started is listed again.
      await readFolder(listed ?? undefined);
    }
    if (!holdsDraft(doc)) {
      throw new AppError('io', `The changes shared beside this draft cannot be read (${folder}), so it opens as its file was last saved and cannot be saved to. Save a copy to keep working, and share that.`);
    }
  }

  /** This writer had written or read its own log or base, and neither is in the folder now, though the draft is held. */
  function lostOwnFiles(names: readonly string[]): boolean {
    const own = [`${options.writer.id}${UPDATES_SUFFIX}`, `${options.writer.id}${BASE_SUFFIX}`];
    const hadOwn = ownLogBytes > 0 || own.some((name) => cursors.has(name));
    return hadOwn && !own.some((name) => names.includes(name)) && holdsDraft(doc);
  }

  /**
   * The state everyone starts from, written once by whoever comes first; the others read it. Gives the folder's
   * listing when it was started already, null when this call started it or waited for another opener to.
   */
  async function ensureOrigin(content: DraftFileContent): Promise<string[] | null> {
    const names = await listFolder();
    if (names.some((n) => n.endsWith(BASE_SUFFIX) || n.endsWith(UPDATES_SUFFIX))) return names;
    // A folder removed while this writer had the draft open (someone tidying the drive) starts again from everything
    // this writer holds, written as its own base: a new origin made from the file would be a second, unrelated copy
    // of the draft, whose words would stand beside or over every change made before (this window's next save
    // included). Each colleague who had it open does the same when they next look, so what each held comes back.
    if (cursors.size > 0 && holdsDraft(doc)) {
      cursors.clear();
      await mkdir(folder, { recursive: true });
      await writeOwnBase();
      return null;
    }
    const origin = new Y.Doc();
    applyDraftChange(origin, null, content, { name: options.writer.name, newId: randomUUID });
    try {
      await mkdir(folder, { recursive: true });
      await writeNewFileFlushed(join(folder, ORIGIN), encodeRecord(Y.encodeStateAsUpdate(origin)));
      return null;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // Someone else started it a moment before; wait until their origin is whole.
      for (let attempt = 0; attempt < 50; attempt += 1) {
        const bytes = (await readBytesUpTo(join(folder, ORIGIN), MAX_CHANGES_FILE_BYTES).catch(() => null)) ?? Buffer.alloc(0);
        if (decodeRecords(bytes).updates.length > 0) return null;
        await new Promise((done) => setTimeout(done, 100));
      }
      throw new AppError('io', `The shared changes of this draft could not be read: ${join(folder, ORIGIN)} stays incomplete.`);
    }
  }

  /**
   * Folds the files of writers that are gone (a process on this machine that no longer runs, or files
   * untouched for a day) into our own base, then removes them, so a draft opened by hundreds of sessions
   * over its life is still read from a few files. Their updates are in our base before their files go.
   */
  async function foldAbandoned(): Promise<void> {
    // The listing commit() read under the draft's lock: no colleague has added a file since.
    const names = lastListing;
    const writers = new Map<string, string[]>();
    for (const name of names) {
      const writer = writerOf(name);
      if (writer === null || writer === options.writer.id) continue;
      writers.set(writer, [...(writers.get(writer) ?? []), name]);
    }
    if (writers.size < FOLD_WHEN_WRITERS) return;
    const gone: string[] = [];
    for (const [writer, files] of writers) if (await isGone(writer, files)) gone.push(...files);
    if (gone.length === 0) return;
    // Gone writers write no more, so once read again their every update is in our document.
    await readFolder();
    await writeOwnBase();
    for (const name of gone) {
      await rm(join(folder, name), { force: true });
      cursors.delete(name);
    }
  }

  /**
   * Our base becomes the whole merged state (deleted text already collected), and our log is emptied. Whole
   * on disk before the log is emptied, so a crash between the two only repeats updates, which do no harm.
   */
  async function writeOwnBase(): Promise<void> {
    await writeFileAtomic(ownBase, encodeRecord(Y.encodeStateAsUpdate(doc)));
    await writeFileAtomic(ownLog, new Uint8Array());
    cursors.delete(`${options.writer.id}${UPDATES_SUFFIX}`);
    cursors.delete(`${options.writer.id}${BASE_SUFFIX}`);
    ownLogBytes = 0;
  }

  async function isGone(writer: string, files: string[]): Promise<boolean> {
    const parts = writer.split('-');
    const pid = Number(parts[parts.length - 2]);
    if (parts.slice(0, -2).join('-') === THIS_MACHINE && Number.isInteger(pid)) return !processRuns(pid);
    const times = await Promise.all(files.map((name) => stat(join(folder, name)).then((info) => info.mtimeMs, () => 0)));
    return Date.now() - Math.max(...times) > ABANDONED_AFTER_MS;
  }

  async function foldOwnLog(): Promise<void> {
    await foldAbandoned();
    if (ownLogBytes >= (options.foldAfterBytes ?? FOLD_AFTER_BYTES)) await writeOwnBase();
  }

  function version(): SharedVersion {
    const content = validated(draftFromDoc(doc));
    current = { content, revision: remember(doc) };
    return current;
  }

  // The name is read at each change, not once: the library names this person from their profile only after
  // the draft is first opened, and a profile filled in later names their later changes.
  const author = {
    get name() {
      return options.writer.name;
    },
    newId: randomUUID,
  };

  /**
   * `fromWindow`: the change is this window's own save, which a later save naming an older version still
   * builds on. An outside edit taken in is not: a save made from before it must not undo it.
   */
  async function commitUpdate(base: Y.Doc, change: (before: DraftFileContent) => DraftFileContent | Promise<DraftFileContent>, fromWindow = true): Promise<string> {
    const before = validated(draftFromDoc(base));
    const after = validated(await change(before));
    // Only what this change did: the updates its transactions emit. (Encoding the state since a state vector would
    // carry the document's whole delete set into every record: about 900 bytes a save after 300 one-word edits,
    // read by every colleague over the drive, and a save that changed nothing would still write.)
    const emitted: Uint8Array[] = [];
    const collect = (piece: Uint8Array) => emitted.push(piece);
    base.on('update', collect);
    try {
      applyDraftChange(base, before, after, author);
    } finally {
      base.off('update', collect);
    }
    const update = emitted.length === 1 ? emitted[0] : emitted.length > 1 ? Y.mergeUpdates(emitted) : undefined;
    if (update !== undefined) {
      // Only a window's own change made to the latest state keeps versions rebuildable from the last capture.
      if (!fromWindow || base !== doc) onlyOwnChangesSinceCapture = false;
      // The folder was there at the last look when that look listed anything (the origin at least).
      if (lastListing.length === 0) await mkdir(folder, { recursive: true });
      await appendRecord(ownLog, update);
      ownLogBytes += update.length + 8;
      if (base !== doc) Y.applyUpdate(doc, update, 'own');
      if (fromWindow) {
        ownSeq += 1;
        ownUpdates.push({ seq: ownSeq, update });
      }
    }
    return base === doc ? '' : remember(base);
  }

  /** Takes in every writer's saved changes and an edit made to the file outside the app, without building a version. */
  async function takeIn(snapshot: { content: DraftFileContent; sync: SnapshotMark | null; text: string }): Promise<RefreshResult['outsideEdit']> {
    await readShared(snapshot.content);
    // A file the app wrote, unchanged since, needs no comparing with the merged state; the text this writer
    // wrote last is known without hashing it again.
    if (snapshot.text === lastWritten) return null;
    if (snapshot.sync !== null && contentHash(snapshot.content) === snapshot.sync.contentHash) return null;
    if (contentHash(validated(draftFromDoc(doc))) === contentHash(snapshot.content)) return null;
    // The file was changed outside the app. Written from the very state we hold, its changes apply like
    // anyone's; made to an older state, applying it would undo others' later work, so the caller keeps it aside.
    const sameState = snapshot.sync !== null ? snapshot.sync.state === stateKey(doc) : [...cursors.keys()].every((name) => name === ORIGIN);
    if (sameState) {
      await commitUpdate(doc, () => snapshot.content, false);
      return 'applied';
    }
    // The file as edited is kept beside the draft, and a conflict record says where.
    const at = (options.clock ?? (() => new Date()))();
    const kept = `${options.draftPath}.outside-edit-${at.toISOString().replace(/[:.]/g, '-')}`;
    await writeFileAtomic(kept, snapshot.text);
    await commitUpdate(doc, (latest) =>
      addConflict(latest, {
        id: randomUUID(),
        at: at.toISOString(),
        by: 'An edit outside the app',
        summary: `The draft file was changed outside the app while others were saving, so it could not be merged safely. The file as changed is kept as ${kept}.`,
      }),
      false,
    );
    return 'kept-aside';
  }

  return {
    folder,

    async refresh(snapshot) {
      const outsideEdit = await takeIn(snapshot);
      return { ...version(), outsideEdit };
    },

    takeIn,

    async commit(baseRevision, change, options = {}) {
      if (options.takenIn !== true) await readFolder();
      const remembered = baseRevision === null ? undefined : versions.get(baseRevision);
      if (!remembered || remembered.key === stateKey(doc)) {
        // Nothing new since the window's version (or it names none): the change is made to the latest state.
        await commitUpdate(doc, change);
        await foldOwnLog();
        const merged = version();
        return { ...merged, ownRevision: merged.revision };
      }
      // The change is made to the version the window had, then merged with what others did since.
      const base = new Y.Doc();
      Y.applyUpdate(base, remembered.state);
      // A caller that names an older version than its own last save still builds on what it saved.
      for (const own of ownUpdates) if (own.seq > remembered.ownSeq) Y.applyUpdate(base, own.update);
      const ownRevision = await commitUpdate(base, change);
      await foldOwnLog();
      return { ...version(), ownRevision };
    },

    async start(content) {
      await readShared(content);
    },

    noteWritten(text) {
      lastWritten = text;
    },

    markFor(content) {
      return { contentHash: contentHash(content), stateVector: encodeBase64(Y.encodeStateVector(doc)), state: stateKey(doc) };
    },

    latest: () => current,

    status: () => statusFromDoc(doc),

    writerId: options.writer.id,

    isCurrent(revision) {
      return versions.get(revision)?.key === stateKey(doc);
    },
  };
}
