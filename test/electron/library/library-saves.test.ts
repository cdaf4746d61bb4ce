import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftLibrary } from '../../../electron/services/draft-library';
import { readDraftText } from '../../../electron/services/draft-file';
import { contentHash } from '../../../electron/services/sync/content-hash';
import { dccConsultation, SAMPLE_NOW } from '../../support/sample-draft';
import { draftInSharedFolder, withAnswer, type SharedFolder } from '../../support/shared-folder';

/** Saves a user relies on: a draft whose file vanished is written afresh, and where each draft exports to is kept. */
let folder: string;
let shared: SharedFolder | null = null;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-saves-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
  await shared?.remove();
  shared = null;
});

const draftFile = (id: string) => join(folder, 'drafts', `${id}.crdraft`);

describe('saving a draft whose file was removed meanwhile', () => {
  it('writes it afresh with the window’s text rather than losing it', async () => {
    const ids = ['draft-one'];
    const library = createDraftLibrary({ folder, clock: () => SAMPLE_NOW, newId: () => ids.shift()! });
    const draft = await library.create(dccConsultation.id);
    await rm(draftFile('draft-one'));
    const saved = await library.save(withAnswer(draft, 'dates-q1', 'Typed while the file was gone.'));
    expect(saved).toMatchObject({ savedAt: SAMPLE_NOW.toISOString(), owned: { status: 'drafting' } });
    expect(JSON.parse(await readFile(draftFile('draft-one'), 'utf8')).answers['dates-q1'].rationale).toBe('Typed while the file was gone.');
  });
});

describe('the file a save writes', () => {
  it('is the draft as plain JSON with its mark last, and the mark is the hash of the content as read back, so another app knows the file unchanged', async () => {
    const ids = ['draft-one'];
    const library = createDraftLibrary({ folder, clock: () => SAMPLE_NOW, newId: () => ids.shift()! });
    const draft = await library.create(dccConsultation.id);
    // Text outside ASCII makes the file's text two bytes a character in memory; the file must still be UTF-8.
    await library.save(withAnswer(draft, 'dates-q1', 'We agree… the “28 October” date works — 100 %.'));
    const text = await readFile(draftFile('draft-one'), 'utf8');
    const json = JSON.parse(text) as { sharedState?: unknown; answers: Record<string, { rationale: string }> };
    expect(json.answers['dates-q1']!.rationale).toBe('We agree… the “28 October” date works — 100 %.');
    expect(Object.keys(json).at(-1)).toBe('sharedState');
    expect(text).toBe(`${JSON.stringify(json, null, 2)}\n`);
    const reading = readDraftText(text);
    if (!reading.ok) throw new Error(reading.problem);
    expect(reading.mark?.contentHash).toBe(contentHash(reading.draft));
  });
});

describe('where each draft exports to (remembered on this machine)', () => {
  it('is kept per draft, and cleared for one without forgetting the other’s', async () => {
    const ids = ['draft-one', 'draft-two'];
    const library = createDraftLibrary({ folder, clock: () => SAMPLE_NOW, newId: () => ids.shift()! });
    await library.create(dccConsultation.id);
    await library.create(dccConsultation.id);
    await library.update('draft-one', (d) => ({ ...d, exportFolder: '/exports/one' }));
    await library.update('draft-two', (d) => ({ ...d, exportFolder: '/exports/two' }));
    expect([(await library.open('draft-one')).exportFolder, (await library.open('draft-two')).exportFolder]).toEqual(['/exports/one', '/exports/two']);
    await library.update('draft-one', (d) => ({ ...d, exportFolder: null }));
    const restarted = createDraftLibrary({ folder });
    expect([(await restarted.open('draft-one')).exportFolder, (await restarted.open('draft-two')).exportFolder]).toEqual([null, '/exports/two']);
  });
});

describe('a draft file that cannot be read', () => {
  it('is reported as it is, not taken for a missing draft and written over', async () => {
    const library = createDraftLibrary({ folder, clock: () => SAMPLE_NOW });
    await mkdir(draftFile('draft-one'), { recursive: true });
    const error = await library.open('draft-one').then(
      () => null,
      (e: unknown) => e as { code?: string },
    );
    expect(error?.code).not.toBe('not-found');
    expect(error?.code).toBe('EISDIR');
  });
});

describe('a shared draft looked at by a colleague', () => {
  it('has its file brought up to date when a colleague’s saved change is seen, so a copy of the file is whole', async () => {
    shared = await draftInSharedFolder(2);
    const [a, b] = shared.libraries as [ReturnType<typeof createDraftLibrary>, ReturnType<typeof createDraftLibrary>];
    const draftA = await a.openFile(shared.path);
    const draftB = await b.openFile(shared.path);
    const q2 = async () => JSON.parse(await readFile(shared!.path, 'utf8')).answers['q-2'].rationale;
    for (const look of [() => a.shared(draftA.id, null), () => a.open(draftA.id)]) {
      const older = await readFile(shared.path, 'utf8');
      const text = `Sam: we disagree with Q2 (${older.length}).`;
      await b.save(withAnswer(draftB, 'q-2', text));
      // Sam's write of the file itself is undone (a sync tool putting back the older copy); the change is in Sam's log.
      await writeFile(shared.path, older);
      await look();
      expect(await q2()).toBe(text);
    }
  });

  it('lets a person leave a draft they never opened without complaint', async () => {
    const library = createDraftLibrary({ folder });
    await expect(library.leave('draft-never-opened')).resolves.toBeUndefined();
  });

  it('names the person in the timeline by their profile name (not the computer’s user), without stray spaces, and keeps it when the profile cannot be read', async () => {
    shared = await draftInSharedFolder(1);
    const [a] = shared.libraries as [ReturnType<typeof createDraftLibrary>];
    const draftA = await a.openFile(shared.path);
    let profile: () => Promise<string> = async () => '  Alex Moore on PC-3  ';
    const named = createDraftLibrary({ folder: join(shared.scratch, 'person-3'), writerName: () => profile() });
    await named.openFile(shared.path);
    expect((await a.shared(draftA.id, null)).others.map((p) => p.name)).toEqual(['Alex Moore on PC-3']);
    profile = async () => Promise.reject(new Error('profile unreadable'));
    const opened = await named.open(draftA.id);
    await named.save(withAnswer(opened, 'q-1', 'Alex writes.'));
    const file = JSON.parse(await readFile(shared.path, 'utf8'));
    expect(file.history.at(-1).by).toBe('Alex Moore on PC-3');
  });
});
