import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DraftLibrary } from '../../../electron/services/contracts';
import { changesFolderFor, createSharedDraft, type SharedDraft, type SharedDraftOptions } from '../../../electron/services/sync/shared-draft';
import { fileContent } from '../../../electron/services/draft-file';
import { draftInSharedFolder, withAnswer, type SharedFolder } from '../../support/shared-folder';

/**
 * A window with a shared draft open looks for colleagues' changes every few seconds. When nothing on the drive has
 * moved since its last look (the draft file and the change files have the same sizes and times), the look must not
 * read the draft file nor rebuild the merged draft: on a large draft on a network drive that would be felt at every
 * look. Presence records, which everyone with the draft open rewrites every 20 seconds, are not a change to the
 * draft. Counted as they happen: the library's reads of the draft file and its rebuilds of the merged draft.
 */
const count = vi.hoisted(() => ({ rebuilds: 0, draftReads: [] as string[], announcements: 0 }));

vi.mock('../../../electron/services/sync/shared-draft', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../electron/services/sync/shared-draft')>();
  return {
    ...real,
    createSharedDraft: (options: SharedDraftOptions): SharedDraft => {
      const shared = real.createSharedDraft(options);
      return {
        ...shared,
        folder: shared.folder,
        writerId: shared.writerId,
        refresh: (snapshot) => {
          count.rebuilds += 1;
          return shared.refresh(snapshot);
        },
      };
    },
  };
});

vi.mock('../../../electron/services/bounded-read', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../electron/services/bounded-read')>();
  return {
    ...real,
    readBytesUpTo: (path: string, limit: number) => {
      if (path.endsWith('.crdraft')) count.draftReads.push(path);
      return real.readBytesUpTo(path, limit);
    },
  };
});

vi.mock('../../../electron/services/sync/presence', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../electron/services/sync/presence')>();
  return {
    ...real,
    announcePresence: (...args: Parameters<typeof real.announcePresence>) => {
      count.announcements += 1;
      return real.announcePresence(...args);
    },
  };
});

let shared: SharedFolder | null = null;
afterEach(async () => {
  await shared?.remove();
  shared = null;
});

function forget(): void {
  count.rebuilds = 0;
  count.draftReads.length = 0;
  count.announcements = 0;
}

describe('a window’s regular look at a shared draft', () => {
  it('reads and rebuilds nothing when nothing on the drive moved since its last look', async () => {
    shared = await draftInSharedFolder(2);
    const [a] = shared.libraries as [DraftLibrary, DraftLibrary];
    const draft = await a.openFile(shared.path);
    const revision = draft.syncRevision ?? null;
    expect(revision).not.toBeNull();
    expect((await a.shared(draft.id, revision)).draft).toBeNull();
    forget();

    for (let look = 0; look < 3; look += 1) expect((await a.shared(draft.id, revision)).draft).toBeNull();
    expect([count.rebuilds, count.draftReads.length]).toEqual([0, 0]);
    // Nor does it write its presence record again within 20 seconds of the last (a write to the shared drive).
    expect(count.announcements).toBe(0);
  });

  it('is not made to read the draft again by a colleague’s presence record alone', async () => {
    shared = await draftInSharedFolder(2);
    const [a, b] = shared.libraries as [DraftLibrary, DraftLibrary];
    const draft = await a.openFile(shared.path);
    const revision = draft.syncRevision ?? null;
    await b.openFile(shared.path);
    expect((await a.shared(draft.id, revision)).draft).toBeNull();
    // The colleague's app says again that they have it open.
    const folder = changesFolderFor(shared.path);
    const records = (await readdir(folder)).filter((name) => name.endsWith('.presence.json'));
    expect(records.length).toBe(2);
    for (const name of records) {
      const path = join(folder, name);
      const record = JSON.parse(await readFile(path, 'utf8')) as { seenAt: string };
      await writeFile(path, `${JSON.stringify({ ...record, seenAt: new Date(Date.now() + 1_000).toISOString() })}\n`);
    }
    forget();

    const look = await a.shared(draft.id, revision);
    expect(look.draft).toBeNull();
    expect(look.others.map((person) => person.name)).toEqual(['Person 2 on PC-2']);
    expect([count.rebuilds, count.draftReads.length]).toEqual([0, 0]);
  });

  it('still takes in a colleague’s save made after a quiet look', async () => {
    shared = await draftInSharedFolder(2);
    const [a, b] = shared.libraries as [DraftLibrary, DraftLibrary];
    const draft = await a.openFile(shared.path);
    const revision = draft.syncRevision ?? null;
    const theirs = await b.openFile(shared.path);
    expect((await a.shared(draft.id, revision)).draft).toBeNull();
    expect((await a.shared(draft.id, revision)).draft).toBeNull();

    await b.save(withAnswer(theirs, 'q-2', 'Their answer.'));
    const look = await a.shared(draft.id, revision);
    expect(look.draft?.answers['q-2']?.rationale).toBe('Their answer.');
  });

  it('takes in an edit made to the draft file outside the app after a quiet look', async () => {
    shared = await draftInSharedFolder(2);
    const [a] = shared.libraries as [DraftLibrary, DraftLibrary];
    const draft = await a.openFile(shared.path);
    const revision = draft.syncRevision ?? null;
    expect((await a.shared(draft.id, revision)).draft).toBeNull();
    expect((await a.shared(draft.id, revision)).draft).toBeNull();

    // Someone renames the draft in a text editor; the change files are untouched.
    const text = await readFile(shared.path, 'utf8');
    await writeFile(shared.path, text.replace(`"name": ${JSON.stringify(draft.name)}`, '"name": "Renamed in a text editor"'));
    expect(await readFile(shared.path, 'utf8')).not.toBe(text);
    const look = await a.shared(draft.id, revision);
    expect(look.draft?.name).toBe('Renamed in a text editor');
  });

  it('takes in a colleague’s save that reached their log but not the draft file', async () => {
    // The command line tool appends its change, then rewrites the file; a look can come in between, and a rewrite
    // refused (the file held open elsewhere) leaves only the log changed.
    shared = await draftInSharedFolder(2);
    const [a] = shared.libraries as [DraftLibrary, DraftLibrary];
    const colleague = createSharedDraft({ draftPath: shared.path, writer: { id: 'OTHER-PC-77-0123abcd', name: 'crd (sam)' } });
    const first = await a.openFile(shared.path);
    await colleague.start(fileContent(first));
    await colleague.commit(null, (content) => ({ ...content, name: 'Renamed by a colleague' }));
    const draft = await a.openFile(shared.path);
    expect(draft.name).toBe('Renamed by a colleague');
    const revision = draft.syncRevision ?? null;
    expect((await a.shared(draft.id, revision)).draft).toBeNull();
    expect((await a.shared(draft.id, revision)).draft).toBeNull();

    // The colleague's log grows; no file is added or removed, and the draft file is as it was.
    const before = await readFile(shared.path, 'utf8');
    const names = await readdir(changesFolderFor(shared.path));
    await colleague.commit(null, (content) => ({ ...content, name: 'Renamed again by a colleague' }));
    expect(await readFile(shared.path, 'utf8')).toBe(before);
    expect(await readdir(changesFolderFor(shared.path))).toEqual(names);
    const look = await a.shared(draft.id, revision);
    expect(look.draft?.name).toBe('Renamed again by a colleague');
  });

  it('opens the draft again without reading its file when the file is as this app last read or wrote it', async () => {
    shared = await draftInSharedFolder(2);
    const [a] = shared.libraries as [DraftLibrary, DraftLibrary];
    const draft = await a.openFile(shared.path);
    forget();
    expect((await a.open(draft.id)).name).toBe(draft.name);
    expect(count.draftReads).toEqual([]);

    // After a save, which writes the file, neither.
    await a.save(withAnswer(await a.open(draft.id), 'q-1', 'Saved here.'));
    forget();
    expect((await a.open(draft.id)).answers['q-1']?.rationale).toBe('Saved here.');
    expect(count.draftReads).toEqual([]);
  });
});
