import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DraftFileContent } from '../../../shared/model';
import { fileContent } from '../../../electron/services/draft-file';
import { changesFolderFor, createSharedDraft } from '../../../electron/services/sync/shared-draft';
import { sampleDraft } from '../../support/sample-draft';
import { withQ1 } from '../../support/shared-folder';

/**
 * Every colleague reads each save's record from the shared drive, so a record holds what that save changed and no
 * more: not everything deleted since the draft began, which grows with every edit.
 */
let folder: string;
let draftPath: string;
const start: DraftFileContent = fileContent(sampleDraft());

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-log-size-'));
  draftPath = join(folder, 'response.crdraft');
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function logBytes(): Promise<number> {
  const log = (await readdir(changesFolderFor(draftPath))).find((name) => name.endsWith('.updates'));
  return log === undefined ? 0 : (await stat(join(changesFolderFor(draftPath), log)).then((info) => info.size));
}

describe("a save's record in the shared log", () => {
  it('stays the size of its own edit after hundreds of edits that each replaced a word somewhere else', async () => {
    const person = createSharedDraft({ draftPath, writer: { id: 'pc1-101-aaaaaaaa', name: 'Alex' }, foldAfterBytes: 10_000_000 });
    await person.start(start);
    // A long rationale, then one word replaced at a time along it, as a reviewer tidies wording.
    const words = Array.from({ length: 240 }, (_, index) => `point${index}`);
    await person.commit(null, (before) => withQ1(before, words.join(' ')));
    for (let save = 0; save < 200; save += 1) {
      words[save] = `item${save}`;
      await person.commit(null, (before) => withQ1(before, words.join(' ')));
    }
    const before = await logBytes();
    words[220] = 'final';
    await person.commit(null, (latest) => withQ1(latest, words.join(' ')));
    const record = (await logBytes()) - before;
    // A one-word replacement is well under 200 bytes with its 8-byte header; the delete set of 200 scattered edits is far more.
    expect(record).toBeGreaterThan(8);
    expect(record).toBeLessThan(200);

    // And it still reads back as the latest text.
    const reader = createSharedDraft({ draftPath, writer: { id: 'pc2-102-bbbbbbbb', name: 'Sam' } });
    await reader.start(start);
    expect((await reader.refresh({ content: start, sync: null, text: '' })).content.answers['dates-q1']?.rationale).toBe(words.join(' '));
  });
});
