import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DraftFileContent } from '../../../shared/model';
import { fileContent } from '../../../electron/services/draft-file';
import { createSharedDraft, type SharedDraft } from '../../../electron/services/sync/shared-draft';
import { sampleDraft } from '../../support/sample-draft';

/**
 * A shared draft file rewritten without the app's mark but with exactly the draft everyone has saved (an older
 * app saving the merged draft, or a sync tool writing the JSON out again) holds no edit of anyone's: it must not
 * be reported as an edit made outside the app, kept aside and flagged as a conflict.
 */
let folder: string;
let draftPath: string;
const start: DraftFileContent = fileContent(sampleDraft());

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-rewritten-file-'));
  draftPath = join(folder, 'response.crdraft');
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function writer(name: string): SharedDraft {
  return createSharedDraft({ draftPath, writer: { id: `PC-${name}-66-${randomBytes(4).toString('hex')}`, name: `${name} on PC` } });
}

const withQ1 = (before: DraftFileContent, rationale: string): DraftFileContent => ({
  ...before,
  answers: { ...before.answers, 'dates-q1': { ...before.answers['dates-q1']!, rationale } },
});

describe('a draft file rewritten without the app’s mark, holding the draft as everyone saved it', () => {
  it('is no outside edit: nothing is kept aside and no conflict is recorded', async () => {
    const priya = writer('Priya');
    await priya.start(start);
    const sam = writer('Sam');
    await sam.start(start);
    const saved = await sam.commit(null, (before) => withQ1(before, 'Sam’s answer.'));
    // The file as a sync tool wrote it out again: the same draft, other bytes, no mark.
    const seen = await priya.refresh({ content: saved.content, sync: null, text: JSON.stringify(saved.content, null, 4) });
    expect(seen.outsideEdit).toBeNull();
    expect(seen.content.answers['dates-q1']?.rationale).toBe('Sam’s answer.');
    expect(seen.content.conflicts).toEqual([]);
    expect((await readdir(folder)).filter((name) => name.includes('.outside-edit-'))).toEqual([]);
  });
});
