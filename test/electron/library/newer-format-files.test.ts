import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/app-error';
import { createDraftLibrary } from '../../../electron/services/draft-library';
import type { DraftLibrary } from '../../../electron/services/contracts';
import { dccConsultation, SAMPLE_NOW, sampleDraft } from '../../support/sample-draft';

/**
 * A draft file saved by a newer version of the app is not damaged: the person is told to update the app (the
 * 'future-version' refusal), never that the file is broken (which invites restoring an older backup over newer
 * work), and the file is left exactly as it is.
 */
let folder: string;
let library: DraftLibrary;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-newer-format-'));
  library = createDraftLibrary({ folder, clock: () => SAMPLE_NOW, newId: () => 'draft-one' });
});
afterEach(() => rm(folder, { recursive: true, force: true }));

const NEWER = `${JSON.stringify({ ...sampleDraft({ id: 'draft-one' }), schemaVersion: 7 }, null, 2)}\n`;

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string } | 'accepted'> {
  return promise.then(
    () => 'accepted' as const,
    (error: unknown) => (error instanceof AppError ? { code: error.code, message: error.message } : { code: 'not an AppError', message: String(error) }),
  );
}

describe('a draft file saved by a newer version of the app', () => {
  it('opened from a shared drive is refused as newer, not as damaged, and left as it is', async () => {
    const outside = join(folder, 'shared', 'response.crdraft');
    await mkdir(join(folder, 'shared'));
    await writeFile(outside, NEWER);
    expect(await refusal(library.openFile(outside))).toEqual({ code: 'future-version', message: expect.stringMatching(/newer version of the app \(format 7/) });
    expect(await readFile(outside, 'utf8')).toBe(NEWER);
  });

  it('in the library under the name a new draft gets, is refused as newer and not written over', async () => {
    await library.list();
    await writeFile(join(folder, 'drafts', 'draft-one.crdraft'), NEWER);
    expect(await refusal(library.create(dccConsultation.id))).toEqual({ code: 'future-version', message: expect.stringMatching(/^Not saved: the file on disk cannot be read/) });
    expect(await readFile(join(folder, 'drafts', 'draft-one.crdraft'), 'utf8')).toBe(NEWER);
  });

  it('is told apart from a half-written file under that name, which is refused as damaged', async () => {
    const halfWritten = '{"schemaVersion": 2, "id": "draft-one", "name": "Our answer to the DCC", "answers": {"dates-q1": {"rationale": "We agree bec';
    await library.list();
    await writeFile(join(folder, 'drafts', 'draft-one.crdraft'), halfWritten);
    expect(await refusal(library.create(dccConsultation.id))).toEqual({ code: 'damaged', message: expect.stringMatching(/^Not saved: the file on disk cannot be read/) });
    expect(await readFile(join(folder, 'drafts', 'draft-one.crdraft'), 'utf8')).toBe(halfWritten);
  });
});
