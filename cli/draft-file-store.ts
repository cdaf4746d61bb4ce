import { readFile } from 'node:fs/promises';
import { AppError } from '../shared/app-error';
import { ResponseDraftSchema, type ResponseDraft } from '../shared/model';
import { writeFileAtomic } from '../electron/services/atomic-file';
import { readDraftText, serialiseDraft } from '../electron/services/draft-file';
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

/** Reads and checks a draft file (written by the app or by crd), saying plainly what is wrong. */
export async function readDraftFile(path: string): Promise<{ draft: ResponseDraft; text: string }> {
  const text = await readText(path);
  const reading = readDraftText(text);
  if (!reading.ok) throw new CliError(`${reading.problem} File: ${path}`);
  // A draft file never decides where this machine's exports go.
  return { draft: { ...reading.draft, exportFolder: null }, text };
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
 * Reads, changes and writes one draft file with no other crd in between: the
 * file is read again under the lock, so concurrent changes all land. The
 * version before is kept as `<file>.bak`, as the app does.
 */
export async function updateDraftFile(path: string, change: (draft: ResponseDraft) => ResponseDraft | Promise<ResponseDraft>): Promise<ResponseDraft> {
  return withFileLock(path, async () => {
    const { draft, text } = await readDraftFile(path);
    const changed = await change(draft);
    if (changed.id !== draft.id) throw new AppError('invalid-argument', 'A draft cannot change its id.');
    const checked = ResponseDraftSchema.safeParse(changed);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new CliError(`The change was not saved: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'the draft would not be valid'}.`);
    }
    await writeFileAtomic(`${path}.bak`, text);
    await writeFileAtomic(path, serialiseDraft(checked.data));
    return checked.data;
  });
}
