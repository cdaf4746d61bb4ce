import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftFileContent } from '../../../shared/model';
import { fileContent } from '../../../electron/services/draft-file';
import { changesFolderFor, createSharedDraft, type SharedDraft } from '../../../electron/services/sync/shared-draft';
import { sampleDraft } from '../../support/sample-draft';
import { withQ1 } from '../../support/shared-folder';

/**
 * What a save or a look costs on the shared drive when there is nothing to do. A save that changes nothing (the
 * window saved what was already there) must not append to the log: each append is a write and a flush on the
 * network drive. A look at the draft file exactly as this app
 * last wrote it must not hash the whole draft to find that out. Hashes are counted as they happen (the module's
 * content hash, wrapped).
 */
const count = vi.hoisted(() => ({ hashes: 0 }));

vi.mock('../../../electron/services/sync/content-hash', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../electron/services/sync/content-hash')>();
  return {
    ...real,
    contentHash: (...args: Parameters<typeof real.contentHash>) => {
      count.hashes += 1;
      return real.contentHash(...args);
    },
  };
});

let folder: string;
let draftPath: string;
const start: DraftFileContent = fileContent(sampleDraft());

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-idle-saves-'));
  draftPath = join(folder, 'response.crdraft');
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const writer = (): SharedDraft => createSharedDraft({ draftPath, writer: { id: `THIS-PC-31-${randomBytes(4).toString('hex')}`, name: 'This PC user' } });

describe('a save that changes nothing', () => {
  it('writes nothing to the shared drive: no log is made for it', async () => {
    const me = writer();
    await me.start(start);
    for (let save = 0; save < 3; save += 1) {
      const saved = await me.commit(null, (before) => before);
      expect(saved.content.name).toBe(start.name);
    }
    expect(await readdir(changesFolderFor(draftPath))).toEqual(['origin.base']);
  });
  // Not tested here: once anything was deleted from the draft, each save's update (Yjs's encodeStateAsUpdate from the
  // state vector) carries the draft's whole delete set, so a save that changes nothing still appends it (26 bytes
  // after one edit of an answer). Reported in test/mutation/REPORT.md.
});

describe('a look at the draft file as this app last wrote it', () => {
  it('does not hash the draft to tell that it is unchanged', async () => {
    const me = writer();
    await me.start(start);
    const saved = await me.commit(null, (before) => withQ1(before, 'Typed.'));
    const text = `${JSON.stringify(saved.content)}\n`;
    me.noteWritten(text);
    count.hashes = 0;

    const looked = await me.refresh({ content: saved.content, sync: me.markFor(saved.content), text });
    expect(looked.outsideEdit).toBeNull();
    // markFor above hashed once; the look itself, none.
    expect(count.hashes).toBe(1);
  });
});
