import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDraftLibrary } from '../../../electron/services/draft-library';
import { dccConsultation, SAMPLE_NOW } from '../../support/sample-draft';
import { refusal } from '../../support/refusals';

/**
 * Restoring a backup keeps the damaged file aside first, since it may hold work the backup lacks. When the disk
 * has no room for that copy, nothing is restored: the damaged file stays where it was, whole, and so does the backup.
 */
const disk = vi.hoisted(() => ({ copyRefused: false }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const copyFile: typeof real.copyFile = async (from, to, mode) => {
    if (disk.copyRefused) {
      // A full disk: the copy is begun (an empty file made), then refused.
      await real.writeFile(to, '');
      throw Object.assign(new Error(`ENOSPC: no space left on device, copyfile '${String(from)}'`), { code: 'ENOSPC' });
    }
    return real.copyFile(from, to, mode);
  };
  return { ...real, copyFile };
});

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-restore-no-room-'));
  disk.copyRefused = false;
});
afterEach(() => rm(folder, { recursive: true, force: true }));

describe('restoring a backup on a full disk', () => {
  it('restores nothing when the damaged file cannot be kept aside: the damaged file and the backup stay, and no half copy is left', async () => {
    const library = createDraftLibrary({ folder, clock: () => SAMPLE_NOW, newId: () => 'draft-one' });
    const draft = await library.create(dccConsultation.id);
    await library.save({ ...draft, name: 'Second version' });
    const path = join(folder, 'drafts', 'draft-one.crdraft');
    const damaged = '{"schemaVersion": 2, "id": "draft-one", "name": "Third version", "answers": {"dates-q1": {"rationale": "Words only this file hol';
    await writeFile(path, damaged);
    const backup = await readFile(`${path}.bak`, 'utf8');

    disk.copyRefused = true;
    const error = await refusal(library.restoreBackup('draft-one'));
    expect([error.code, error.message]).toEqual([
      'io',
      'The backup was not restored: there was no room to keep the damaged file aside (ENOSPC). Free some disk space and try again; the backup is unchanged.',
    ]);
    expect(await readFile(path, 'utf8')).toBe(damaged);
    expect(await readFile(`${path}.bak`, 'utf8')).toBe(backup);
    expect((await readdir(join(folder, 'drafts'))).filter((name) => name.includes('.damaged-'))).toEqual([]);
  });
});
