import { mkdir, mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftLibrary, type DraftLibraryOptions } from '../../../electron/services/draft-library';
import type { DraftLibrary } from '../../../electron/services/contracts';
import type { Consultation } from '../../../shared/model';
import { dccConsultation, SAMPLE_NOW } from '../../support/sample-draft';
import { teamConsultation } from '../../support/shared-folder';
import { refusal } from '../../support/refusals';
import { withFileLock } from '../../../electron/services/sync/file-lock';

/**
 * The library's housekeeping, as a user meets it: deleting and restoring, the list of drafts and consultations,
 * and each refusal in words that say what to do. Dates are fixed, so file names can be checked exactly.
 */
let folder: string;
let ids: string[];

function library(options: Partial<DraftLibraryOptions> = {}): DraftLibrary {
  return createDraftLibrary({ folder, clock: () => SAMPLE_NOW, newId: () => ids.shift() ?? 'draft-spare', ...options });
}

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-housekeeping-'));
  ids = ['draft-one', 'draft-two', 'draft-three'];
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const draftFile = (id: string) => join(folder, 'drafts', `${id}.crdraft`);
const STAMP = '2020-10-26T10-00-00-000Z';

describe('deleting', () => {
  it('moves each deleted draft into the deleted folder under a name any system accepts, one after another', async () => {
    const lib = library();
    await lib.create(dccConsultation.id);
    await lib.create(dccConsultation.id);
    await lib.remove('draft-one');
    ids.unshift('draft-three');
    await lib.remove('draft-two');
    expect((await readdir(join(folder, 'deleted'))).sort()).toEqual([`draft-one-${STAMP}.crdraft`, `draft-two-${STAMP}.crdraft`]);
    expect((await lib.list()).drafts).toEqual([]);
  });

  it('says plainly when the draft is already gone', async () => {
    const error = await refusal(library().remove('draft-nine'));
    expect([error.code, error.message]).toEqual(['not-found', 'No draft "draft-nine" in the library.']);
  });

  it('says the draft could not be deleted, and keeps it listed, when it cannot be moved aside', async () => {
    const lib = library();
    await lib.create(dccConsultation.id);
    // Something already stands where the deleted draft would go (a folder of that name, holding a file), so the move is refused.
    const aside = join(folder, 'deleted', `draft-one-${STAMP}.crdraft`);
    await mkdir(aside, { recursive: true });
    await writeFile(join(aside, 'occupied'), 'x');
    const error = await refusal(lib.remove('draft-one'));
    expect([error.code, error.message]).toEqual(['io', expect.stringMatching(/^Could not delete the draft \((EISDIR|ENOTEMPTY|EEXIST)\)\. Check the library folder/)]);
    expect((await lib.list()).drafts.map((d) => d.id)).toEqual(['draft-one']);
  });

  it('refuses an id that is not one, naming it', async () => {
    const error = await refusal(library().open('../secrets'));
    expect(error.message).toBe('"../secrets" is not a valid draft id.');
  });

  it('moves removed consultations aside one after another, and says when one is already gone', async () => {
    const lib = library();
    await lib.addConsultation(teamConsultation);
    await lib.addConsultation({ ...teamConsultation, id: 'second-consultation' });
    await lib.removeConsultation(teamConsultation.id);
    await lib.removeConsultation('second-consultation');
    expect((await readdir(join(folder, 'deleted'))).sort()).toEqual([`second-consultation-${STAMP}.json`, `${teamConsultation.id}-${STAMP}.json`]);
    const error = await refusal(lib.removeConsultation(teamConsultation.id));
    expect([error.code, error.message]).toEqual(['not-found', 'That consultation is no longer in the library.']);
  });

  it('says a consultation could not be removed when it cannot be moved aside, and keeps it listed', async () => {
    const lib = library();
    await lib.addConsultation(teamConsultation);
    const aside = join(folder, 'deleted', `${teamConsultation.id}-${STAMP}.json`);
    await mkdir(aside, { recursive: true });
    await writeFile(join(aside, 'occupied'), 'x');
    const error = await refusal(lib.removeConsultation(teamConsultation.id));
    expect([error.code, error.message]).toEqual(['io', expect.stringMatching(/^Could not remove the consultation \((EISDIR|ENOTEMPTY|EEXIST)\)\. Check the library folder/)]);
    expect((await lib.list()).consultations.map((c) => c.id)).toContain(teamConsultation.id);
  });

  it('names what cannot be done to the consultation that comes with the app', async () => {
    const lib = library();
    expect((await refusal(lib.removeConsultation(dccConsultation.id))).message).toBe('The consultation that comes with the app cannot be removed.');
    expect((await refusal(lib.updateConsultation(dccConsultation))).message).toBe('The consultation that comes with the app cannot be corrected.');
    // A consultation of the user's own is not mistaken for the bundled one.
    await lib.addConsultation(teamConsultation);
    await lib.removeConsultation(teamConsultation.id);
    const gone = await refusal(lib.updateConsultation(teamConsultation));
    expect([gone.code, gone.message]).toEqual(['not-found', `The consultation "${teamConsultation.title}" is no longer in the library.`]);
  });

  it('will not start a draft from a consultation that is not in the library', async () => {
    const error = await refusal(library().create('no-such-consultation'));
    expect([error.code, error.message]).toEqual(['not-found', 'The consultation "no-such-consultation" is not in the library.']);
  });
});

describe('restoring a backup', () => {
  it('restores the backup when the draft file itself has gone', async () => {
    const lib = library();
    const draft = await lib.create(dccConsultation.id);
    await lib.save({ ...draft, name: 'Second version' });
    await rm(draftFile('draft-one'));
    const restored = await lib.restoreBackup('draft-one');
    expect(restored.name).toBe(draft.name);
    expect(JSON.parse(await readFile(draftFile('draft-one'), 'utf8')).name).toBe(draft.name);
  });

  it('waits for another process saving the same draft (the command line, say) before restoring, as a save does', async () => {
    const lib = library();
    const draft = await lib.create(dccConsultation.id);
    await lib.save({ ...draft, name: 'Second version' });
    const order: string[] = [];
    let finishOtherSave = (): void => {};
    // Another writer holds the draft's lock (what crd or another window's save takes) until it has written.
    const otherSave = withFileLock(draftFile('draft-one'), async () => {
      order.push('other save starts');
      await new Promise<void>((done) => {
        finishOtherSave = done;
      });
      order.push('other save ends');
    });
    while (order.length === 0) await new Promise((done) => setTimeout(done, 5));
    const restoring = lib.restoreBackup('draft-one').then(() => order.push('restored'));
    await new Promise((done) => setTimeout(done, 300));
    finishOtherSave();
    await Promise.all([otherSave, restoring]);
    expect(order).toEqual(['other save starts', 'other save ends', 'restored']);
  });

  it('restores over a damaged file too large to read, keeping it aside whole', async () => {
    const lib = library();
    const draft = await lib.create(dccConsultation.id);
    await lib.save({ ...draft, name: 'Second version' });
    await writeFile(draftFile('draft-one'), '{"half": ');
    await truncate(draftFile('draft-one'), 60 * 1024 * 1024);
    expect((await lib.restoreBackup('draft-one')).name).toBe(draft.name);
    expect((await stat(`${draftFile('draft-one')}.damaged-${STAMP}`)).size).toBe(60 * 1024 * 1024);
  });

  it('keeps the damaged file aside under a stamped name', async () => {
    const lib = library();
    const draft = await lib.create(dccConsultation.id);
    await lib.save({ ...draft, name: 'Second version' });
    await writeFile(draftFile('draft-one'), '{"half": ');
    await lib.restoreBackup('draft-one');
    expect(await readFile(`${draftFile('draft-one')}.damaged-${STAMP}`, 'utf8')).toBe('{"half": ');
  });

  it('says when there is no backup, or the backup is damaged too', async () => {
    const lib = library();
    await lib.create(dccConsultation.id);
    const none = await refusal(lib.restoreBackup('draft-one'));
    expect([none.code, none.message]).toEqual(['not-found', 'There is no backup of draft "draft-one".']);
    await writeFile(`${draftFile('draft-one')}.bak`, 'not json');
    const damaged = await refusal(lib.restoreBackup('draft-one'));
    expect(damaged.code).toBe('damaged');
    expect(damaged.message).toMatch(/^The backup cannot be read either\. .+ File: .+draft-one\.crdraft\.bak$/);
  });

  it('when the restored file cannot be written, says so, keeps the backup and leaves no file aside', async () => {
    let failing = false;
    const lib = library({
      writeFile: async (path, data) => {
        if (failing && path.endsWith('.crdraft')) throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
        await writeFile(path, data);
      },
    });
    const draft = await lib.create(dccConsultation.id);
    await lib.save({ ...draft, name: 'Second version' });
    await writeFile(draftFile('draft-one'), 'damaged');
    const backup = await readFile(`${draftFile('draft-one')}.bak`, 'utf8');
    failing = true;
    const error = await refusal(lib.restoreBackup('draft-one'));
    expect([error.code, error.message]).toEqual(['io', 'The backup was not restored (ENOSPC). Free some disk space and try again; the backup is unchanged.']);
    expect(await readFile(`${draftFile('draft-one')}.bak`, 'utf8')).toBe(backup);
    expect((await readdir(join(folder, 'drafts'))).filter((name) => name.includes('.damaged-'))).toEqual([]);
  });
});

describe('saving when the disk refuses', () => {
  function failingOn(suffix: string) {
    let failing = false;
    const lib = library({
      writeFile: async (path, data) => {
        if (failing && path.endsWith(suffix)) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
        await writeFile(path, data);
      },
    });
    return { lib, fail: () => (failing = true) };
  }

  it('says the backup could not be kept, and the draft on disk is unchanged', async () => {
    const { lib, fail } = failingOn('.bak');
    const draft = await lib.create(dccConsultation.id);
    const before = await readFile(draftFile('draft-one'), 'utf8');
    fail();
    const error = await refusal(lib.update('draft-one', (d) => ({ ...d, name: 'Renamed' })));
    expect(error.message).toBe('Could not keep a backup of the previous version (ENOSPC). Check the library folder is available and not read-only, then try again.');
    expect(await readFile(draftFile('draft-one'), 'utf8')).toBe(before);
    expect(draft.name).not.toBe('Renamed');
  });

  it('says the draft could not be saved when its own file cannot be written', async () => {
    const { lib, fail } = failingOn('.crdraft');
    await lib.create(dccConsultation.id);
    fail();
    const error = await refusal(lib.update('draft-one', (d) => ({ ...d, name: 'Renamed' })));
    expect(error.message).toBe('Could not save the draft (ENOSPC). Check the library folder is available and not read-only, then try again.');
  });

  it('refuses a change that would give the draft another id, with merging on or off', async () => {
    for (const merge of [true, false]) {
      ids = ['draft-one'];
      await rm(join(folder, 'drafts'), { recursive: true, force: true });
      const lib = library({ merge });
      await lib.create(dccConsultation.id);
      const error = await refusal(lib.update('draft-one', (d) => ({ ...d, id: 'draft-other' })));
      expect({ merge, code: error.code, message: error.message }).toEqual({ merge, code: 'invalid-argument', message: 'A draft cannot change its id.' });
    }
  });
});

describe('the list of drafts and consultations', () => {
  it('puts the most recently changed draft first', async () => {
    const lib = library();
    await lib.create(dccConsultation.id);
    const second = await lib.create(dccConsultation.id);
    // The window stamps each change it sends.
    await lib.save({ ...second, name: 'Changed later', updatedAt: new Date(SAMPLE_NOW.getTime() + 60_000).toISOString() });
    expect((await lib.list()).drafts.map((d) => d.id)).toEqual(['draft-two', 'draft-one']);
  });

  it('lists a draft whose file is gone but whose backup is left, saying so', async () => {
    const lib = library();
    const draft = await lib.create(dccConsultation.id);
    await lib.save({ ...draft, name: 'Second version' });
    await rm(draftFile('draft-one'));
    expect((await lib.list()).damaged).toEqual([{ id: 'draft-one', path: draftFile('draft-one'), problem: 'The draft file is missing; only its backup is left.', hasBackup: true }]);
  });

  it('gives a damaged draft its own reason, and ignores files that are not drafts', async () => {
    const lib = library();
    await lib.create(dccConsultation.id);
    await writeFile(draftFile('draft-one'), 'not json');
    await writeFile(join(folder, 'drafts', 'My Notes.crdraft'), 'not a draft of the app');
    const { damaged, drafts } = await lib.list();
    expect(drafts).toEqual([]);
    expect(damaged).toHaveLength(1);
    expect(damaged[0]).toMatchObject({ id: 'draft-one', hasBackup: false });
    expect(damaged[0]!.problem).toMatch(/not valid JSON.* File: .+draft-one\.crdraft$/);
  });

  it('says why a draft file cannot be read (a folder under its name), never that it is missing', async () => {
    const lib = library();
    await lib.list();
    await mkdir(draftFile('draft-one'));
    expect((await lib.list()).damaged).toEqual([
      {
        id: 'draft-one',
        path: draftFile('draft-one'),
        problem: 'Could not read the draft file (EISDIR). Check the library folder is available and not read-only, then try again.',
        hasBackup: false,
      },
    ]);
  });

  it('says the drafts cannot be listed when their folder cannot be read, rather than showing an empty library', async () => {
    const lib = library();
    // Something other than a folder where the drafts folder should be (a stand-in for a share that refuses listing).
    await writeFile(join(folder, 'drafts'), 'not a folder');
    const error = await refusal(lib.list());
    expect([error.code, error.message]).toEqual(['io', 'Could not list the drafts (ENOTDIR). Check the library folder is available and not read-only, then try again.']);
  });

  it('says the saved consultations cannot be read when their folder cannot be listed, rather than offering none', async () => {
    const lib = library();
    await writeFile(join(folder, 'consultations'), 'not a folder');
    const error = await refusal(lib.list());
    expect([error.code, error.message]).toEqual(['io', 'Could not read the saved consultations (ENOTDIR). Check the library folder is available and not read-only, then try again.']);
  });

  it('lists saved consultations in order, a damaged one as damaged, and never the bundled one twice', async () => {
    const lib = library();
    const second: Consultation = { ...teamConsultation, id: 'b-consultation', title: 'B' };
    const first: Consultation = { ...teamConsultation, id: 'a-consultation', title: 'A' };
    await lib.addConsultation(second);
    await lib.addConsultation(first);
    const consultations = join(folder, 'consultations');
    await writeFile(join(consultations, 'c-broken.json'), '{');
    await writeFile(join(consultations, 'README.txt'), 'not a consultation');
    await writeFile(join(consultations, `${dccConsultation.id}.json`), JSON.stringify({ ...dccConsultation, title: 'A stale copy' }));
    const listing = await lib.list();
    expect(listing.consultations.map((c) => c.title)).toEqual([dccConsultation.title, 'A', 'B']);
    expect(listing.damaged).toEqual([{ id: 'c-broken.json', path: join(consultations, 'c-broken.json'), problem: 'This saved consultation cannot be read; it is left as it is.', hasBackup: false }]);
  });
});

describe('drafts opened from outside the library', () => {
  async function sharedCopy(lib: DraftLibrary): Promise<string> {
    const draft = await lib.create(dccConsultation.id);
    const shared = join(folder, 'shared-drive');
    await mkdir(shared);
    const path = join(shared, 'response.crdraft');
    await lib.saveCopy(draft.id, path);
    return path;
  }

  it('are none, without complaint, in a library that has no drafts folder yet (the watcher asks at start)', async () => {
    expect(await library().draftFiles()).toEqual([]);
  });

  it('are still listed after the app is restarted, and every draft file is known for the changes watcher', async () => {
    const path = await sharedCopy(library());
    const opened = await library().openFile(path);
    const restarted = library();
    expect((await restarted.list()).drafts.map((d) => d.id)).toContain(opened.id);
    expect((await restarted.draftFiles()).sort()).toEqual([draftFile('draft-one'), path].sort());
    expect(restarted.changesFolder(opened.id)).toBe(`${path}-changes`);
  });

  it('are forgotten once deleted, after a restart too', async () => {
    const path = await sharedCopy(library());
    const lib = library();
    const opened = await lib.openFile(path);
    await lib.remove(opened.id);
    const listing = await library().list();
    expect(listing.drafts.map((d) => d.id)).toEqual(['draft-one']);
    expect(listing.damaged).toEqual([]);
  });

  it('refuse a copy of a draft already in the library, and a second copy of one already opened elsewhere', async () => {
    const lib = library();
    await lib.create(dccConsultation.id);
    const copy = join(folder, 'copy.crdraft');
    await writeFile(copy, await readFile(draftFile('draft-one'), 'utf8'));
    const error = await refusal(lib.openFile(copy));
    expect(error.code).toBe('invalid-argument');
    expect(error.message).toMatch(/^This file is a copy of a draft already in your library \(".+"\)\. Open that draft from the library instead\.$/);

    const path = await sharedCopy(library({ folder: join(folder, 'elsewhere') }));
    const opened = await lib.openFile(path);
    const second = join(folder, 'second.crdraft');
    await writeFile(second, await readFile(path, 'utf8'));
    expect((await refusal(lib.openFile(second))).code).toBe('invalid-argument');
    expect((await lib.openFile(path)).id).toBe(opened.id);
  });

  it('say what is wrong with a file that is missing or damaged', async () => {
    const lib = library();
    const missing = join(folder, 'nowhere.crdraft');
    const gone = await refusal(lib.openFile(missing));
    expect([gone.code, gone.message]).toEqual(['not-found', `The draft file could not be read (ENOENT): ${missing}`]);
    const broken = join(folder, 'broken.crdraft');
    await writeFile(broken, '{"schemaVersion": 2');
    const damaged = await refusal(lib.openFile(broken));
    expect(damaged.code).toBe('damaged');
    expect(damaged.message).toMatch(new RegExp(`File: ${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    // A folder chosen by its name (a synced folder called "response.crdraft"): read as nothing, it says so.
    const notAFile = join(folder, 'folder.crdraft');
    await mkdir(notAFile);
    const folderRefusal = await refusal(lib.openFile(notAFile));
    expect([folderRefusal.code, folderRefusal.message]).toEqual(['io', `The draft file could not be read (EISDIR): ${notAFile}`]);
  });
});
