import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftFileContent } from '../../../shared/model';
import { fileContent } from '../../../electron/services/draft-file';
import { createDraftLibrary } from '../../../electron/services/draft-library';
import { DRAFT_EXTENSION } from '../../../electron/services/draft-file';
import { changesFolderFor, createSharedDraft, type SharedDraft } from '../../../electron/services/sync/shared-draft';
import { dccConsultation, SAMPLE_NOW, sampleDraft } from '../../support/sample-draft';
import { withAnswer, withQ1 } from '../../support/shared-folder';

/**
 * On a shared drive every request to the file system is a trip over the network, so a look at a shared draft
 * must not make more of them, or make them one after another, where it need not. The requests that reach the
 * changes folder are counted (the real file system does the work): how often it is listed, and how many of its
 * files' sizes are asked for at the same moment.
 */
const disk = vi.hoisted(() => ({ watched: '', listings: 0, folderMade: 0, statsInFlight: 0, mostStatsInFlight: 0 }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...real,
    readdir: (async (...args: Parameters<typeof real.readdir>) => {
      if (String(args[0]) === disk.watched) disk.listings += 1;
      return real.readdir(...args);
    }) as typeof real.readdir,
    mkdir: (async (...args: Parameters<typeof real.mkdir>) => {
      if (String(args[0]) === disk.watched) disk.folderMade += 1;
      return real.mkdir(...args);
    }) as typeof real.mkdir,
    stat: (async (...args: Parameters<typeof real.stat>) => {
      const inFolder = String(args[0]).startsWith(`${disk.watched}/`) || String(args[0]).startsWith(`${disk.watched}\\`);
      if (!inFolder) return real.stat(...args);
      disk.statsInFlight += 1;
      disk.mostStatsInFlight = Math.max(disk.mostStatsInFlight, disk.statsInFlight);
      try {
        return await real.stat(...args);
      } finally {
        disk.statsInFlight -= 1;
      }
    }) as typeof real.stat,
  };
});

let folder: string;
let draftPath: string;
const start: DraftFileContent = fileContent(sampleDraft());

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-shared-requests-'));
  draftPath = join(folder, 'response.crdraft');
  disk.watched = changesFolderFor(draftPath);
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function writer(id: string): SharedDraft {
  return createSharedDraft({ draftPath, writer: { id, name: `Writer ${id}` } });
}

/** Three colleagues who each opened the draft and saved once: the folder holds the origin and their three logs. */
async function threeColleaguesSaved(): Promise<void> {
  for (const id of ['pc1-101-aaaaaaaa', 'pc2-102-bbbbbbbb', 'pc3-103-cccccccc']) {
    const colleague = writer(id);
    await colleague.start(start);
    await colleague.commit(null, (before) => withQ1(before, `Saved by ${id}.`));
  }
}

const snapshot = { content: start, sync: null, text: 'the file as another app wrote it' };

describe('the requests a look at a shared draft makes', () => {
  it("asks for every colleague's file size at once, not one after another", async () => {
    await threeColleaguesSaved();
    const reader = writer('pc4-104-dddddddd');
    disk.mostStatsInFlight = 0;
    await reader.refresh(snapshot);
    // The origin and three logs.
    expect(disk.mostStatsInFlight).toBe(4);
    expect(reader.latest()?.content.answers['dates-q1']?.rationale).toMatch(/^Saved by pc\d/);
  });

  it('lists the folder once for a look, and twice for a save (the look before it and the save itself)', async () => {
    await threeColleaguesSaved();
    const person = writer('pc4-104-dddddddd');
    disk.listings = 0;
    await person.refresh(snapshot);
    expect(disk.listings).toBe(1);

    disk.listings = 0;
    await person.takeIn(snapshot);
    await person.commit(null, (before) => withQ1(before, 'Saved by the fourth person.'));
    expect(disk.listings).toBe(2);
    // What the fold after the save decides from that listing is still right: everyone's files are kept.
    const another = writer('pc5-105-eeeeeeee');
    await another.start(start);
    expect((await another.refresh(snapshot)).content.answers['dates-q1']?.rationale).toBe('Saved by the fourth person.');
  });

  it('lists the folder once for a save through the library: the look it takes under the lock is the one it saves on', async () => {
    const library = createDraftLibrary({ folder: join(folder, 'library'), clock: () => SAMPLE_NOW, newId: () => 'requests-draft' });
    const draft = await library.create(dccConsultation.id);
    disk.watched = changesFolderFor(join(folder, 'library', 'drafts', `requests-draft${DRAFT_EXTENSION}`));
    const first = await library.save(withAnswer(draft, 'dates-q1', 'First words.'));
    disk.listings = 0;
    disk.folderMade = 0;
    await library.save(withAnswer(first.merged ?? draft, 'dates-q1', 'First words, then more.'));
    expect(disk.listings).toBe(1);
    // The look found the folder, so the save does not ask for it to be made.
    expect(disk.folderMade).toBe(0);
    expect((await library.open('requests-draft')).answers['dates-q1']?.rationale).toBe('First words, then more.');
  });
});
