import { randomBytes } from 'node:crypto';
import { copyFile, mkdtemp, readdir, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DraftFileContent } from '../../../shared/model';
import { fileContent } from '../../../electron/services/draft-file';
import { changesFolderFor, createSharedDraft, type SharedDraft } from '../../../electron/services/sync/shared-draft';
import { machineIdPart } from '../../../electron/services/sync/writer';
import { sampleDraft } from '../../support/sample-draft';

/**
 * A colleague on another machine who folded their log into their base days ago and has saved again today is still
 * at work: their files must not be folded away and removed, or a save they append in that moment would be lost.
 * Only a colleague all of whose files are a day old has gone.
 */
let folder: string;
let draftPath: string;
const start: DraftFileContent = fileContent(sampleDraft());

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-active-colleague-'));
  draftPath = join(folder, 'response.crdraft');
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const writer = (machine: string, pid: number): SharedDraft =>
  createSharedDraft({ draftPath, writer: { id: `${machine}-${pid}-${randomBytes(4).toString('hex')}`, name: `${machine} ${pid}` } });

describe('colleagues on another machine with an old base and a log saved today', () => {
  it('are not folded away, however many there are', async () => {
    const changes = changesFolderFor(draftPath);
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    const ids: string[] = [];
    for (let i = 0; i < 8; i += 1) {
      const colleague = writer('OTHER-PC', 500 + i);
      await colleague.start(start);
      await colleague.commit(null, (before) => ({ ...before, name: `Named by colleague ${i}` }));
      // Their base, folded two days ago (a log of whole records reads as a base too); their log is from today.
      const base = join(changes, `${colleague.writerId}.base`);
      await copyFile(join(changes, `${colleague.writerId}.updates`), base);
      await utimes(base, twoDaysAgo, twoDaysAgo);
      ids.push(colleague.writerId);
    }
    const me = writer(machineIdPart(), process.pid);
    await me.start(start);
    await me.commit(null, (before) => ({ ...before, name: 'Mine' }));
    const names = await readdir(changes);
    for (const id of ids) expect(names).toEqual(expect.arrayContaining([`${id}.base`, `${id}.updates`]));
  });
});
