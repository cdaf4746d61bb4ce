import { afterEach, describe, expect, it } from 'vitest';
import type { DraftLibrary } from '../../../electron/services/contracts';
import { PRESENCE_REFRESH_MS, PRESENCE_STALE_MS } from '../../../electron/services/sync/presence';
import { draftInSharedFolder, type SharedFolder } from '../../support/shared-folder';

/**
 * Colleagues see who else has a shared draft open, "(since 10:00)". Someone who keeps it open for long past the
 * time a silent record is taken for a closed app (a crash) must stay listed, since when they opened it: their app
 * says it again at each look.
 */
let shared: SharedFolder | null = null;
afterEach(async () => {
  await shared?.remove();
  shared = null;
});

describe('a person who keeps a shared draft open', () => {
  it('stays listed for a colleague long after the stale time, with the time they opened it', async () => {
    const opened = new Date('2020-10-26T10:00:00.000Z');
    let now = opened;
    shared = await draftInSharedFolder(2, { clock: () => now });
    const [a, b] = shared.libraries as [DraftLibrary, DraftLibrary];
    const draftA = await a.openFile(shared.path);
    const draftB = await b.openFile(shared.path);
    // Each window looks for changes now and then; here once a refresh period has passed, for four stale periods.
    const step = PRESENCE_REFRESH_MS + 1_000;
    while (now.getTime() - opened.getTime() < 4 * PRESENCE_STALE_MS) {
      now = new Date(now.getTime() + step);
      await a.shared(draftA.id, draftA.syncRevision ?? null);
    }
    const seenByB = await b.shared(draftB.id, draftB.syncRevision ?? null);
    expect(seenByB.others.map((p) => [p.name, p.since])).toEqual([['Person 1 on PC-1', opened.toISOString()]]);
  });
});
