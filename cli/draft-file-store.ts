import { readFile, stat } from 'node:fs/promises';
import { AppError } from '../shared/app-error';
import { ResponseDraftSchema, type DraftFileContent, type ResponseDraft } from '../shared/model';
import { writeFileAtomic } from '../electron/services/atomic-file';
import { fileContent, markedDraftFile, readDraftText, serialiseDraft, type SnapshotMark } from '../electron/services/draft-file';
import { changesFolderFor, createSharedDraft, type SharedDraft } from '../electron/services/sync/shared-draft';
import { defaultWriterName, newWriterId } from '../electron/services/sync/writer';
import { CliError } from './cli-error';
import { withFileLock } from '../electron/services/sync/file-lock';

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CliError(`There is no draft file at ${path}.`);
    if (code === 'EISDIR') throw new CliError(`${path} is a folder, not a draft file.`);
    throw new CliError(`The draft file ${path} could not be read (${code ?? 'error'}).`);
  }
}

function readingOf(text: string, path: string): { content: DraftFileContent; mark: SnapshotMark | null } {
  const reading = readDraftText(text);
  if (!reading.ok) throw new CliError(`${reading.problem} File: ${path}`);
  return { content: reading.draft, mark: reading.mark };
}

/** This run of crd as one writer of a shared draft; each run has files of its own, folded in once it has ended. */
function sharedDraftAt(path: string): SharedDraft {
  return createSharedDraft({ draftPath: path, writer: { id: newWriterId(), name: `crd (${defaultWriterName()})` } });
}

/**
 * Reads and checks a draft file (written by the app or by crd), saying plainly what is wrong. When others
 * have saved changes beside it (see electron/services/sync/), the draft is those merged, as the app shows it.
 */
export async function readDraftFile(path: string): Promise<{ draft: ResponseDraft; text: string }> {
  const text = await readText(path);
  const { content, mark } = readingOf(text, path);
  const changes = await stat(changesFolderFor(path)).catch(() => null);
  const merged = changes?.isDirectory() ? (await sharedDraftAt(path).refresh({ content, sync: mark, text })).content : content;
  // A draft file never decides where this machine's exports go.
  return { draft: { ...merged, exportFolder: null }, text };
}

/** A new draft file; refuses to replace one that exists. */
export async function createDraftFile(path: string, draft: ResponseDraft): Promise<void> {
  await withFileLock(path, async () => {
    const existing = await readFile(path).catch(() => null);
    if (existing !== null) throw new CliError(`A file already exists at ${path}; choose another name.`);
    await writeFileAtomic(path, serialiseDraft(ResponseDraftSchema.parse(draft)));
  });
}

/**
 * Changes one draft file the way the app saves it: the change is made to the latest draft merged from
 * everyone's saved changes, recorded as this run's own update, and the file rewritten with the merged draft,
 * its version before kept as `<file>.bak`. Under the draft's lock, so crd runs and the app take turns.
 */
export async function updateDraftFile(path: string, change: (draft: ResponseDraft) => ResponseDraft | Promise<ResponseDraft>): Promise<ResponseDraft> {
  return withFileLock(path, async () => {
    const text = await readText(path);
    const { content, mark } = readingOf(text, path);
    const shared = sharedDraftAt(path);
    await shared.takeIn({ content, sync: mark, text });
    const result = await shared.commit(null, async (latest) => {
      const changed = await change({ ...latest, exportFolder: null });
      if (changed.id !== latest.id) throw new AppError('invalid-argument', 'A draft cannot change its id.');
      const checked = ResponseDraftSchema.safeParse(changed);
      if (!checked.success) {
        const issue = checked.error.issues[0];
        throw new CliError(`The change was not saved: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'the draft would not be valid'}.`);
      }
      return fileContent(checked.data);
    });
    await writeFileAtomic(`${path}.bak`, text);
    await writeFileAtomic(path, markedDraftFile(result.content, shared.markFor).bytes);
    return { ...result.content, exportFolder: null };
  });
}
