import { mkdir, mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftLibrary } from '../../../electron/services/draft-library';
import type { DraftLibrary } from '../../../electron/services/contracts';
import { dccConsultation, SAMPLE_NOW, sampleDraft } from '../../support/sample-draft';

/**
 * A draft file the app cannot use — half-written by a crash, or holding
 * another draft after a copy by hand — may be all that is left of someone's
 * work. No save, new draft or copy may write over it.
 */
let folder: string;
let ids: string[];
let library: DraftLibrary;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-damaged-'));
  ids = ['draft-one', 'draft-two'];
  library = createDraftLibrary({ folder, clock: () => SAMPLE_NOW, newId: () => ids.shift() ?? 'out-of-ids' });
});
afterEach(() => rm(folder, { recursive: true, force: true }));

const pathOf = (id: string) => join(folder, 'drafts', `${id}.crdraft`);
const HALF_WRITTEN = '{"schemaVersion": 1, "id": "draft-one", "name": "Our answer to the DCC", "answers": [{"rationale": "We agree bec';

async function refusal(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'written',
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
}

describe('a draft file that holds another draft', () => {
  it('is never written over by a save of the draft whose name it has', async () => {
    const created = await library.create(dccConsultation.id);
    // The user copied another draft's file over this one by hand.
    const other = `${JSON.stringify(sampleDraft({ id: 'someone-elses', name: 'Someone else’s response' }), null, 2)}\n`;
    await writeFile(pathOf(created.id), other);

    expect(await refusal(library.save({ ...created, name: 'Would overwrite' }))).toMatch(/holds draft "someone-elses", not "draft-one"/);
    expect(await readFile(pathOf(created.id), 'utf8')).toBe(other);
  });
});

describe('a half-written draft file', () => {
  it('is never written over by a save', async () => {
    const created = await library.create(dccConsultation.id);
    await writeFile(pathOf(created.id), HALF_WRITTEN);
    expect(await refusal(library.save({ ...created, name: 'Would overwrite' }))).toMatch(/not valid JSON/);
    expect(await readFile(pathOf(created.id), 'utf8')).toBe(HALF_WRITTEN);
  });

  it('is never written over by a new draft that happens to get the same name', async () => {
    await library.list();
    await writeFile(pathOf('draft-one'), HALF_WRITTEN);
    expect(await refusal(library.create(dccConsultation.id))).toMatch(/Not saved: the file on disk cannot be read, so it is kept as it is/);
    expect(await readFile(pathOf('draft-one'), 'utf8')).toBe(HALF_WRITTEN);
  });

  it('is never written over by a copy of another draft that happens to get the same name', async () => {
    ids = ['draft-two', 'draft-one'];
    const original = await library.create(dccConsultation.id);
    await writeFile(pathOf('draft-one'), HALF_WRITTEN);
    expect(await refusal(library.duplicate(original.id))).toMatch(/cannot be read/);
    expect(await readFile(pathOf('draft-one'), 'utf8')).toBe(HALF_WRITTEN);
    expect((await readdir(join(folder, 'drafts'))).filter((n) => !n.endsWith('-changes')).sort()).toEqual(['draft-one.crdraft', 'draft-two.crdraft']);
  });
});

describe('a file named .crdraft far larger than any draft', () => {
  const HUGE = 60 * 1024 * 1024;
  /** A 60 MB file made in an instant: a sparse file, only its first bytes written. */
  async function huge(path: string): Promise<void> {
    await writeFile(path, '{"schemaVersion": 2, "id": "draft-one"');
    await truncate(path, HUGE);
  }

  it('is listed as one that cannot be read, saying why, without being read; a save is refused and it is left as it is', async () => {
    const created = await library.create(dccConsultation.id);
    await huge(pathOf(created.id));
    const listing = await library.list();
    expect(listing.drafts.map((d) => d.id)).not.toContain(created.id);
    expect(listing.damaged.map((d) => [d.id, d.problem])).toEqual([
      [created.id, `The file is 60 MB, far larger than any response draft (at most 50 MB), so it was not read; it is left as it is. It may be damaged or not a draft. File: ${pathOf(created.id)}`],
    ]);
    expect(await refusal(library.save({ ...created, name: 'Renamed' }))).toMatch(/^The file is 60 MB, far larger than any response draft/);
    expect((await stat(pathOf(created.id))).size).toBe(HUGE);
  });

  it('is refused when opened from elsewhere, and its colleague-change files are passed over, not read', async () => {
    const outside = join(folder, 'From a shared drive.crdraft');
    await huge(outside);
    expect(await refusal(library.openFile(outside))).toBe(`The file is 60 MB, far larger than any response draft (at most 50 MB), so it was not read; it is left as it is. It may be damaged or not a draft. File: ${outside}`);
    // A draft shared properly, with a huge file posing as a colleague's log beside it: the draft still opens.
    const created = await library.create(dccConsultation.id);
    const copy = join(folder, 'Shared.crdraft');
    await library.saveCopy(created.id, copy);
    const shared = await library.openFile(copy);
    await library.save({ ...shared, name: 'Saved on the shared drive' });
    await huge(join(`${copy}-changes`, 'PC-9-9999-0123abcd.updates'));
    // Another person's app opens it afresh.
    const colleague = createDraftLibrary({ folder: await mkdtemp(join(tmpdir(), 'crd-damaged-colleague-')), clock: () => SAMPLE_NOW });
    expect((await colleague.openFile(copy)).name).toBe('Saved on the shared drive');
  });
});

describe('a shared draft whose changes folder holds nothing the app can read', () => {
  it('opens as its file was last saved; a save says why it cannot be saved there, and a copy can be', async () => {
    const created = await library.create(dccConsultation.id);
    const copy = join(folder, 'Shared.crdraft');
    await library.saveCopy(created.id, copy);
    await mkdir(`${copy}-changes`);
    await writeFile(join(`${copy}-changes`, 'PC-9-9999-0123abcd.updates'), 'not a log the app wrote');
    const colleague = createDraftLibrary({ folder: await mkdtemp(join(tmpdir(), 'crd-damaged-colleague-')), clock: () => SAMPLE_NOW, newId: () => 'their-copy' });
    const opened = await colleague.openFile(copy);
    expect(opened.name).toBe(created.name);
    const before = await readFile(copy, 'utf8');
    expect(await refusal(colleague.save({ ...opened, name: 'Renamed' }))).toBe(
      `The changes shared beside this draft cannot be read (${copy}-changes), so it opens as its file was last saved and cannot be saved to. Save a copy to keep working, and share that.`,
    );
    expect(await readFile(copy, 'utf8')).toBe(before);
    const rescued = join(folder, 'Rescued.crdraft');
    await colleague.saveCopy(opened.id, rescued);
    expect((await colleague.openFile(rescued)).name).toBe(created.name);
  });
});
