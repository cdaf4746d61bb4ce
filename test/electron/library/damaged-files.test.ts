import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
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
