import { readFile, writeFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import type { DraftLibrary } from '../../../electron/services/contracts';
import { draftInSharedFolder, withAnswer, type SharedFolder } from '../../support/shared-folder';

/**
 * When a shared draft's file is damaged and one person restores its backup, the restored version is what everyone
 * then has: a colleague's look shows it, and their own log of earlier changes does not bring the damaged version's
 * words back over it.
 */
let shared: SharedFolder | null = null;
afterEach(async () => {
  await shared?.remove();
  shared = null;
});

describe('a backup restored in a shared draft', () => {
  it('is what a colleague sees and opens, and stays after their next save', async () => {
    shared = await draftInSharedFolder(2);
    const [a, b] = shared.libraries as [DraftLibrary, DraftLibrary];
    const draftA = await a.openFile(shared.path);
    await a.save(withAnswer(draftA, 'q-1', 'Version kept in the backup.'));
    const later = await a.save(withAnswer(draftA, 'q-1', 'Version in the file that was then damaged.'));
    const draftB = await b.openFile(shared.path);
    expect(draftB.answers['q-1']?.rationale).toBe('Version in the file that was then damaged.');
    await writeFile(shared.path, '{"schemaVersion": 2, "id": "');

    const restored = await a.restoreBackup(draftA.id);
    expect(restored.answers['q-1']?.rationale).toBe('Version kept in the backup.');
    expect(JSON.parse(await readFile(shared.path, 'utf8')).answers['q-1'].rationale).toBe('Version kept in the backup.');
    const seenByB = await b.shared(draftB.id, draftB.syncRevision ?? null);
    expect(seenByB.draft?.answers['q-1']?.rationale).toBe('Version kept in the backup.');
    // B answers another question from the copy it had: the restored answer stays.
    const savedByB = await b.save(withAnswer(seenByB.draft!, 'q-2', 'Sam: we disagree with Q2.'));
    expect([savedByB.merged?.answers['q-1']?.rationale, savedByB.merged?.answers['q-2']?.rationale]).toEqual(['Version kept in the backup.', 'Sam: we disagree with Q2.']);
    expect((await a.open(draftA.id)).answers['q-1']?.rationale).toBe('Version kept in the backup.');
    expect(later.merged?.answers['q-1']?.rationale).toBe('Version in the file that was then damaged.');
  });
});
