import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDraftLibrary } from '../../electron/services/draft-library';
import type { DraftLibrary } from '../../electron/services/contracts';
import { createAppStore, type AppStore } from '../../renderer/src/state/app-store';
import { AppError } from '../../shared/app-error';
import type { ResponseDraft } from '../../shared/model';
import { inProcessApi } from '../support/in-process-api';
import { dccConsultation, SAMPLE_NOW } from '../support/sample-draft';
import { createTestServices } from '../support/test-services';
import { fsFaults, type Fault } from './fs-faults';

vi.mock('node:fs/promises', async (importOriginal) => {
  const { withFaults } = await import('./fs-faults');
  return withFaults(await importOriginal<typeof import('node:fs/promises')>());
});

const ID = 'faulty-draft';
const clock = () => SAMPLE_NOW;
let folder: string;
let library: DraftLibrary;
let immutable: string | null = null;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-faults-'));
  library = createDraftLibrary({ folder, clock, newId: () => ID });
  fsFaults.active = null;
  fsFaults.hits = 0;
  fsFaults.noHardLinks = false;
});

afterEach(async () => {
  fsFaults.active = null;
  if (immutable !== null) execFileSync('chattr', ['-i', immutable]);
  immutable = null;
  await rm(folder, { recursive: true, force: true });
});

function withRationale(draft: ResponseDraft, rationale: string): ResponseDraft {
  return { ...draft, answers: { ...draft.answers, 'dates-q1': { ...draft.answers['dates-q1']!, rationale } } };
}

const draftPath = () => join(folder, 'drafts', `${ID}.crdraft`);
const readText = (path: string) => readFile(path, 'utf8');
const temporaries = async () => (await readdir(join(folder, 'drafts'))).filter((n) => n.includes('.tmp-'));

/** A draft saved twice, so both the draft file and its backup exist. */
async function savedTwice(): Promise<ResponseDraft> {
  const created = await library.create(dccConsultation.id);
  await library.save(withRationale(created, 'First version.'));
  await library.save(withRationale(created, 'Second version, the one on disk.'));
  return created;
}

/**
 * The backup is the version on disk given a second name (a hard link). On a drive without hard links
 * (`noHardLinks`) it is written as a copy, and the copy's own faults are met there.
 */
const CASES: Array<{ when: string; fault: Fault; noHardLinks?: boolean }> = [
  { when: 'the disk fills half-way through writing the draft', fault: { target: 'draft', step: 'write', code: 'ENOSPC' } },
  { when: 'the disk fills half-way through copying the backup, on a drive without hard links', fault: { target: 'backup', step: 'write', code: 'ENOSPC' }, noHardLinks: true },
  { when: 'the user quota runs out writing the draft', fault: { target: 'draft', step: 'write', code: 'EDQUOT' } },
  { when: 'fsync reports an I/O error on the draft', fault: { target: 'draft', step: 'sync', code: 'EIO' } },
  { when: 'fsync reports an I/O error on the backup copy, on a drive without hard links', fault: { target: 'backup', step: 'sync', code: 'EIO' }, noHardLinks: true },
  { when: 'closing the draft reports a failed write-back, as a network drive may', fault: { target: 'draft', step: 'close', code: 'EIO' } },
  { when: 'the file system has turned read-only', fault: { target: 'draft', step: 'open', code: 'EROFS' } },
  { when: 'the backup copy may not be created, on a drive without hard links', fault: { target: 'backup', step: 'open', code: 'EACCES' }, noHardLinks: true },
  { when: 'the rename over the draft is refused', fault: { target: 'draft', step: 'rename', code: 'EPERM' } },
  { when: 'the rename over the backup fails, and so does the copy', fault: { target: 'backup', step: 'rename', code: 'EXDEV' } },
];

describe('a save whose write fails', () => {
  for (const { when, fault, noHardLinks = false } of CASES) {
    it(`keeps the draft file as it was, and a whole backup, when ${when} (${fault.step} ${fault.code})`, async () => {
      const created = await savedTwice();
      const draftBefore = await readText(draftPath());
      const backupBefore = await readText(`${draftPath()}.bak`);

      fsFaults.noHardLinks = noHardLinks;
      fsFaults.active = fault;
      const error = await library.save(withRationale(created, 'Third version, never written.')).then(
        () => null,
        (e: unknown) => e,
      );
      fsFaults.active = null;

      // A refused rename of the linked backup is met again by the copy written in its place.
      expect(fsFaults.hits, 'the injected fault was never reached').toBe(fault.target === 'backup' && fault.step === 'rename' ? 2 : 1);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('io');
      expect((error as AppError).message).toContain(fault.code);
      expect((error as AppError).message).toMatch(/^Could not .*Check the library folder/);
      expect(await readText(draftPath())).toBe(draftBefore);
      // A failure on the draft itself comes after the backup took the version on disk: still a whole version.
      expect(await readText(`${draftPath()}.bak`)).toBe(fault.target === 'backup' ? backupBefore : draftBefore);
      expect(await temporaries()).toEqual([]);

      await library.save(withRationale(created, 'Third version, saved once the disk recovers.'));
      expect((await library.open(ID)).answers['dates-q1']!.rationale).toBe('Third version, saved once the disk recovers.');
      expect(await readText(`${draftPath()}.bak`)).toBe(draftBefore);
    });
  }
});

describe('the backup, on drives with and without hard links', () => {
  it('is the version before the save when the hard link is refused, written as a copy instead', async () => {
    const created = await savedTwice();
    const draftBefore = await readText(draftPath());
    fsFaults.active = { target: 'backup', step: 'link', code: 'EPERM' };
    await library.save(withRationale(created, 'Third version.'));
    fsFaults.active = null;
    expect(fsFaults.hits, 'the link was never tried').toBe(1);
    expect(await readText(`${draftPath()}.bak`)).toBe(draftBefore);
    expect((await library.open(ID)).answers['dates-q1']!.rationale).toBe('Third version.');
    expect(await temporaries()).toEqual([]);
  });

  it('stays as it was when the draft is then changed in place by another program', async () => {
    const created = await savedTwice();
    const draftBefore = await readText(draftPath());
    await library.save(withRationale(created, 'Third version.'));
    // An editor that writes into the same file, rather than replacing it, must not change the backup too.
    await writeFile(draftPath(), (await readText(draftPath())).replace('Third version.', 'Edited in place.'), { flag: 'r+' });
    expect(await readText(`${draftPath()}.bak`)).toBe(draftBefore);
  });
});

function chattrWorks(path: string): boolean {
  try {
    execFileSync('chattr', ['+i', path], { stdio: 'ignore' });
    execFileSync('chattr', ['-i', path], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('the window, when a save fails', () => {
  async function openInStore(): Promise<AppStore> {
    const services = createTestServices({ libraryFolder: folder, clock });
    const store = createAppStore({ api: inProcessApi(services).api, clock, autosaveDelayMs: 5 }, { screen: 'draft', draftId: ID, section: null });
    await library.create(dccConsultation.id);
    await store.getState().openDraft(ID);
    return store;
  }

  async function typeAndSave(store: AppStore, text: string): Promise<void> {
    store.getState().editDraft((draft) => withRationale(draft, text), 'rationale:dates-q1');
    await store.getState().flushSave();
  }

  it('says the disk is full and keeps the typed text, then saves it once there is room', async () => {
    const store = await openInStore();
    const before = await readText(draftPath());

    fsFaults.active = { target: 'draft', step: 'write', code: 'ENOSPC' };
    await typeAndSave(store, 'Typed while the disk was full.');
    const state = store.getState();
    expect(state.saveState).toEqual({ kind: 'error', message: expect.stringMatching(/Could not save the draft \(ENOSPC\)/) });
    expect(state.draft?.answers['dates-q1']?.rationale).toBe('Typed while the disk was full.');
    expect(state.hasUnsavedChanges()).toBe(true);
    expect(await readText(draftPath())).toBe(before);

    fsFaults.active = null;
    await store.getState().flushSave();
    expect(store.getState().saveState.kind).toBe('saved');
    expect(store.getState().hasUnsavedChanges()).toBe(false);
    expect((await library.open(ID)).answers['dates-q1']!.rationale).toBe('Typed while the disk was full.');
  });

  it('says the library folder cannot be written when it really is read-only (immutable), and keeps the typed text', async (context) => {
    const store = await openInStore();
    const drafts = join(folder, 'drafts');
    // Tests run as root, for whom chmod stops nothing; an immutable folder refuses new files and renames even to root.
    if (!chattrWorks(drafts)) context.skip('chattr +i is not supported on this file system');
    const before = await readText(draftPath());

    execFileSync('chattr', ['+i', drafts]);
    immutable = drafts;
    await typeAndSave(store, 'Typed while the folder was read-only.');
    expect(store.getState().saveState).toEqual({ kind: 'error', message: expect.stringMatching(/Could not .*\((EPERM|EACCES|EROFS)\)/) });
    expect(store.getState().draft?.answers['dates-q1']?.rationale).toBe('Typed while the folder was read-only.');
    expect(await readText(draftPath())).toBe(before);

    execFileSync('chattr', ['-i', drafts]);
    immutable = null;
    expect(await temporaries()).toEqual([]);
    await store.getState().flushSave();
    expect(store.getState().saveState.kind).toBe('saved');
    expect((await library.open(ID)).answers['dates-q1']!.rationale).toBe('Typed while the folder was read-only.');
  });
});
