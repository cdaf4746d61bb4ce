import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftFileContent } from '../../../shared/model';
import { fileContent } from '../../../electron/services/draft-file';
import { changesFolderFor, createSharedDraft } from '../../../electron/services/sync/shared-draft';
import { sampleDraft } from '../../support/sample-draft';

/**
 * Two people opening a new shared draft in the same instant: the second finds the folder empty, then finds that the
 * first has just made the origin file, still empty while it is being written. The second must wait for it to be
 * whole and start from it, not from an empty file (which would leave the draft unable to be saved). The instant is
 * made deterministic: the folder's first listing is held to what it showed a moment before.
 */
const disk = vi.hoisted(() => ({ emptyListings: 0 }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...real,
    readdir: (async (...args: Parameters<typeof real.readdir>) => {
      if (disk.emptyListings > 0) {
        disk.emptyListings -= 1;
        return [];
      }
      return real.readdir(...args);
    }) as typeof real.readdir,
  };
});

let folder: string;
let draftPath: string;
const start: DraftFileContent = fileContent(sampleDraft());

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-second-opener-'));
  draftPath = join(folder, 'response.crdraft');
});
afterEach(async () => {
  disk.emptyListings = 0;
  await rm(folder, { recursive: true, force: true });
});

describe('the second of two people opening a new shared draft at once', () => {
  it('waits for the first one’s origin to be written, and starts from it', async () => {
    // The origin the first opener is writing (made beside, then put in place: first empty, whole 300 ms later).
    const named = { ...start, name: 'As the first opener started it' };
    const first = createSharedDraft({ draftPath: join(folder, 'first', 'response.crdraft'), writer: { id: 'PC-A-1-0000000a', name: 'A' } });
    await first.start(named);
    const whole = await readFile(join(changesFolderFor(join(folder, 'first', 'response.crdraft')), 'origin.base'));
    await mkdir(changesFolderFor(draftPath));
    const origin = join(changesFolderFor(draftPath), 'origin.base');
    await writeFile(origin, new Uint8Array());
    setTimeout(() => void writeFile(origin, whole), 300);

    disk.emptyListings = 1;
    const second = createSharedDraft({ draftPath, writer: { id: 'PC-B-2-0000000b', name: 'B' } });
    const seen = await second.refresh({ content: named, sync: null, text: 'the file' });
    expect(seen.content.name).toBe('As the first opener started it');
  });
});

describe('the second of two people opening a new shared draft at once, when the first one crashed writing the origin', () => {
  it('is told, after waiting 5 s, that the shared changes stay incomplete, as an error the draft still opens on', async () => {
    // The first opener made the origin file and crashed before writing anything into it.
    await mkdir(changesFolderFor(draftPath));
    await writeFile(join(changesFolderFor(draftPath), 'origin.base'), new Uint8Array());
    disk.emptyListings = 1;
    const second = createSharedDraft({ draftPath, writer: { id: 'PC-B-2-0000000b', name: 'B' } });
    // 'io' is the kind of failure on which the library opens the draft as its file holds it (damaged-files.test.ts).
    await expect(second.refresh({ content: start, sync: null, text: 'the file' })).rejects.toMatchObject({
      code: 'io',
      message: `The shared changes of this draft could not be read: ${join(changesFolderFor(draftPath), 'origin.base')} stays incomplete.`,
    });
  });
});
