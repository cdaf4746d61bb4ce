import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DraftFileContent } from '../../../shared/model';
import { fileContent } from '../../../electron/services/draft-file';
import { createSharedDraft, type SharedDraft } from '../../../electron/services/sync/shared-draft';
import { sampleDraft } from '../../support/sample-draft';
import { withQ1 } from '../../support/shared-folder';

/**
 * A shared draft file saved without the app's mark (by an older version of the app, or a tool that rewrote the
 * JSON) once colleagues have saved: nothing tells which state it was edited from, so it must not be applied over
 * their work; it is kept beside the draft. One that holds exactly the draft everyone saved holds no edit of anyone's,
 * so it is neither kept aside nor flagged.
 */
let folder: string;
let draftPath: string;
const start: DraftFileContent = fileContent(sampleDraft());

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-unmarked-edit-'));
  draftPath = join(folder, 'response.crdraft');
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function writer(name: string): SharedDraft {
  return createSharedDraft({ draftPath, writer: { id: `PC-${name}-77-${randomBytes(4).toString('hex')}`, name: `${name} on PC` } });
}

describe('a draft file without the app’s mark, once a colleague has saved', () => {
  it('is kept beside the draft and the colleague’s answer stays', async () => {
    const priya = writer('Priya');
    await priya.start(start);
    const sam = writer('Sam');
    await sam.start(start);
    await sam.commit(null, (before) => withQ1(before, 'Sam’s answer.'));
    // The file as an older app left it: the first content, renamed, with no mark.
    const edited = { ...start, name: 'Renamed by the old app' };
    const seen = await priya.refresh({ content: edited, sync: null, text: 'the file from the old app' });
    expect(seen.outsideEdit).toBe('kept-aside');
    expect([seen.content.answers['dates-q1']?.rationale, seen.content.name]).toEqual(['Sam’s answer.', start.name]);
    const kept = (await readdir(folder)).filter((name) => name.startsWith('response.crdraft.outside-edit-'));
    expect(kept).toHaveLength(1);
    expect(await readFile(join(folder, kept[0]!), 'utf8')).toBe('the file from the old app');
  });
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
