import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDraftLibrary } from '../../../electron/services/draft-library';
import { dccConsultation, SAMPLE_NOW } from '../../support/sample-draft';

/**
 * A save keeps the version before it as `<draft>.bak`, by giving the old file a second name (a hard link).
 * Drives without hard links (a USB stick in exFAT, some network shares) refuse that; the backup must then be
 * written as a copy, or the person has no backup to go back to.
 */
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const link: typeof real.link = async (existing, newPath) => {
    throw Object.assign(new Error(`EPERM: operation not permitted, link '${String(existing)}' -> '${String(newPath)}'`), { code: 'EPERM' });
  };
  return { ...real, link };
});

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-no-hard-links-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

const nameIn = async (path: string) => (JSON.parse(await readFile(path, 'utf8')) as { name: string }).name;

describe('a library on a drive without hard links', () => {
  it('still keeps the version before each save as the backup', async () => {
    const library = createDraftLibrary({ folder, clock: () => SAMPLE_NOW, newId: () => 'draft-one' });
    const draft = await library.create(dccConsultation.id);
    await library.save({ ...draft, name: 'First version' });
    await library.save({ ...draft, name: 'Second version' });
    const path = join(folder, 'drafts', 'draft-one.crdraft');
    expect(await nameIn(path)).toBe('Second version');
    expect(await nameIn(`${path}.bak`)).toBe('First version');
  });
});
