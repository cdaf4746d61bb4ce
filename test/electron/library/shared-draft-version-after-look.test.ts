import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DraftFileContent } from '../../../shared/model';
import { fileContent } from '../../../electron/services/draft-file';
import { createSharedDraft, type SharedDraft } from '../../../electron/services/sync/shared-draft';
import { sampleDraft } from '../../support/sample-draft';
import { withQ1 } from '../../support/shared-folder';

/**
 * The version a window is handed after a look must hold what that look took in (a colleague's save, an edit made
 * to the file in a text editor): when the window later saves from it, after a colleague saved too, those words
 * are not typed in a second time (nor lost), and the colleague's stay.
 */
let folder: string;
let draftPath: string;
const start: DraftFileContent = fileContent(sampleDraft());
type Snapshot = Parameters<SharedDraft['refresh']>[0];
/** The draft file as the last app to save wrote it. */
let file: Snapshot;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-version-after-look-'));
  draftPath = join(folder, 'response.crdraft');
  file = { content: start, sync: null, text: 'the file as first written' };
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function writer(name: string): SharedDraft {
  return createSharedDraft({ draftPath, writer: { id: `PC-${name}-88-${randomBytes(4).toString('hex')}`, name: `${name} on PC` } });
}

/** A save as the library makes it: the change committed, then the file rewritten with the merged draft and its mark. */
async function save(shared: SharedDraft, base: string | null, change: (before: DraftFileContent) => DraftFileContent) {
  const result = await shared.commit(base, change);
  file = { content: result.content, sync: shared.markFor(result.content), text: JSON.stringify(result.content) };
  shared.noteWritten(file.text);
  return result;
}

const what = (content: DraftFileContent) => [content.answers['dates-q1']?.rationale, content.name, content.signatory.jobTitle];

describe('a window saving from a version handed to it after a colleague’s save', () => {
  it('keeps the first colleague’s answer once, the second’s rename and its own change', async () => {
    const priya = writer('Priya');
    await priya.refresh(file);
    const sam = writer('Sam');
    const jo = writer('Jo');
    await sam.refresh(file);
    await jo.refresh(file);
    await save(sam, null, (before) => withQ1(before, 'Sam’s answer.'));
    // Priya's window looks, and is handed the draft with Sam's answer.
    const seen = await priya.refresh(file);
    expect([seen.outsideEdit, seen.content.answers['dates-q1']?.rationale]).toEqual([null, 'Sam’s answer.']);
    // Jo saves before Priya does.
    await jo.refresh(file);
    await save(jo, null, (before) => ({ ...before, name: 'Named by Jo' }));
    const saved = await save(priya, seen.revision, () => ({ ...seen.content, signatory: { ...seen.content.signatory, jobTitle: 'Director' } }));
    expect(what(saved.content)).toEqual(['Sam’s answer.', 'Named by Jo', 'Director']);
  });
});

describe('a window saving from a version handed to it after an outside edit was taken in', () => {
  it('keeps the outside edit once, a colleague’s later rename and its own change', async () => {
    const priya = writer('Priya');
    const sam = writer('Sam');
    await priya.refresh(file);
    await save(priya, null, (before) => withQ1(before, 'Typed in the app.'));
    await priya.refresh(file);
    // Someone corrects the answer in a text editor, on the file as Priya's app wrote it.
    const corrected = withQ1(file.content, 'Corrected in a text editor.');
    file = { content: corrected, sync: file.sync, text: JSON.stringify(corrected) };
    const seen = await priya.refresh(file);
    expect([seen.outsideEdit, seen.content.answers['dates-q1']?.rationale]).toEqual(['applied', 'Corrected in a text editor.']);
    await sam.refresh(file);
    await save(sam, null, (before) => ({ ...before, name: 'Named by Sam' }));
    const saved = await save(priya, seen.revision, () => ({ ...seen.content, signatory: { ...seen.content.signatory, jobTitle: 'Director' } }));
    expect(what(saved.content)).toEqual(['Corrected in a text editor.', 'Named by Sam', 'Director']);
  });
});
