import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DraftFileContent } from '../../../shared/model';
import { createDraftLibrary } from '../../../electron/services/draft-library';
import { DRAFT_EXTENSION, fileContent } from '../../../electron/services/draft-file';
import { changesFolderFor, createSharedDraft, type SharedDraft } from '../../../electron/services/sync/shared-draft';
import { dccConsultation, SAMPLE_NOW, sampleDraft } from '../../support/sample-draft';
import { withAnswer, withQ1 } from '../../support/shared-folder';

/**
 * The folder of changes beside a shared draft removed while people have the draft open (someone tidying the shared
 * drive, a sync tool). Nobody's saved words may be lost: neither the next save of a window that had it open, nor the
 * changes a colleague saved before the folder went.
 */
let folder: string;
let draftPath: string;
const start: DraftFileContent = fileContent(sampleDraft());

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-folder-removed-'));
  draftPath = join(folder, 'response.crdraft');
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const snapshot = { content: start, sync: null, text: 'the file as another app wrote it' };

function writer(id: string): SharedDraft {
  return createSharedDraft({ draftPath, writer: { id, name: `Writer ${id}` } });
}

const withRespondent = (before: DraftFileContent, organisation: string): DraftFileContent => ({
  ...before,
  respondent: { ...before.respondent, organisation },
});
describe('a shared draft whose changes folder is removed while it is open', () => {
  it("keeps the window's next save, made to the version it had, as what the draft says", async () => {
    const library = createDraftLibrary({ folder: join(folder, 'library'), clock: () => SAMPLE_NOW, newId: () => 'removed-draft' });
    const draft = await library.create(dccConsultation.id);
    const first = await library.save(withAnswer(draft, 'dates-q1', 'First words.'));
    await rm(changesFolderFor(join(folder, 'library', 'drafts', `removed-draft${DRAFT_EXTENSION}`)), { recursive: true, force: true });

    const second = await library.save(withAnswer(first.merged ?? draft, 'dates-q1', 'Saved after the folder went.'));
    expect(second.merged?.answers['dates-q1']?.rationale).toBe('Saved after the folder went.');
    // A colleague opening it afresh reads the same.
    const colleague = createDraftLibrary({ folder: join(folder, 'library'), clock: () => SAMPLE_NOW });
    expect((await colleague.open('removed-draft')).answers['dates-q1']?.rationale).toBe('Saved after the folder went.');
  });

  it("brings back a colleague's earlier saves, which went with the folder, once they look again", async () => {
    const alex = writer('pc1-101-aaaaaaaa');
    const sam = writer('pc2-102-bbbbbbbb');
    await alex.start(start);
    await alex.commit(null, (before) => withQ1(before, 'Alex wrote this.'));
    await sam.start(start);
    await sam.commit(null, (before) => withRespondent(before, 'Sam’s organisation'));
    // Alex has not looked since Sam saved: only Sam holds Sam's change when the folder goes.
    await rm(changesFolderFor(draftPath), { recursive: true, force: true });

    await alex.takeIn(snapshot);
    await alex.commit(null, (before) => withQ1(before, 'Alex wrote this, then more.'), { takenIn: true });
    // Sam's next look finds the folder started again without Sam's files, and writes back what Sam holds.
    await sam.refresh(snapshot);
    expect((await readdir(changesFolderFor(draftPath))).filter((name) => name.startsWith('pc2-102-bbbbbbbb.'))).not.toEqual([]);

    const reader = writer('pc3-103-cccccccc');
    await reader.start(start);
    const read = (await reader.refresh(snapshot)).content;
    expect(read.answers['dates-q1']?.rationale).toBe('Alex wrote this, then more.');
    expect(read.respondent.organisation).toBe('Sam’s organisation');
  });
});
