import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftLibrary } from '../../../electron/services/draft-library';
import type { DraftLibrary } from '../../../electron/services/contracts';
import { dccConsultation, SAMPLE_NOW } from '../../support/sample-draft';
import { teamConsultation } from '../../support/shared-folder';
import { refusal } from '../../support/refusals';

/**
 * A copy, a consultation or a correction that the disk refuses (full, gone) is reported as not saved, in plain
 * words: never answered as if it were written, which would have the person close the app and lose it.
 */
let folder: string;
/** Paths whose next writes fail as on a full disk. */
let refusing: (path: string) => boolean;
let library: DraftLibrary;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-failed-writes-'));
  refusing = () => false;
  library = createDraftLibrary({
    folder,
    clock: () => SAMPLE_NOW,
    newId: () => 'draft-one',
    writeFile: async (path, data) => {
      if (refusing(path)) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
      await writeFile(path, data);
    },
  });
});
afterEach(() => rm(folder, { recursive: true, force: true }));

const ADVICE = 'Check the library folder is available and not read-only, then try again.';

describe('a write the disk refuses', () => {
  it('fails a copy saved to a shared drive, saying so, and leaves no file there', async () => {
    const draft = await library.create(dccConsultation.id);
    const copy = join(folder, 'For review.crdraft');
    refusing = (path) => path === copy;
    const error = await refusal(library.saveCopy(draft.id, copy));
    expect([error.code, error.message]).toEqual(['io', `Could not save the copy (ENOSPC). ${ADVICE}`]);
    expect(await readdir(folder)).not.toContain('For review.crdraft');
  });

  it('fails a consultation being added, saying so, and does not list it', async () => {
    refusing = (path) => path.endsWith('.json');
    const error = await refusal(library.addConsultation(teamConsultation));
    expect([error.code, error.message]).toEqual(['io', `Could not save the consultation (ENOSPC). ${ADVICE}`]);
    expect((await library.list()).consultations.map((c) => c.id)).not.toContain(teamConsultation.id);
  });

  it('fails a correction to a consultation, saying so, and keeps the consultation as it was', async () => {
    await library.addConsultation(teamConsultation);
    const path = join(folder, 'consultations', `${teamConsultation.id}.json`);
    const before = await readFile(path, 'utf8');
    refusing = (p) => p === path;
    const error = await refusal(library.updateConsultation({ ...teamConsultation, title: 'Corrected title' }));
    expect([error.code, error.message]).toEqual(['io', `Could not save the corrected consultation (ENOSPC). ${ADVICE}`]);
    expect(await readFile(path, 'utf8')).toBe(before);
  });
});
