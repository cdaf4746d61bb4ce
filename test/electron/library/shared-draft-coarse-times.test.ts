import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, stat, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DraftFileContent } from '../../../shared/model';
import { fileContent } from '../../../electron/services/draft-file';
import { changesFolderFor, createSharedDraft, type SharedDraft } from '../../../electron/services/sync/shared-draft';
import { sampleDraft } from '../../support/sample-draft';
import { withQ1 } from '../../support/shared-folder';

/**
 * Shared drives do not all keep a file's changed time finely: FAT and exFAT keep it to two seconds, and some network
 * drives to the second. A colleague's two saves in the same second leave their log with the same changed time, so
 * only its size tells that the second save is there; it must still be seen.
 */
let folder: string;
let draftPath: string;
const start: DraftFileContent = fileContent(sampleDraft());

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-coarse-times-'));
  draftPath = join(folder, 'response.crdraft');
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const writer = (machine: string, foldAfterBytes?: number): SharedDraft =>
  createSharedDraft({ draftPath, writer: { id: `${machine}-31-${randomBytes(4).toString('hex')}`, name: `${machine} user` }, foldAfterBytes });

describe('a colleague’s two saves within one tick of the drive’s clock', () => {
  it('are both seen, though the log’s changed time did not move', async () => {
    const colleague = writer('OTHER-PC');
    await colleague.start(start);
    const me = writer('THIS-PC');
    await me.start(start);
    const log = join(changesFolderFor(draftPath), `${colleague.writerId}.updates`);
    // The time the drive shows for both saves: whole seconds, as FAT or an SMB share keeps it.
    const tick = new Date(Math.floor(Date.now() / 1000) * 1000);
    const look = async () => (await me.refresh({ content: start, sync: null, text: 'not written by this reader' })).content.answers['dates-q1']?.rationale;

    await colleague.commit(null, (before) => withQ1(before, 'First save.'));
    await utimes(log, tick, tick);
    expect(await look()).toBe('First save.');

    await colleague.commit(null, (before) => withQ1(before, 'Second save, the same second.'));
    await utimes(log, tick, tick);
    expect(await look()).toBe('Second save, the same second.');
  });
});

describe('a colleague’s log folded and grown again to the very length last read', () => {
  it('is read again from its start, so the edit after the fold is seen', async () => {
    // The colleague's log is folded into their base once it passes 150 bytes (two or three small saves).
    const colleague = writer('OTHER-PC', 150);
    await colleague.start(start);
    const me = writer('THIS-PC');
    await me.start(start);
    const log = join(changesFolderFor(draftPath), `${colleague.writerId}.updates`);
    const size = async () => (await stat(log)).size;
    const look = async () => (await me.refresh({ content: start, sync: null, text: 'not written by this reader' })).content.answers['dates-q1']?.rationale;

    await colleague.commit(null, (before) => withQ1(before, 'Edit A.'));
    await colleague.commit(null, (before) => withQ1(before, 'Edit B.'));
    expect(await look()).toBe('Edit B.');
    const lengthRead = await size();
    // The reader is away while the colleague's log is folded (their base then holds "Edit C.")…
    await colleague.commit(null, (before) => withQ1(before, 'Edit C.'));
    expect(await size()).toBe(0);
    // …and grows again: one edit like the others, then one whose record makes the log exactly as long as before.
    await colleague.commit(null, (before) => withQ1(before, 'Edit J.'));
    const record = await size();
    const last = `Edit ${'K'.repeat(lengthRead - 2 * record + 1)}.`;
    await colleague.commit(null, (before) => withQ1(before, last));
    expect(await size()).toBe(lengthRead);
    expect(await look()).toBe(last);
  });
});
