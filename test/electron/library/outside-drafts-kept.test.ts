import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftLibrary } from '../../../electron/services/draft-library';
import { teamConsultation } from '../../support/shared-folder';

/**
 * Drafts opened from outside the library (a shared drive) are remembered on this machine so they stay listed after
 * the app restarts. Deleting one of them must forget that one only: the others stay listed.
 */
let scratch: string;
beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'crd-outside-drafts-'));
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('deleting a draft opened from a shared drive', () => {
  it('forgets that draft only: the other outside drafts are still listed after a restart', async () => {
    const folder = join(scratch, 'library');
    const library = createDraftLibrary({ folder });
    await library.addConsultation(teamConsultation);
    const paths = ['first', 'second', 'third'].map((name) => join(scratch, `${name}.crdraft`));
    const ids: string[] = [];
    for (const path of paths) {
      const made = await library.create(teamConsultation.id);
      await library.saveCopy(made.id, path);
      await library.remove(made.id);
      ids.push((await library.openFile(path)).id);
    }
    await library.remove(ids[1]!);

    const restarted = createDraftLibrary({ folder });
    const listed = (await restarted.list()).drafts.map((draft) => draft.id).sort();
    expect(listed).toEqual([ids[0]!, ids[2]!].sort());
  });
});
