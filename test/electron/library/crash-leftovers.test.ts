import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftLibrary } from '../../../electron/services/draft-library';
import { dccConsultation, SAMPLE_NOW } from '../../support/sample-draft';

/**
 * Listing the library removes the temporary files a killed save left behind. It must remove only those: a draft,
 * its backup or anything else in the folder that has sat untouched for a long time is someone's work.
 */
let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-leftovers-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

describe('tidying up after a crash', () => {
  it('removes only old temporary files of drafts and backups, never a draft, a backup or another file however old', async () => {
    const ids = ['draft-one', 'draft-two'];
    const library = createDraftLibrary({ folder, clock: () => SAMPLE_NOW, newId: () => ids.shift() ?? 'draft-spare' });
    const first = await library.create(dccConsultation.id);
    await library.save({ ...first, name: 'Saved twice, so it has a backup' });
    await library.create(dccConsultation.id);
    const drafts = join(folder, 'drafts');
    await writeFile(join(drafts, 'draft-one.crdraft.tmp-123-abcd'), '{"half": ');
    await writeFile(join(drafts, 'draft-one.crdraft.bak.tmp-123-abcd'), '{"half": ');
    await writeFile(join(drafts, 'Notes about draft-two.txt'), 'kept by hand');
    await mkdir(join(drafts, 'draft-two.crdraft.tmp-folder'));
    const keep = ['draft-one.crdraft', 'draft-one.crdraft.bak', 'draft-two.crdraft', 'Notes about draft-two.txt', 'draft-two.crdraft.tmp-folder'];
    // Everything untouched for a year; the app lists the library today.
    const aYearAgo = new Date(Date.now() - 365 * 24 * 3_600_000);
    for (const name of await readdir(drafts)) await utimes(join(drafts, name), aYearAgo, aYearAgo);

    const sweeping = createDraftLibrary({ folder, clock: () => new Date() });
    expect((await sweeping.list()).drafts.map((d) => d.id).sort()).toEqual(['draft-one', 'draft-two']);
    expect((await readdir(drafts)).filter((n) => !n.endsWith('-changes')).sort()).toEqual([...keep].sort());
  });
});
